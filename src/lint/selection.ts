import type { Catalog } from '../load/catalog.js';
import type { LoadedSpec } from '../load/spec.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import { selectCriteria } from '../select/select.js';
import { SELECTION_CODE_TO_RULE } from './registry.js';
import type { LintFinding } from './types.js';

/** A load or selection diagnostic as a finding (index.ts words it: codes owned by a rule take the rule's id). */
export type FromDiagnostic = (d: InputError['diagnostics'][number], file: string) => LintFinding;

/**
 * Select the criteria of a spec, or of one lot's view of it, for lint: the grid when selection succeeds, else its
 * problems as findings, so lint still runs every rule that does not need a grid and reports everything at once.
 */
export function selectForLint(view: LoadedSpec, catalog: Catalog, fromDiagnostic: FromDiagnostic): { grid?: Grid; selection: LintFinding[] } {
  try {
    return { grid: selectCriteria(view, catalog), selection: [] };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { selection: err.diagnostics.map((d) => fromDiagnostic(d, view.source.file)) };
  }
}

const OWNED_CODES: ReadonlySet<string> = new Set(Object.values(SELECTION_CODE_TO_RULE));

/**
 * The selection findings to keep beside the rules' own: what selection found and a rule re-checks (the weights) is
 * kept as the rule's finding, which words it in both languages.
 */
export function withoutRechecked(selection: readonly LintFinding[], ruled: readonly LintFinding[]): LintFinding[] {
  const reported = new Set(ruled.map((f) => f.code));
  return selection.filter((f) => !(OWNED_CODES.has(f.code) && reported.has(f.code)));
}
