import { loadCatalog, type Catalog } from '../load/catalog.js';
import { loadSpec, type LoadedSpec } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import { formatLocation, type Diagnostic, type Severity } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import { runRules, sortFindings } from './engine.js';
import { message, text, withLot } from './messages.js';
import { lintLots } from './lint-lots.js';
import { selectForLint, withoutRechecked } from './selection.js';
import { RULES, SELECTION_CODE_TO_RULE } from './registry.js';
import type { AnnexRow, LintContext, LintFinding } from './types.js';

export { RULES } from './registry.js';
export { classify } from './classify.js';
export type { AnnexRow, LintContext, LintFinding, Rule, RuleMeta } from './types.js';

/** Run every rule over one loaded spec. Findings are Diagnostics (code = rule id), sorted by location. */
export function lintSpec(ctx: LintContext): LintFinding[] {
  return runRules(ctx, RULES.values());
}

export interface LintFileOptions {
  /** Extra criteria folders (the bundled criteria/ folder is always loaded). */
  readonly criteriaDirs?: readonly string[];
  /** Catalog already loaded (to lint many files with one load). */
  readonly catalog?: Catalog;
}

export interface FileResult {
  readonly file: string;
  readonly findings: LintFinding[];
  /** The spec's language, when it could be read: the language its findings are worded in. */
  readonly lang?: Lang;
  /** Present when the spec loaded and selection succeeded: what generate would render. */
  readonly grid?: Grid;
}

/**
 * Load a spec, select its criteria and lint it. Bad input never throws here: a spec that cannot be read or
 * validated, or whose criteria cannot be selected, yields error findings, so `lint a.yaml b.yaml` reports every
 * file. A catalog that fails to load does throw (InputError): nothing can be linted without it.
 */
export function lintFile(file: string, opts: LintFileOptions = {}): FileResult {
  const catalog = opts.catalog ?? loadCatalog(opts.criteriaDirs ?? []);
  let loaded: LoadedSpec;
  try {
    loaded = loadSpec(file);
  } catch (err) {
    if (err instanceof InputError) return { file, findings: sortFindings(err.diagnostics.map((d) => fromDiagnostic(d, file))) };
    throw err;
  }
  return { file, lang: loaded.spec.language, ...lintLoaded(loaded, catalog) };
}

/** Select the criteria of a loaded spec and lint it; selection problems become findings. */
export function lintLoaded(loaded: LoadedSpec, catalog: Catalog): { findings: LintFinding[]; grid?: Grid } {
  const { grid, selection } = selectForLint(loaded, catalog, fromDiagnostic);
  const specFindings = lintSpec({ loaded, catalog, grid });
  const findings = [...specFindings, ...lintLots(loaded, catalog, [...specFindings, ...selection], fromDiagnostic)];
  const extra = withoutRechecked(selection, specFindings);
  // How the file was read (e.g. "lu en Windows-1252") is an info: the buyer learns the tool did not guess silently.
  const notes = loaded.notes.map((d) => fromDiagnostic(d, loaded.source.file));
  return { findings: sortFindings([...findings, ...extra, ...notes]), grid };
}

/** A load or selection diagnostic as a finding; codes owned by a rule (weights-sum) take the rule's id. */
function fromDiagnostic(d: Diagnostic, file: string): LintFinding {
  const code = SELECTION_CODE_TO_RULE[d.code] ?? d.code;
  return { ...d, file: d.file ?? file, code, rule: code, messageId: 'input', args: { message: d.message } };
}

/** Lint several files with one catalog load. */
export function lintFiles(files: readonly string[], opts: LintFileOptions = {}): FileResult[] {
  const catalog = opts.catalog ?? loadCatalog(opts.criteriaDirs ?? []);
  return files.map((f) => lintFile(f, { catalog }));
}

export function countBySeverity(findings: readonly Diagnostic[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity] += 1;
  return n;
}

/**
 * Rows for the lint annex of the tender document, worded in the document's language. By default warnings only
 * (errors stop generation; infos are advice for the buyer, not for bidders). Load and selection findings have no
 * translation and keep their English message.
 */
export function annexRows(findings: readonly LintFinding[], lang: Lang, severities: readonly Severity[] = ['warning']): AnnexRow[] {
  return findings
    .filter((f) => severities.includes(f.severity))
    .map((f) => {
      const rule = RULES.get(f.rule);
      const msg = rule && f.messageId !== 'input' ? withLot(message(rule.meta, f.messageId, f.args, lang), f.lot, lang) : f.message;
      const hint = text(f.hintText, lang, f.args);
      return { rule: f.rule, severity: f.severity, message: hint ? `${msg} — ${hint}` : msg, location: formatLocation(f) };
    });
}
