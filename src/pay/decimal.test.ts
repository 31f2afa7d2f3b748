import { describe, expect, it } from 'vitest';
import { cents, dec, eurosText, interpolate, mulDivCents, percentOfCents, percentRatio, roundDiv, sub, toNumber } from './decimal.js';

describe('exact decimals and cents', () => {
  it('reads a number as the decimal it is written as', () => {
    expect(dec(84.3)).toEqual({ n: 843n, scale: 1 });
    expect(dec(-0.05)).toEqual({ n: -5n, scale: 2 });
    expect(dec(1e-7)).toEqual({ n: 1n, scale: 7 });
    expect(dec(2e21)).toEqual({ n: 2000000000000000000000n, scale: 0 });
  });

  it('subtracts without float drift (84.3 − 84.1 is 0.2, not 0.1999…)', () => {
    expect(84.3 - 84.1).not.toBe(0.2);
    expect(toNumber(sub(dec(84.3), dec(84.1)))).toBe(0.2);
  });

  it('rounds half away from zero, both signs', () => {
    expect(roundDiv(5n, 2n)).toBe(3n);
    expect(roundDiv(-5n, 2n)).toBe(-3n);
    expect(roundDiv(7n, 3n)).toBe(2n);
    expect(roundDiv(-7n, 3n)).toBe(-2n);
    expect(roundDiv(5n, -2n)).toBe(-3n);
  });

  it('turns euros into cents and refuses a third decimal', () => {
    expect(cents(3733333.33)).toBe(373333333);
    expect(cents(0.3)).toBe(30);
    expect(() => cents(1.005)).toThrow(RangeError);
  });

  it('computes rate × excess / step to the cent where floats would miss the half cent', () => {
    // 1 € per unit for a measured 2.675 against a target of 2.5: 0.175 € → 0.18 €; floats give 0.17499… → 0.17 €
    expect(Math.round((2.675 - 2.5) * 100)).toBe(17);
    expect(mulDivCents(100, sub(dec(2.675), dec(2.5)), dec(1))).toBe(18);
    expect(mulDivCents(-100, sub(dec(2.675), dec(2.5)), dec(1))).toBe(-18);
    // 0.15 € per 0.1 step for an excess of 0.25: 0.375 € → 0.38 €
    expect(mulDivCents(15, dec(0.25), dec(0.1))).toBe(38);
  });

  it('takes percentages of cents to the cent', () => {
    expect(percentOfCents(373333333, 5)).toBe(18666667); // 186 666.6665 € → 186 666.67 €
    expect(percentOfCents(373333333, 4)).toBe(14933333);
    expect(percentOfCents(100, 33.333)).toBe(33);
  });

  it('interpolates a trajectory and rounds each point', () => {
    expect(toNumber(interpolate(dec(190), dec(140), 2, 7, 2))).toBe(175.71);
    expect(toNumber(interpolate(dec(190), dec(140), 3, 7, 2))).toBe(168.57);
    expect(toNumber(interpolate(dec(4), dec(12), 2, 5, 2))).toBe(7.2);
  });

  it('writes cents as euros and ratios as percentages', () => {
    expect(eurosText(-5)).toBe('-0.05');
    expect(eurosText(1234567)).toBe('12345.67');
    expect(percentRatio(2800000000, 375000000000, 2)).toBe(0.75);
  });
});
