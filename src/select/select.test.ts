import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../load/catalog.js';
import { PACKAGE_ROOT } from '../load/paths.js';
import { loadSpecText } from '../load/spec.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import { getTerminalLang } from '../wording/lang.js';
import { selectCriteria } from './select.js';

const catalog = loadCatalog();
const sicoval = readFileSync(join(PACKAGE_ROOT, 'examples', 'sicoval-waste.yaml'), 'utf8');
const withCriteria = (block: string): string => sicoval.replace(/\ncriteria:\n(?: {2}.*\n)+/, `\ncriteria:\n${block}\n`);
const grid = (text: string, lang?: 'fr' | 'en'): Grid => selectCriteria(loadSpecText(text, 'spec.yaml'), catalog, lang);
const codes = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err.diagnostics.map((d) => d.code);
    throw err;
  }
  return [];
};
const sum = (g: Grid): number => g.criteria.reduce((s, c) => s + c.weightHundredths, 0);
const subs = (g: Grid) => g.criteria.flatMap((c) => c.subCriteria);

describe('selectCriteria', () => {
  it('builds the Sicoval grid: groups of the profile, weights summing to exactly 100, sub-weights summing to their group', () => {
    const g = grid(sicoval);
    expect(g.profileId).toBe('sicoval-70');
    expect(sum(g)).toBe(10000);
    for (const c of g.criteria) if (c.kind === 'quality') expect(c.subCriteria.reduce((s, x) => s + x.weightHundredths, 0)).toBe(c.weightHundredths);
    expect(g.price).toMatchObject({ formula: 'proportional', weightHundredths: 3000, basis: 'TTC' });
    expect(g.efcHundredths).toBe(7000);
    expect(subs(g).length).toBeGreaterThanOrEqual(6);
    expect(subs(g).map((s) => s.number)[0]).toBe('1.1');
    // six anchored levels, marks 0..5
    expect(g.scale.marks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(subs(g)[0]!.levels.map((l) => l.mark)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('only retains criteria for the spec\'s life function', () => {
    for (const s of subs(grid(sicoval))) {
      const lc = catalog.criteria.get(s.id)!;
      expect(lc.criterion.functions.some((f) => f === '*' || f === 'gerer-dechets')).toBe(true);
    }
  });

  it('applies include, exclude and a fixed sub-criterion weight, splitting the rest of the group', () => {
    const base = grid(sicoval);
    const first = base.criteria[0]!;
    const keep = first.subCriteria[0]!.id;
    const drop = first.subCriteria[1]!.id;
    const extra = catalog.libraries.get('waste')!.criteria.find((c) => !c.criterion.default && c.criterion.family === 'technical-means')!.criterion.id;
    const g = grid(withCriteria(`  profile: sicoval-70\n  libraries: [efc-core, waste]\n  include: [${extra}]\n  exclude: [${drop}]\n  weights:\n    ${keep}: 12.5`));
    const ids = subs(g).map((s) => s.id);
    expect(ids).toContain(extra);
    expect(ids).not.toContain(drop);
    expect(subs(g).find((s) => s.id === keep)!.weightHundredths).toBe(1250);
    expect(sum(g)).toBe(10000);
    for (const c of g.criteria) if (c.kind === 'quality') expect(c.subCriteria.reduce((s, x) => s + x.weightHundredths, 0)).toBe(c.weightHundredths);
  });

  it('moves points between groups when all group weights still sum to 100', () => {
    const g = grid(withCriteria('  profile: sicoval-70\n  libraries: [efc-core, waste]\n  weights:\n    prix: 25\n    performance-usage: 35'));
    expect(g.price!.weightHundredths).toBe(2500);
    expect(g.criteria.find((c) => c.id === 'performance-usage')!.weightHundredths).toBe(3500);
    expect(sum(g)).toBe(10000);
  });

  it('takes custom criteria written in the spec, located in the spec', () => {
    const custom = `  custom:
    - id: custom-quartiers-prioritaires
      label: { fr: "Résultats dans les quartiers prioritaires", en: "Results in priority neighbourhoods" }
      family: usage-performance
      judges: effects
      question: { fr: "Quels résultats ?", en: "Which results?" }
      evidence: { fr: ["Plan"], en: ["Plan"] }
      levels:
        fr: ["a", "b", "c", "d", "e", "f"]
        en: ["a", "b", "c", "d", "e", "f"]`;
    const g = grid(withCriteria(`  profile: sicoval-70\n  libraries: [efc-core, waste]\n${custom}`));
    const s = subs(g).find((x) => x.id === 'custom-quartiers-prioritaires')!;
    expect(s.library).toBe('custom');
    expect(s.source).toMatchObject({ file: 'spec.yaml' });
    expect(sum(g)).toBe(10000);
  });

  it('writes labels in the requested language', () => {
    const fr = grid(sicoval);
    const en = grid(sicoval, 'en');
    expect(en.lang).toBe('en');
    expect(en.criteria[0]!.label).not.toBe(fr.criteria[0]!.label);
    expect(subs(en).map((s) => s.id)).toEqual(subs(fr).map((s) => s.id));
  });

  it.each([...catalog.profiles.keys()])('profile %s gives exactly 100 points on the Sicoval spec or says why not', (profile) => {
    const text = withCriteria(`  profile: ${profile}\n  libraries: [efc-core, waste]`);
    const problems = codes(() => grid(text));
    if (problems.length === 0) expect(sum(grid(text))).toBe(10000);
    else expect(problems.every((c) => c === 'empty-group')).toBe(true);
  });

  it('reports every selection problem at once, with suggestions', () => {
    const text = withCriteria('  profile: sicoval70\n  libraries: [efc-core, wastes]\n  include: [nope-criterion]');
    expect(codes(() => grid(text)).sort()).toEqual(['unknown-criterion', 'unknown-library', 'unknown-profile']);
    try {
      grid(text);
    } catch (err) {
      const d = (err as InputError).diagnostics.find((x) => x.code === 'unknown-profile')!;
      // The terminal language here is the locale's (French unless it says English): the suggestion is there either way.
      expect(d.message).toContain(getTerminalLang() === 'fr' ? 'vouliez-vous dire « sicoval-70 »' : 'did you mean "sicoval-70"');
      expect(d.hint).toContain('sicoval-70');
      expect(d.line).toBe(sicoval.split('\n').findIndex((l) => l.startsWith('criteria:')) + 2);
    }
  });

  it('refuses sub-criterion weights larger than their group', () => {
    const id = grid(sicoval).criteria[0]!.subCriteria[0]!.id;
    expect(codes(() => grid(withCriteria(`  profile: sicoval-70\n  libraries: [efc-core, waste]\n  weights:\n    ${id}: 45`)))).toContain('weights-sum');
  });
});

describe('grid options of issue 15 (price formula parameters, currency, scales, 0-point price)', () => {
  const withPrice = (block: string, text = sicoval): string => text.replace(/\nprice:\n(?: {2}.*\n)+/, `\nprice:\n${block}\n`);
  const withScale = (scale: string): string => sicoval.replace(/\n {2}scale: 5\n/, `\n  scale: ${scale}\n`);

  it('drops a price criterion given 0 points: no price in the grid, so score asks for none', () => {
    const g = grid(withCriteria('  profile: sicoval-70\n  libraries: [efc-core, waste]\n  weights: { prix: 0, performance-usage: 60 }'));
    expect(g.price).toBeUndefined();
    expect(g.criteria.map((c) => c.kind)).not.toContain('price');
    expect(sum(g)).toBe(10000);
  });

  it('carries the cut-off, the expression and the currency into the grid', () => {
    expect(grid(withPrice('  formula: cut-off\n  cut_off: 1.5\n  currency: GBP')).price).toMatchObject({ formula: 'cut-off', cutOff: 1.5, currency: 'GBP' });
    expect(grid(withPrice("  formula: custom\n  expression: 'max(0 ; 1 − (P − Pmin) / Pmoy)'")).price).toMatchObject({ formula: 'custom', expression: 'max(0 ; 1 − (P − Pmin) / Pmoy)', currency: 'EUR' });
  });

  it('refuses a formula without its parameter, a parameter for another formula, and an expression that does not parse', () => {
    expect(codes(() => grid(withPrice('  formula: cut-off')))).toEqual(['price-cut-off-missing']);
    expect(codes(() => grid(withPrice('  formula: custom')))).toEqual(['price-expression-missing']);
    expect(codes(() => grid(withPrice('  formula: linear\n  cut_off: 2')))).toEqual(['price-parameter-unused']);
    expect(codes(() => grid(withPrice("  formula: custom\n  expression: 'Pmin / Q'")))).toEqual(['price-expression-syntax']);
  });

  it('scales 0–N for any N and percentages: six anchored levels spread over the scale', () => {
    expect(grid(withScale('4')).scale).toMatchObject({ max: 4, percent: false, marks: [0, 0.8, 1.6, 2.4, 3.2, 4] });
    expect(grid(withScale('percent')).scale).toMatchObject({ max: 100, percent: true, marks: [0, 20, 40, 60, 80, 100] });
  });
});

describe('minimum thresholds (criteria.thresholds)', () => {
  const withThresholds = (t: string): string => withCriteria(`  profile: sicoval-70\n  libraries: [efc-core, waste]\n  thresholds: ${t}`);
  it('puts each threshold on the criterion or sub-criterion it names', () => {
    const g = grid(withThresholds('{ performance-usage: 15 }'));
    expect(g.criteria.find((c) => c.id === 'performance-usage')!.minPoints).toBe(15);
    expect(g.criteria.filter((c) => c.minPoints !== undefined)).toHaveLength(1);
    const sub = subs(g)[0]!;
    const g2 = grid(withThresholds(`{ ${sub.id}: 1.5 }`));
    expect(subs(g2).find((s) => s.id === sub.id)!.minPoints).toBe(1.5);
  });
  it('refuses an unknown id, the price criterion and a threshold above the points', () => {
    expect(codes(() => grid(withThresholds('{ performance-usag: 10, prix: 10, solution-integree: 25 }')))).toEqual(['unknown-threshold-key', 'threshold-on-price', 'threshold-above-weight']);
  });
});
