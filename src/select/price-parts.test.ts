import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../load/catalog.js';
import { PACKAGE_ROOT } from '../load/paths.js';
import { loadSpecText } from '../load/spec.js';
import { InputError } from '../model/errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { selectCriteria } from './select.js';

const catalog = loadCatalog();
const sicoval = readFileSync(join(PACKAGE_ROOT, 'examples', 'sicoval-waste.yaml'), 'utf8');
/** Sicoval (price criterion 4, 30 points) with its `price:` block followed by `extra` lines. */
const withPrice = (extra: string): string => sicoval.replace('price:\n  formula: proportional\n', `price:\n  formula: proportional\n${extra}`);
const problems = (text: string): Diagnostic[] => {
  try {
    selectCriteria(loadSpecText(text, 'spec.yaml'), catalog, 'fr');
  } catch (e) {
    if (e instanceof InputError) return [...e.diagnostics];
    throw e;
  }
  return [];
};

const twoParts = `  pse:
    - { id: pse1, label: Collecte des biodéchets, retained: true }
    - { id: pse2, label: Broyage à domicile, retained: false }
  parts:
    - { id: forfait, label: Prix de la partie forfaitaire, weight: 20, formula: proportional, price: total }
    - { id: biodechets, label: Prix de la PSE biodéchets, weight: 10, formula: cut-off, cut_off: 2, price: pse1 }
`;

describe('price sub-criteria and options in the grid', () => {
  it('numbers the parts under the price criterion, with their weights and formulas', () => {
    const g = selectCriteria(loadSpecText(withPrice(twoParts), 'spec.yaml'), catalog, 'fr');
    const crit = g.criteria.find((c) => c.kind === 'price')!;
    expect(g.price!.parts).toEqual([
      { id: 'forfait', number: `${crit.number}.1`, label: 'Prix de la partie forfaitaire', formula: 'proportional', price: 'total', weightHundredths: 2000 },
      { id: 'biodechets', number: `${crit.number}.2`, label: 'Prix de la PSE biodéchets', formula: 'cut-off', cutOff: 2, price: 'pse1', weightHundredths: 1000 },
    ]);
    expect(g.price!.pse).toEqual([
      { id: 'pse1', label: 'Collecte des biodéchets', retained: true },
      { id: 'pse2', label: 'Broyage à domicile', retained: false },
    ]);
  });
  it('an option scored (price.pse) must be one the tender file publishes (consultation.pse), by id or code', () => {
    const published = (text: string): string => text.replace('consultation:\n', 'consultation:\n  pse:\n    - { id: biodechets, title: Collecte des biodéchets }\n');
    const text = published(withPrice(twoParts));
    const ds = problems(text).filter((d) => d.code === 'pse-not-published');
    const lineOf = (needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(ds.map((d) => d.line)).toEqual([lineOf('{ id: pse1,'), lineOf('{ id: pse2,')]);
    expect(ds[0]!.message).toContain('PSE1 (biodechets)');
    const byCode = published(withPrice(twoParts.replace('id: pse1,', 'id: PSE1,').replace('price: pse1', 'price: PSE1').replace(/ {4}- \{ id: pse2.*\n/, '')));
    expect(problems(byCode).filter((d) => d.code === 'pse-not-published')).toEqual([]);
  });

  it('a spec without parts keeps one formula (backward compatible)', () => {
    const g = selectCriteria(loadSpecText(sicoval, 'spec.yaml'), catalog, 'fr');
    expect(g.price!.parts).toBeUndefined();
    expect(g.price!.pse).toBeUndefined();
  });
  it('every problem at once, each at its file:line:col: weights, duplicate ids (both places), unknown price, parameters', () => {
    const text = withPrice(`  pse:
    - { id: pse1, label: Option 1 }
  parts:
    - { id: a, label: Partie A, weight: 20, price: totl }
    - { id: a, label: Partie B, weight: 5, formula: cut-off }
    - { id: c, label: Partie C, weight: 2.555, formula: custom, expression: "Pmin / " }
`);
    const ds = problems(text);
    const lineOf = (needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const by = (code: string) => ds.filter((d) => d.code === code);
    expect(by('price-part-duplicate').map((d) => d.line)).toEqual([lineOf('Partie A'), lineOf('Partie B')]);
    expect(by('price-part-unknown-price')[0]).toMatchObject({ file: 'spec.yaml', line: lineOf('Partie A') });
    expect(by('price-part-unknown-price')[0]!.message).toContain('« total »');
    expect(by('price-part-unknown-price')[0]!.hint).toContain('pse1');
    expect(by('price-cut-off-missing')[0]).toMatchObject({ line: lineOf('Partie B') });
    expect(by('price-expression-syntax')[0]).toMatchObject({ line: lineOf('Partie C') });
    expect(by('price-part-weight-precision')[0]).toMatchObject({ line: lineOf('Partie C') });
    // 20 + 5 + 2.56 ≠ 30
    expect(by('price-parts-weights')[0]).toMatchObject({ file: 'spec.yaml', line: lineOf('  parts:') });
    expect(by('price-parts-weights')[0]!.message).toMatch(/27,56 points.*30/);
    for (const d of ds) expect(d.col, d.code).toBeGreaterThan(0);
  });
  it('an option id that is taken (twice, or a fixed price name) is an error', () => {
    const ds = problems(withPrice(`  pse:
    - { id: pse1, label: Option 1 }
    - { id: pse1, label: Option 1 bis }
    - { id: base, label: Option base }
`));
    expect(ds.map((d) => d.code)).toEqual(['pse-duplicate', 'pse-duplicate', 'pse-id']);
  });
});
