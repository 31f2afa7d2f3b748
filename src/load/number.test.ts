import { describe, expect, it } from 'vitest';
import { priceCeiling, readNumber } from './number.js';

const value = (raw: string, locale?: 'fr' | 'en'): number | string => {
  const r = readNumber(raw, { ...(locale ? { locale } : {}), lang: 'fr' });
  return r.ok ? r.value : r.code;
};

describe('readNumber', () => {
  it.each([
    ['1 234,56', 1234.56],
    ['1\u00A0234,56', 1234.56],
    ['1\u202F234\u202F567,8', 1234567.8],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1234.56', 1234.56],
    ['1234,56', 1234.56],
    ['1 234', 1234],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['3,5', 3.5],
    ['3.5', 3.5],
    ['0,125', 0.125],
    ['1234,567', 1234.567],
    ['1 234,567', 1234.567],
    ['-2,5', -2.5],
    ['12 000 €', 12000],
    ['1.5E+7', 15000000],
    ['4', 4],
  ])('%j is %d', (raw, n) => expect(value(raw)).toBe(n));

  it('refuses an ambiguous value and shows both readings', () => {
    const r = readNumber('150,085', { locale: 'fr', lang: 'fr' });
    expect(r).toMatchObject({ ok: false, code: 'number-ambiguous', readings: [150.085, 150085] });
    expect(!r.ok && r.message).toBe('« 150,085 » est ambigu : 150,085 (avec décimales) ou 150 085 (en milliers) ?');
    expect(value('1.234')).toBe('number-ambiguous');
    expect(value('1.234', 'fr')).toBe('number-ambiguous');
    // In an English file a lone point is a decimal point.
    expect(value('1.234', 'en')).toBe(1.234);
    expect(value('150,085', 'en')).toBe('number-ambiguous');
  });
  it('refuses what is not one number, and what overflows', () => {
    for (const raw of ['trois', '', '1,2,3', '12 34', '1.234,5.6', '1,23.4', 'Infinity', 'NaN', '0x10', '1e', '--1']) expect(value(raw)).toBe('number-invalid');
    expect(value('1e400')).toBe('number-not-finite');
  });
});

describe('priceCeiling', () => {
  it('is 1 000 × the estimate, or 10^12 € without one', () => {
    expect(priceCeiling(2_000_000)).toEqual({ value: 2e9, basis: 'estimate' });
    expect(priceCeiling()).toEqual({ value: 1e12, basis: 'absolute' });
  });
});
