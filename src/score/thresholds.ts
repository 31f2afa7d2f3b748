import type { Grid } from '../model/grid.js';
import type { ResultElimination } from '../model/result.js';
import type { BidTotals } from './totals.js';

/** One offer below one minimum threshold of the grid (criteria.thresholds): the result's own record of it. */
export type Elimination = ResultElimination;

/** Points are computed sums of products: a hair below the threshold by float noise is not an elimination. */
const EPS = 1e-9;

/**
 * Which offers fall below a threshold, criterion by criterion, on the quality points computed for every offer.
 * Thresholds judge quality only, so they are applied before the price formula: an eliminated offer's price must
 * not move the others' price points (its totals are then computed again without it).
 */
export function eliminations(grid: Grid, totals: readonly BidTotals[]): Elimination[] {
  const out: Elimination[] = [];
  for (const t of totals) {
    for (const c of grid.criteria) {
      if (c.minPoints !== undefined && (t.criterionPoints[c.id] ?? 0) < c.minPoints - EPS) {
        out.push({ bidder: t.bidder, criterion: c.id, number: c.number, label: c.label, points: t.criterionPoints[c.id] ?? 0, min: c.minPoints });
      }
      for (const s of c.subCriteria) {
        if (s.minPoints !== undefined && (t.subPoints[s.id] ?? 0) < s.minPoints - EPS) {
          out.push({ bidder: t.bidder, criterion: s.id, number: s.number, label: s.label, points: t.subPoints[s.id] ?? 0, min: s.minPoints });
        }
      }
    }
  }
  return out;
}

export const hasThresholds = (grid: Grid): boolean => grid.criteria.some((c) => c.minPoints !== undefined || c.subCriteria.some((s) => s.minPoints !== undefined));
