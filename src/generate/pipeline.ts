import type { Catalog } from '../load/catalog.js';
import { loadSpec, type LoadedSpec } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { AnnexRow, LintFinding } from '../lint/types.js';
import { annexRows, lintLoaded } from '../lint/index.js';
import type { Grid } from '../model/grid.js';
import { documentDate } from '../model/spec.js';
import { selectCriteria } from '../select/select.js';
import { composeSpecDocument } from '../compose/spec-document.js';
import { loadTemplates } from '../compose/templates.js';
import { t } from '../wording/catalog.js';
import { loadDocumentWords } from '../wording/overrides.js';
import { renderDocx } from '../render/docx/index.js';
import { renderMarkdown } from '../render/markdown.js';
import { composeGridDocument } from '../compose/grid-document.js';
import { renderGridXlsx } from '../render/xlsx/grid-workbook.js';
import { DEFAULT_BIDDERS } from '../render/xlsx/layout.js';
import { renderDce } from '../dce/build.js';
import { layoutOf, type OutputLayout } from './layout.js';

export const OUTPUT_FORMATS = ['docx', 'md'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export { OUTPUT_LAYOUTS, DEFAULT_LAYOUT, layoutOf, type OutputLayout } from './layout.js';

export interface GenerateOptions {
  readonly lang?: Lang;
  readonly templatesDir?: string;
  /**
   * docx (default). md: the documents as Markdown — in the DCE layout every piece (`<name>/01-RC.md`…, the workbooks
   * left out, the zip holding the Markdown pieces); in the spec layout the specification only (the benchmark's
   * pandoc reference).
   */
  readonly format?: OutputFormat;
  /** Lint findings printed in an annex of the specification (--lint-annex), already worded in its language. */
  readonly annexRows?: readonly AnnexRow[];
  /** Write the table of contents' page numbers (slow: lays the pages out). */
  readonly tocPageNumbers?: boolean;
  /** Bidder columns in the XLSX grid (default 5). */
  readonly bidders?: number;
  /** The output layout; DEFAULT_LAYOUT (the tender file, DCE) when absent. */
  readonly layout?: OutputLayout;
  /**
   * @deprecated use `layout`. `true` is `layout: 'dce'`, `false` is `layout: 'spec'` (what it meant when the DCE was
   * not the default); ignored when `layout` is given.
   */
  readonly dce?: boolean;
}

export interface GeneratedFile {
  /** File name inside the output directory; in the DCE layout, a relative path below it ("<name>/01-RC.docx"). */
  readonly name: string;
  readonly data: Buffer | string;
}

/** load → select: the grid every output is built from (one source of truth for weights). */
export function prepare(specFile: string, catalog: Catalog, lang?: Lang): { loaded: LoadedSpec; grid: Grid } {
  const loaded = loadSpec(specFile);
  return { loaded, grid: selectCriteria(loaded, catalog, lang) };
}

/**
 * compose → render: all the files of one spec, in memory, in the layout asked for (the DCE by default); the caller
 * decides where and whether to write them.
 */
export async function renderOutputs(loaded: LoadedSpec, grid: Grid, catalog: Catalog, opts: GenerateOptions = {}): Promise<GeneratedFile[]> {
  if (layoutOf(opts) === 'dce') return renderDce(loaded, grid, catalog, opts);
  const t = loadTemplates(grid.lang, opts.templatesDir);
  const doc = composeSpecDocument(loaded.spec, grid, catalog, t, { annexRows: opts.annexRows });
  if (opts.format === 'md') return [{ name: `${loaded.name}-spec.md`, data: renderMarkdown(doc) }];
  const { spec } = loaded;
  const bidders = opts.bidders ?? DEFAULT_BIDDERS;
  // The three files read the same grid: the committee scores exactly what the tender announced.
  // --templates overrides the words of every document, not only the specification's.
  const words = loadDocumentWords(grid.lang, opts.templatesDir);
  const gridDoc = composeGridDocument(grid, { spec, bidders, lang: grid.lang, words });
  return [
    { name: `${loaded.name}-spec.docx`, data: await renderDocx(doc, { tocPageNumbers: opts.tocPageNumbers }) },
    { name: `${loaded.name}-grid.docx`, data: await renderDocx(gridDoc) },
    { name: `${loaded.name}-grid.xlsx`, data: await renderGridXlsx(grid, { title: spec.tender.title, reference: spec.tender.reference, date: documentDate(spec), bidders, lang: grid.lang, words, ...(spec.scoring.tie_break ? { tieBreak: spec.scoring.tie_break } : {}) }) },
  ];
}

export interface SpecJobOptions extends GenerateOptions {
  /** Run the lint rules; their errors stop the spec (exit 1) unless false (--no-lint). */
  readonly lint?: boolean;
  /** Print lint warnings in an annex of the specification (--lint-annex): the spec layout only, the DCE's pieces are published. */
  readonly lintAnnex?: boolean;
}

export interface SpecJobResult {
  readonly file: string;
  /** Output stem: the spec file name without extension. */
  readonly name: string;
  readonly files: readonly GeneratedFile[];
  /** Lint warnings and infos (errors stop the job with an InputError). */
  readonly warnings: readonly Diagnostic[];
}

/**
 * The whole work for one spec, in memory: load → select → lint → compose → render. Throws InputError with every
 * problem of that spec. Pure with respect to the disk outputs: the caller writes the files (all or none).
 * This is the unit of work of batch generation, run in worker threads.
 */
export async function generateSpec(file: string, catalog: Catalog, opts: SpecJobOptions = {}): Promise<SpecJobResult> {
  const loaded = loadSpec(file);
  let warnings: LintFinding[] = [];
  let linted: Grid | undefined;
  if (opts.lint !== false) {
    // The same rules as `efc-tender lint`: an error (unlawful or unusable spec) stops this spec before anything is built.
    const { findings, grid } = lintLoaded(loaded, catalog);
    linted = grid;
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length) throw new InputError(errors.map((f) => ({ ...f, hint: f.hint ?? t(loaded.spec.language, 'cli.noLintHint') })));
    warnings = findings.filter((f) => f.severity === 'warning');
  }
  // Lint selected the grid in the spec's language; select again only for another language.
  const grid = linted && (opts.lang ?? loaded.spec.language) === linted.lang ? linted : selectCriteria(loaded, catalog, opts.lang);
  const rows = opts.lintAnnex ? annexRows(warnings, grid.lang) : undefined;
  const files = await renderOutputs(loaded, grid, catalog, { ...opts, annexRows: rows });
  return { file, name: loaded.name, files, warnings };
}
