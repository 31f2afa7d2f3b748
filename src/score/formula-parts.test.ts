import { describe, expect, it } from 'vitest';
import { testGrid } from '../../test/fixtures/score/grid.js';
import type { Grid, GridPrice } from '../model/grid.js';
import { scoredTotal } from '../model/price-parts.js';
import { componentProblems, offerPricing, partPoints } from './formula-parts.js';
import { computeTotals } from './totals.js';

/** testGrid's 30 price points split: 3.1 lump sum 20 pts proportional, 3.2 DQE 10 pts cut-off at 2 × Pmin. */
function partsGrid(price: Partial<GridPrice> = {}): Grid {
  const g = testGrid();
  return {
    ...g,
    price: {
      ...g.price!,
      parts: [
        { id: 'forfait', number: '3.1', label: 'Prix de la partie forfaitaire', formula: 'proportional', price: 'dpgf', weightHundredths: 2000 },
        { id: 'bpu', number: '3.2', label: 'Prix unitaires du BPU sur DQE', formula: 'cut-off', cutOff: 2, price: 'dqe', weightHundredths: 1000 },
      ],
      ...price,
    },
  };
}
const full = { a1: 5, a2: 5, b1: 5 };

describe('price sub-criteria, computed by hand', () => {
  // Lump sums 80 000 / 100 000 / 120 000; DQE 20 000 / 15 000 / 40 000.
  const bids = [
    { bidder: 'X', marks: full, price: 100000, base: 100000, components: { dpgf: 80000, dqe: 20000 } },
    { bidder: 'Y', marks: full, price: 115000, base: 115000, components: { dpgf: 100000, dqe: 15000 } },
    { bidder: 'Z', marks: full, price: 160000, base: 160000, components: { dpgf: 120000, dqe: 40000 } },
  ];
  it('each part scores its own price with its own formula; the price points are their sum', () => {
    const t = computeTotals(partsGrid(), bids);
    // 3.1: 20 × 80000/P → 20, 16, 13.33; 3.2: 10 × max(0, (2×15000 − P) / 15000) → 6.67, 10, 0
    expect(t.map((x) => x.partPoints['forfait'])).toEqual([20, 16, expect.closeTo(13.333333, 5)]);
    expect(t.map((x) => x.partPoints['bpu'])).toEqual([expect.closeTo(6.666667, 5), 10, 0]);
    expect(t.map((x) => Number(x.pricePoints.toFixed(2)))).toEqual([26.67, 26, 13.33]);
    expect(t.map((x) => Number(x.total.toFixed(2)))).toEqual([96.67, 96, 83.33]);
    expect(t.map((x) => x.rank)).toEqual([1, 2, 3]);
    expect(t[0]!.criterionPoints['prix']).toBeCloseTo(26.666667, 5);
  });
  it('an offer left out moves no one: parts run over the offers given only', () => {
    const t = computeTotals(partsGrid(), bids.slice(1));
    expect(t.map((x) => x.partPoints['forfait'])).toEqual([20, expect.closeTo(16.666667, 5)]);
  });
  it('the pricing shown in the report carries each part’s price, ratio and points', () => {
    const g = partsGrid();
    const pts = partPoints(g.price!, bids).perPart;
    const p = offerPricing(g.price!, 160000, bids[2]!.components, pts[2]!);
    expect(p.parts.map((x) => [x.number, x.price, x.weight, Number(x.points.toFixed(2))])).toEqual([
      ['3.1', 120000, 20, 13.33],
      ['3.2', 40000, 10, 0],
    ]);
  });
  it('a part whose price is missing or zero is an error naming the offer and the column', () => {
    const g = partsGrid();
    const probs = componentProblems(g.price!, [{ bidder: 'X', base: 1, components: { dpgf: 0 } }], 'en', 'prices.csv');
    expect(probs.map((d) => d.code)).toEqual(['part-price-not-positive', 'part-price-missing']);
    expect(probs[1]!.message).toContain('dqe');
    expect(probs[1]!.file).toBe('prices.csv');
    // With the offer's source, the problem is at its line of the prices file (or its price cell in a grid).
    const located = componentProblems(g.price!, [{ bidder: 'X', base: 1, components: { dpgf: 1 }, source: { file: 'p.csv', line: 3 } }], 'en');
    expect(located[0]).toMatchObject({ code: 'part-price-missing', file: 'p.csv', line: 3, col: 1 });
  });
});

describe('base + options (PSE)', () => {
  const pse = [
    { id: 'pse1', label: 'Collecte des biodéchets', retained: true },
    { id: 'pse2', label: 'Broyage à domicile', retained: false },
  ];
  it('the scored price is the base plus the retained options only', () => {
    expect(scoredTotal(100000, pse, { pse1: 12000.5, pse2: 8000 })).toBe(112000.5);
    expect(scoredTotal(100000, undefined, { pse1: 12000 })).toBe(100000);
  });
  it('an option changes the ranking when it is retained (proportional, 30 pts)', () => {
    const g = testGrid();
    const grid = { ...g, price: { ...g.price!, pse } };
    // X base 100 000 + pse1 30 000 = 130 000; Y base 110 000 + pse1 5 000 = 115 000: Y becomes the lowest.
    const comps = [{ pse1: 30000, pse2: 1000 }, { pse1: 5000, pse2: 40000 }];
    const bases = [100000, 110000];
    const t = computeTotals(grid, ['X', 'Y'].map((b, i) => ({ bidder: b, marks: full, price: scoredTotal(bases[i]!, pse, comps[i]!), base: bases[i]!, components: comps[i]! })));
    expect(t.map((x) => Number(x.pricePoints.toFixed(2)))).toEqual([26.54, 30]);
    const p = offerPricing(grid.price, 100000, comps[0]!, {});
    expect(p.total).toBe(130000);
    expect(p.pse.map((x) => [x.id, x.price, x.retained])).toEqual([['pse1', 30000, true], ['pse2', 1000, false]]);
  });
  it('a missing option price is an error (an option not priced is written 0)', () => {
    const g = testGrid();
    const probs = componentProblems({ ...g.price!, pse }, [{ bidder: 'X', base: 1, components: { pse1: 0 } }], 'fr');
    expect(probs.map((d) => d.code)).toEqual(['pse-price-missing']);
    expect(probs[0]!.message).toContain('pse2');
  });
});
