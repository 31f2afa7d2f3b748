import { describe, expect, it } from 'vitest';
import { formatAsTyped, formatDate, formatMark, formatMoney, formatNumber, formatPercent, formatPoints } from './format.js';

const N = '\u202F';
const S = '\u00A0';

describe('one formatter per language', () => {
  it.each([
    [1234.56, 2, `1${N}234,56`, '1,234.56'],
    [0, 0, '0', '0'],
    [-0.001, 2, '0,00', '0.00'],
    [-1234567.891, 1, `-1${N}234${N}567,9`, '-1,234,567.9'],
    [999, 0, '999', '999'],
    [1000, 0, `1${N}000`, '1,000'],
    [28_000_000, 0, `28${N}000${N}000`, '28,000,000'],
    [12.5, 1, '12,5', '12.5'],
  ])('number %s with %s decimals', (x, d, fr, en) => {
    expect(formatNumber(x, 'fr', d)).toBe(fr);
    expect(formatNumber(x, 'en', d)).toBe(en);
  });

  it.each([
    [1234.56, 2, `1${N}234,56${S}€`, '€1,234.56'],
    [28_000_000, 0, `28${N}000${N}000${S}€`, '€28,000,000'],
    [-5.5, 2, `-5,50${S}€`, '-€5.50'],
  ])('money %s', (x, d, fr, en) => {
    expect(formatMoney(x, 'fr', d)).toBe(fr);
    expect(formatMoney(x, 'en', d)).toBe(en);
  });

  it.each([
    [87, 0, `87${S}%`, '87%'],
    [12.345, 1, `12,3${S}%`, '12.3%'],
  ])('percent %s', (x, d, fr, en) => {
    expect(formatPercent(x, 'fr', d)).toBe(fr);
    expect(formatPercent(x, 'en', d)).toBe(en);
  });

  it.each([
    [1250, '12,5', '12.5'],
    [10000, '100,0', '100.0'],
    [0, '0,0', '0.0'],
    [581, '5,81', '5.81'],
    [258, '2,58', '2.58'],
  ])('points from hundredths %s', (t, fr, en) => {
    expect(formatPoints(t, 'fr')).toBe(fr);
    expect(formatPoints(t, 'en')).toBe(en);
  });

  it.each([
    [3, '3', '3'],
    [3.5, '3,5', '3.5'],
    [10 / 3, '3,33', '3.33'],
    [2.999, '3', '3'],
  ])('mark %s', (x, fr, en) => {
    expect(formatMark(x, 'fr')).toBe(fr);
    expect(formatMark(x, 'en')).toBe(en);
  });

  it.each([
    ['2026-12-01', '1er décembre 2026', '1 December 2026'],
    ['2027-03-15', '15 mars 2027', '15 March 2027'],
    ['2026-08-21', '21 août 2026', '21 August 2026'],
  ])('date %s', (iso, fr, en) => {
    expect(formatDate(iso, 'fr')).toBe(fr);
    expect(formatDate(iso, 'en')).toBe(en);
  });

  it('shows back a typed figure with its own precision', () => {
    expect(formatAsTyped(12.25, 'fr')).toBe('12,25');
    expect(formatAsTyped(41000, 'fr')).toBe(`41${N}000`);
    expect(formatAsTyped(0.5, 'en')).toBe('0.5');
  });
});
