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
const sum = (g: Grid): number => g.criteria.reduce((s, c) => s + c.weightTenths, 0);
const subs = (g: Grid) => g.criteria.flatMap((c) => c.subCriteria);

describe('selectCriteria', () => {
  it('builds the Sicoval grid: groups of the profile, weights summing to exactly 100, sub-weights summing to their group', () => {
    const g = grid(sicoval);
    expect(g.profileId).toBe('sicoval-70');
    expect(sum(g)).toBe(1000);
    for (const c of g.criteria) if (c.kind === 'quality') expect(c.subCriteria.reduce((s, x) => s + x.weightTenths, 0)).toBe(c.weightTenths);
    expect(g.price).toMatchObject({ formula: 'proportional', weightTenths: 300, basis: 'TTC' });
    expect(g.efcTenths).toBe(700);
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
    expect(subs(g).find((s) => s.id === keep)!.weightTenths).toBe(125);
    expect(sum(g)).toBe(1000);
    for (const c of g.criteria) if (c.kind === 'quality') expect(c.subCriteria.reduce((s, x) => s + x.weightTenths, 0)).toBe(c.weightTenths);
  });

  it('moves points between groups when all group weights still sum to 100', () => {
    const g = grid(withCriteria('  profile: sicoval-70\n  libraries: [efc-core, waste]\n  weights:\n    prix: 25\n    performance-usage: 35'));
    expect(g.price!.weightTenths).toBe(250);
    expect(g.criteria.find((c) => c.id === 'performance-usage')!.weightTenths).toBe(350);
    expect(sum(g)).toBe(1000);
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
    expect(sum(g)).toBe(1000);
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
    if (problems.length === 0) expect(sum(grid(text))).toBe(1000);
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
