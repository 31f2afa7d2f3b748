import { describe, expect, it } from 'vitest';
import { applyGlobalCaps, clamp, splitExact } from './caps.js';

describe('caps', () => {
  it('clamps an indicator to its bonus ceiling and malus floor', () => {
    expect(clamp(5000, 3000, 2000)).toBe(3000);
    expect(clamp(-5000, 3000, 2000)).toBe(-2000);
    expect(clamp(-1500, 3000, 2000)).toBe(-1500);
    expect(clamp(9e9, undefined, undefined)).toBe(9e9);
  });

  it('splits cents exactly by largest remainder, ties to the earlier item', () => {
    expect(splitExact(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitExact(14933333, [6000000, 3733333, 4500000, 3000000])).toEqual([5199226, 3235074, 3899420, 2599613]);
    expect(splitExact(0, [5, 7])).toEqual([0, 0]);
  });

  it('reduces the bonuses in proportion when the net is over the bonus cap, maluses untouched', () => {
    // net 700 + 300 − 200 = 800 over a cap of 500: bonuses must sum to 700 (= 500 + 200), in the ratio 7:3
    const r = applyGlobalCaps([700, 300, -200], 500, 1000);
    expect(r).toEqual({ amounts: [490, 210, -200], side: 'bonus', netBefore: 800, netAfter: 500 });
  });

  it('reduces the maluses in proportion when the net is under the malus cap', () => {
    const r = applyGlobalCaps([-600, -300, 100], 1000, 500);
    // maluses must sum to −600 (= −500 − 100), in the ratio 2:1
    expect(r).toEqual({ amounts: [-400, -200, 100], side: 'malus', netBefore: -800, netAfter: -500 });
  });

  it('leaves a net within the caps, or without caps, as it is', () => {
    expect(applyGlobalCaps([300, -100], 500, 500)).toEqual({ amounts: [300, -100], netBefore: 200, netAfter: 200 });
    expect(applyGlobalCaps([3000, -100], undefined, undefined).side).toBeUndefined();
    // exactly at the cap is not over it
    expect(applyGlobalCaps([500], 500, 500).side).toBeUndefined();
  });
});
