import { describe, expect, it } from 'vitest';
import { PRICE_FORMULAS } from '../model/spec.js';
import { PRICE_FORMULA_INFO, pricePoints } from './price-formulas.js';

describe('price formulas', () => {
  const prices = [100_000, 110_000, 125_000, 200_000];

  it('proportional: N = Nmax × Pmin / P (hand-computed)', () => {
    expect(pricePoints('proportional', prices, 30)).toEqual([30, (30 * 100) / 110, (30 * 100) / 125, 15]);
  });

  it('linear: N = Nmax × (Pmax − P)/(Pmax − Pmin) (hand-computed)', () => {
    const pts = pricePoints('linear', prices, 40);
    expect(pts[0]).toBe(40);
    expect(pts[1]).toBeCloseTo(40 * (90 / 100), 10);
    expect(pts[2]).toBeCloseTo(40 * (75 / 100), 10);
    expect(pts[3]).toBe(0);
    expect(pricePoints('linear', [5, 5], 40)).toEqual([40, 40]);
  });

  it('mean-gap: N = Nmax × max(0, 1 − (P − Pmin)/Pmean) (hand-computed)', () => {
    const mean = 535_000 / 4;
    const pts = pricePoints('mean-gap', prices, 30);
    expect(pts[0]).toBe(30);
    expect(pts[1]).toBeCloseTo(30 * (1 - 10_000 / mean), 10);
    expect(pts[3]).toBeCloseTo(30 * (1 - 100_000 / mean), 10);
    expect(pricePoints('mean-gap', [100, 1000], 10)[1]).toBe(0); // clamped, never negative
  });

  it.each(PRICE_FORMULAS)('%s: the lowest price always gets the best mark, marks are never negative and never rise with price', (f) => {
    let seed = 3;
    const rand = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let k = 0; k < 300; k++) {
      const ps = Array.from({ length: 2 + Math.floor(rand() * 8) }, () => 1000 + Math.round(rand() * 100_000));
      const pts = pricePoints(f, ps, 30);
      const best = Math.max(...pts);
      expect(pts[ps.indexOf(Math.min(...ps))]).toBe(best);
      expect(best).toBeCloseTo(30, 10);
      pts.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
      const order = ps.map((p, i) => ({ p, x: pts[i]! })).sort((a, b) => a.p - b.p);
      for (let i = 1; i < order.length; i++) expect(order[i]!.x).toBeLessThanOrEqual(order[i - 1]!.x + 1e-12);
    }
  });

  it.each(PRICE_FORMULAS)('%s has a label, an expression and a spreadsheet formula in both languages', (f) => {
    const info = PRICE_FORMULA_INFO[f];
    expect(info.label.fr && info.label.en && info.expression.fr && info.whenToUse.en).toBeTruthy();
    expect(info.spreadsheet('B4', '$B$4:$B$8')).toContain('$B$4:$B$8');
  });
});
