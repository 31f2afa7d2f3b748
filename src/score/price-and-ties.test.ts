import { describe, expect, it } from 'vitest';
import { testGrid } from '../../test/fixtures/score/grid.js';
import { parseTieBreak, rankBidders } from './ranking.js';
import { computeTotals } from './totals.js';

const full = { a1: 5, a2: 5, b1: 5 };
const bids = (prices: number[]) => prices.map((price, k) => ({ bidder: `B${k + 1}`, marks: full, price }));

describe('price formulas, computed by hand (weight 30, prices 100 / 125 / 200)', () => {
  it('proportional: N = 30 × Pmin / P', () => {
    const t = computeTotals(testGrid({ formula: 'proportional' }), bids([100, 125, 200]));
    expect(t.map((x) => x.pricePoints)).toEqual([30, 24, 15]);
    expect(t.map((x) => x.total)).toEqual([100, 94, 85]);
  });
  it('linear: N = 30 × (Pmax − P) / (Pmax − Pmin)', () => {
    const t = computeTotals(testGrid({ formula: 'linear' }), bids([100, 125, 200]));
    expect(t.map((x) => x.pricePoints)).toEqual([30, 22.5, 0]);
  });
  it('linear with equal prices gives everyone the full mark', () => {
    const t = computeTotals(testGrid({ formula: 'linear' }), bids([150, 150]));
    expect(t.map((x) => x.pricePoints)).toEqual([30, 30]);
  });
  it('mean-gap: N = 30 × max(0, 1 − (P − Pmin) / Pmean)', () => {
    // mean = 425/3; B2: 30 × (1 − 25 × 3/425) = 30 × 350/425; B3: 30 × (1 − 300/425) = 30 × 125/425
    const t = computeTotals(testGrid({ formula: 'mean-gap' }), bids([100, 125, 200]));
    expect(t[0]!.pricePoints).toBeCloseTo(30, 10);
    expect(t[1]!.pricePoints).toBeCloseTo((30 * 350) / 425, 10);
    expect(t[2]!.pricePoints).toBeCloseTo((30 * 125) / 425, 10);
  });
  it('mean-gap never goes below zero', () => {
    const t = computeTotals(testGrid({ formula: 'mean-gap' }), bids([100, 100, 400]));
    expect(t[2]!.pricePoints).toBe(0); // gap 300 > mean 200
  });
});

describe('ties and the announced tie-break rule', () => {
  const grid = testGrid();
  // X: 25·4/5 + 15·2/5 + 30·3/5 = 20 + 6 + 18 = 44 on quality; Y: 25·2/5 + 15·4/5 + 30·4/5 = 10 + 12 + 24 = 46.
  // Z: 25·3/5 + 15·2/5 + 30·4/5 = 15 + 6 + 24 = 45. Prices: X, Z 100 → 30 pts; Y 150 → 20 pts.
  const input = [
    { bidder: 'X', marks: { a1: 4, a2: 2, b1: 3 }, price: 100 },
    { bidder: 'Y', marks: { a1: 2, a2: 4, b1: 4 }, price: 150 },
    { bidder: 'Z', marks: { a1: 3, a2: 2, b1: 4 }, price: 100 },
  ];
  it('hand-computed totals', () => {
    const t = computeTotals(grid, input);
    expect(t.map((x) => x.total)).toEqual([74, 66, 75]);
  });
  it('equal totals share a rank and are reported as a tie', () => {
    // W: 25·5/5 + 15·1/5 + 30·2/5 = 25 + 3 + 12 = 40 → 70 at price 100; V: 25·2/5 + 15·5/5 + 30·3/5 = 10 + 15 + 18 = 43 → 70 at 100·30/27 (27 pts)
    const t = computeTotals(grid, [
      { bidder: 'W', marks: { a1: 5, a2: 1, b1: 2 }, price: 100 },
      { bidder: 'V', marks: { a1: 2, a2: 5, b1: 3 }, price: 100 / 0.9 },
    ]);
    expect(t[0]!.total).toBeCloseTo(70, 12);
    expect(t[1]!.total).toBeCloseTo(70, 12);
    const r = rankBidders({ totals: t, prices: new Map([['W', 100], ['V', 100 / 0.9]]) });
    expect(r.ties).toHaveLength(1);
    expect(r.ties[0]!.resolved).toBe(false);
    expect(r.rank.get('W')).toBe(1);
    expect(r.rank.get('V')).toBe(1);
  });
  it('a rule naming a criterion by its label is applied: more points on it goes first', () => {
    const t = computeTotals(grid, [
      { bidder: 'W', marks: { a1: 5, a2: 1, b1: 2 }, price: 100 }, // crit-a: 28, crit-b 12
      { bidder: 'V', marks: { a1: 2, a2: 5, b1: 3 }, price: 100 / 0.9 }, // crit-a: 25, crit-b 18
    ]);
    const prices = new Map([['W', 100], ['V', 100 / 0.9]]);
    const byA = parseTieBreak("En cas d'égalité, l'offre ayant la meilleure note sur le critère de performance d'usage est classée première.", grid);
    expect(byA.keys.map((k) => k.id)).toEqual(['crit-a']);
    const r = rankBidders({ totals: t, prices, rule: byA });
    expect(r.order).toEqual(['W', 'V']);
    expect(r.rank.get('V')).toBe(2);
    expect(r.ties[0]!.resolved).toBe(true);

    const byB = parseTieBreak('meilleure note sur le critère 2, puis prix le plus bas', grid);
    expect(byB.keys.map((k) => k.kind + ':' + k.id)).toEqual(['criterion:crit-b', 'price:prix']);
    expect(rankBidders({ totals: t, prices, rule: byB }).order).toEqual(['V', 'W']);

    const byPrice = parseTieBreak('lowest price first', grid);
    expect(rankBidders({ totals: t, prices, rule: byPrice }).order).toEqual(['W', 'V']);
  });
  it('a rule the machine cannot read leaves the tie to the committee', () => {
    const rule = parseTieBreak('tirage au sort en présence des soumissionnaires', grid);
    expect(rule.keys).toEqual([]);
  });
});
