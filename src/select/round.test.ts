import { describe, expect, it } from 'vitest';
import { largestRemainder } from './round.js';

describe('largestRemainder', () => {
  it('splits into integers that sum exactly to the total', () => {
    expect(largestRemainder(1000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(largestRemainder(300, [1, 1, 1, 1, 1, 1, 1])).toEqual([43, 43, 43, 43, 43, 43, 42]);
    expect(largestRemainder(250, [2, 1, 1])).toEqual([125, 63, 62]);
  });

  it('gives the extra unit to the largest remainder, then to the earlier item on ties', () => {
    // exact: 16.67, 33.33, 50 → floors 16, 33, 50 (sum 99) → the 0.67 remainder wins
    expect(largestRemainder(100, [1, 2, 3])).toEqual([17, 33, 50]);
  });

  it('never loses or invents a unit, for many random splits', () => {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let k = 0; k < 500; k++) {
      const n = 1 + Math.floor(rand() * 12);
      const shares = Array.from({ length: n }, () => rand() * 10 + 0.01);
      const total = Math.floor(rand() * 1000);
      const parts = largestRemainder(total, shares);
      expect(parts.reduce((s, x) => s + x, 0)).toBe(total);
      parts.forEach((p, i) => expect(Math.abs(p - (total * shares[i]!) / shares.reduce((s, x) => s + x, 0))).toBeLessThan(1));
    }
  });

  it('is exact where float arithmetic is not (0.1 + 0.2 style shares)', () => {
    expect(largestRemainder(300, [0.1, 0.2])).toEqual([100, 200]);
  });

  it('refuses a non-integer total or empty shares', () => {
    expect(() => largestRemainder(10.5, [1])).toThrow(RangeError);
    expect(() => largestRemainder(10, [0, 0])).toThrow(RangeError);
    expect(largestRemainder(10, [])).toEqual([]);
  });
});
