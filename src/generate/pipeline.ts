import type { Catalog } from '../load/catalog.js';
import { loadSpec, type LoadedSpec } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Grid } from '../model/grid.js';
import { selectCriteria } from '../select/select.js';
import { composeSpecDocument } from '../compose/spec-document.js';
import { loadTemplates } from '../compose/templates.js';
import { renderDocx } from '../render/docx/index.js';
import { renderMarkdown } from '../render/markdown.js';

export const OUTPUT_FORMATS = ['docx', 'md'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface GenerateOptions {
  readonly lang?: Lang;
  readonly templatesDir?: string;
  /** docx (default): the spec DOCX; md: the same document as Markdown (the benchmark's pandoc reference). */
  readonly format?: OutputFormat;
  readonly annexFindings?: readonly Diagnostic[];
}

export interface GeneratedFile {
  /** File name inside the output directory. */
  readonly name: string;
  readonly data: Buffer | string;
}

export interface Generated {
  readonly loaded: LoadedSpec;
  readonly grid: Grid;
  readonly files: readonly GeneratedFile[];
}

/** load → select: the grid every output is built from (one source of truth for weights). */
export function prepare(specFile: string, catalog: Catalog, lang?: Lang): { loaded: LoadedSpec; grid: Grid } {
  const loaded = loadSpec(specFile);
  return { loaded, grid: selectCriteria(loaded, catalog, lang) };
}

/** compose → render: all the files of one spec, in memory; the caller decides where and whether to write them. */
export async function renderOutputs(loaded: LoadedSpec, grid: Grid, catalog: Catalog, opts: GenerateOptions = {}): Promise<GeneratedFile[]> {
  const t = loadTemplates(grid.lang, opts.templatesDir);
  const doc = composeSpecDocument(loaded.spec, grid, catalog, t, { annexFindings: opts.annexFindings });
  if (opts.format === 'md') return [{ name: `${loaded.name}-spec.md`, data: renderMarkdown(doc) }];
  return [{ name: `${loaded.name}-spec.docx`, data: await renderDocx(doc) }];
}
