import type { Catalog } from '../load/catalog.js';
import type { LoadedSpec } from '../load/spec.js';
import { resolveLoadedLot } from '../select/lots.js';
import { runRules } from './engine.js';
import { withLot } from './messages.js';
import { selectForLint, withoutRechecked, type FromDiagnostic } from './selection.js';
import { RULES } from './registry.js';
import type { LintFinding, Rule } from './types.js';

/**
 * The rules that read the award criteria (the grid, the criteria's texts, the weights): they run again on each lot
 * that writes criteria of its own. The others read texts and settings the lots share, linted once at spec level.
 */
export const LOT_RULE_IDS: readonly string[] = [
  'legal/weights-sum',
  'legal/weights-announced',
  'legal/symbolic-weight',
  'legal/environmental-criterion',
  'legal/price-criterion',
  'legal/single-price',
  'legal/price-formula',
  'legal/price-in-criterion',
  'legal/level-descriptors',
  'legal/general-capacity',
  'legal/local-preference',
  'legal/abnormally-low',
  'efc/means-not-effects',
  'efc/cooperation',
  'efc/efc-share',
];


/**
 * Lint each lot's own criteria: the lot's view of the spec (select/lots.ts) is selected into the lot's grid and the
 * criteria rules run on it, positions following the lot (what the lot writes is reported where it writes it). A
 * finding the spec-level run already made (a shared library line, the shared price formula) is not repeated; the
 * others are the lot's, named by its number. Lots that write no criteria are judged on the spec's grid: nothing to add.
 */
export function lintLots(loaded: LoadedSpec, catalog: Catalog, specFindings: readonly LintFinding[], fromDiagnostic: FromDiagnostic): LintFinding[] {
  const lang = loaded.spec.language;
  const seen = new Set(specFindings.map(key));
  const rules = LOT_RULE_IDS.map((id) => RULES.get(id)).filter((r): r is Rule => r !== undefined);
  const out: LintFinding[] = [];
  loaded.spec.tender.lots.forEach((lot, index) => {
    if (!lot.criteria) return;
    const view = resolveLoadedLot(loaded, lot.number);
    const { grid, selection } = selectForLint(view, catalog, fromDiagnostic);
    const ruled = runRules({ loaded: view, catalog, grid, lot: lot.number }, rules);
    for (const f of [...withoutRechecked(selection, ruled), ...ruled]) {
      if (seen.has(key(f))) continue;
      seen.add(key(f));
      out.push({ ...f, lot: lot.number, message: withLot(f.message, lot.number, lang), path: f.path && lotPath(f.path, lot.criteria!, index) });
    }
  });
  return out;
}

/** Same rule, message, place and arguments: the same finding, whichever view made it. */
const key = (f: LintFinding): string => JSON.stringify([f.code, f.messageId, f.file, f.line, f.col, f.messageId === 'input' ? f.message : f.args]);

/** The spec path of a criteria field the lot writes itself (the view says `criteria.custom.0`, the file `tender.lots.1.criteria.custom.0`). */
function lotPath(path: readonly (string | number)[], criteria: object, index: number): (string | number)[] {
  const [head, field] = path;
  if (head === 'criteria' && typeof field === 'string' && (criteria as Record<string, unknown>)[field] !== undefined) return ['tender', 'lots', index, ...path];
  return [...path];
}
