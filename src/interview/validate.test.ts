import { describe, expect, it } from 'vitest';
import { explainPriceFormulas, priceExample } from './explain.js';
import { check, kebab, parseDate, parseNumber, specField } from './validate.js';

describe('answer parsing', () => {
  it.each([
    ['12,5', 12.5],
    ['28 000 000', 28_000_000],
    ['1\u202f200,50', 1200.5],
    ['-3', -3],
    ['12 %', Number.NaN],
    ['douze', Number.NaN],
    ['', Number.NaN],
  ])('parseNumber(%j) = %d', (s, n) => expect(parseNumber(s)).toBe(n));

  it.each([
    ['2027-03-01', '2027-03-01'],
    ['1/3/2027', '2027-03-01'],
    ['2027-02-30', undefined],
    ['31/04/2027', undefined],
    ['demain', undefined],
  ])('parseDate(%j) = %j', (s, d) => expect(parseDate(s)).toBe(d));

  it('makes kebab-case ids from French labels', () => {
    expect(kebab('Reste à charge des ménages (€/mois)')).toBe('reste-a-charge-des-menages-mois');
    expect(kebab('!!!')).toBe('indicateur');
  });

  it('validates with the loader’s schema, worded in French', () => {
    expect(check(specField('tender.duration_months'), 0, 'fr')).toMatch(/au moins 1/);
    expect(check(specField('tender.duration_months'), 2.5, 'fr')).toMatch(/entier/);
    expect(check(specField('remuneration.performance_share'), 120, 'en')).toMatch(/at most 100/);
    expect(check(specField('buyer.name'), 'Sicoval', 'fr')).toBe(true);
    expect(() => specField('tender.nope')).toThrow();
  });
});

describe('price formula example', () => {
  it('shows what a 10 % price gap costs under each formula, from the scoring code', () => {
    const ex = priceExample(30);
    expect(ex.proportional).toEqual([30, 27.3, 24]);
    expect(ex.linear).toEqual([30, 18, 0]);
    expect(ex['mean-gap'][0]).toBe(30);
    expect(ex['mean-gap'][1]).toBeCloseTo(27.3, 1);
    const text = explainPriceFormulas(30, 'fr');
    expect(text).toContain('−12,0 pts'); // linear: the 10 % dearer offer loses 12 points
    expect(text).toContain('−2,7 pts');
  });
});
