import { describe, expect, it } from 'vitest';
import { testGrid } from '../../test/fixtures/score/grid.js';
import type { Grid } from '../model/grid.js';
import { PRICE_FORMULA_INFO } from './price-formulas.js';
import { levelPrices, markSensitivity, weightSensitivity } from './robustness.js';
import { computeTotals, type BidInput } from './totals.js';

/** The grid with criterion k set to x points and the others rescaled in proportion (sub-criteria too). */
function reweighted(grid: Grid, k: string, x: number): Grid {
  const wk = grid.criteria.find((c) => c.id === k)!.weightHundredths / 100;
  const f = (c: { id: string }) => (c.id === k ? x / wk : (100 - x) / (100 - wk));
  const criteria = grid.criteria.map((c) => ({ ...c, weightHundredths: c.weightHundredths * f(c), subCriteria: c.subCriteria.map((s) => ({ ...s, weightHundredths: s.weightHundredths * f(c) })) }));
  const price = grid.price ? { ...grid.price, weightHundredths: criteria.find((c) => c.id === grid.price!.criterionId)!.weightHundredths } : undefined;
  return { ...grid, criteria, ...(price ? { price } : {}) };
}
const winnerOf = (grid: Grid, bids: readonly BidInput[], W: string): boolean => {
  const t = computeTotals(grid, bids);
  const w = t.find((x) => x.bidder === W)!.total;
  return t.every((x) => x.bidder === W || x.total < w - 1e-9);
};

const bids: BidInput[] = [
  { bidder: 'W', marks: { a1: 5, a2: 4, b1: 4 }, price: 120 },
  { bidder: 'R', marks: { a1: 3, a2: 4, b1: 4 }, price: 100 },
  { bidder: 'S', marks: { a1: 4, a2: 2, b1: 3 }, price: 90 },
];

describe('robustness figures agree with brute-force recomputation', () => {
  const grid = testGrid();
  const totals = computeTotals(grid, bids);
  it('W wins on the announced weights', () => {
    expect(totals.find((t) => t.rank === 1)!.bidder).toBe('W');
  });

  it('smallest weight change of each criterion, scanned on a 0.001-point grid', () => {
    const sens = weightSensitivity(grid, totals, 'W');
    const step = 0.001;
    for (const s of sens) {
      for (const dir of ['up', 'down'] as const) {
        // Brute force: walk away from the announced weight until W no longer wins alone.
        let found: number | null = null;
        for (let d = step; d <= 100; d += step) {
          const x = dir === 'up' ? s.weight + d : s.weight - d;
          if (x < 0 || x > 100) break;
          if (!winnerOf(reweighted(grid, s.criterion, x), bids, 'W')) {
            found = d;
            break;
          }
        }
        const exact = s[dir];
        if (found === null) expect(exact, `${s.criterion} ${dir}`).toBeNull();
        else {
          expect(exact, `${s.criterion} ${dir}`).not.toBeNull();
          expect(exact!.delta).toBeGreaterThan(found - step - 1e-9);
          expect(exact!.delta).toBeLessThanOrEqual(found + 1e-9);
          // At the exact threshold the challenger ties W.
          const t = computeTotals(reweighted(grid, s.criterion, exact!.weight), bids);
          expect(t.find((x) => x.bidder === exact!.newWinner)!.total).toBeCloseTo(t.find((x) => x.bidder === 'W')!.total, 9);
        }
      }
    }
    // At least one direction of change must exist, or the test proves nothing.
    expect(sens.some((s) => s.up || s.down)).toBe(true);
  });

  it("smallest drop of the winner's marks (one sub-criterion, or all of a criterion), scanned in steps of 0.0001", () => {
    const ms = markSensitivity(grid, totals, 'W', bids[0]!.marks);
    const subsOf = (id: string) => grid.criteria.find((c) => c.id === id)?.subCriteria.map((s) => s.id) ?? [id];
    for (const m of ms) {
      const lowered = m.scope === 'criterion' ? subsOf(m.criterion) : [m.criterion];
      let found: number | null = null;
      for (let d = 0.0001; d <= m.mark + 1e-9; d += 0.0001) {
        const wm = { ...bids[0]!.marks } as Record<string, number>;
        for (const id of lowered) wm[id] = wm[id]! - d;
        const changed = bids.map((b) => (b.bidder === 'W' ? { ...b, marks: wm } : b));
        if (!winnerOf(grid, changed, 'W')) {
          found = d;
          break;
        }
      }
      if (found === null) expect(m.drop, m.criterion).toBeNull();
      else {
        expect(m.drop, m.criterion).not.toBeNull();
        expect(m.drop!.marks).toBeGreaterThan(found - 0.0001 - 1e-9);
        expect(m.drop!.marks).toBeLessThanOrEqual(found + 1e-9);
        expect(m.drop!.levels).toBeCloseTo(m.drop!.marks, 12); // scale 0–5: one mark is one level
      }
    }
    expect(ms.filter((m) => m.scope === 'criterion').map((m) => m.criterion)).toEqual(['crit-a', 'crit-b']);
    expect(ms.some((m) => m.drop && m.scope === 'sub-criterion')).toBe(true);
  });

  it('price worth one level: closed forms for the proportional and linear formulas', () => {
    // proportional, Wp = 30, Pmin = 90: losing Δ points needs Pmin·Δ/(30 − Δ); a1 (25 pts) → Δ = 5 → 90·5/25 = 18.
    const lp = levelPrices(grid, [120, 100, 90]);
    const a1 = lp.find((x) => x.criterion === 'a1')!;
    expect(a1.pointsPerLevel).toBe(5);
    expect(a1.price!).toBeCloseTo(18, 6);
    expect(a1.percentOfLowest!).toBeCloseTo(20, 6);
    const lin = levelPrices(testGrid({ formula: 'linear' }), [120, 100, 90]);
    // linear: Δ·(Pmax − Pmin)/Wp = 5 × 30 / 30 = 5
    expect(lin.find((x) => x.criterion === 'a1')!.price!).toBeCloseTo(5, 6);
  });

  it('price worth one level under the mean-gap formula, checked by recomputing the points', () => {
    const prices = [120, 100, 90];
    const lp = levelPrices(testGrid({ formula: 'mean-gap' }), prices);
    for (const x of lp) {
      const q = 90 + x.price!;
      const all = [...prices, q];
      const lost = 30 * (PRICE_FORMULA_INFO['mean-gap'].ratio(90, all) - PRICE_FORMULA_INFO['mean-gap'].ratio(q, all));
      expect(lost).toBeCloseTo(x.pointsPerLevel, 6);
    }
  });
});
