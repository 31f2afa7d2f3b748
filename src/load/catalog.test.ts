import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../lint/classify.js';
import { generalCapacityMatch } from '../lint/rules/general-capacity.js';
import { originMatch } from '../lint/rules/local-preference.js';
import { FAMILIES, type Family } from '../model/criterion.js';
import { InputError } from '../model/errors.js';
import { selectCriteria } from '../select/select.js';
import { loadCatalog } from './catalog.js';
import { PACKAGE_ROOT } from './paths.js';
import { loadSpec, loadSpecText } from './spec.js';

const catalog = loadCatalog();
const all = [...catalog.criteria.values()].map((lc) => lc.criterion);
const DOMAIN: Record<string, string> = { waste: 'gerer-dechets', mobility: 'se-deplacer', catering: 'se-nourrir' };

describe('bundled catalog', () => {
  it('has the four libraries, the three profiles, the eight life functions and at least 40 criteria', () => {
    expect([...catalog.libraries.keys()].sort()).toEqual(['catering', 'efc-core', 'mobility', 'waste']);
    expect([...catalog.profiles.keys()].sort()).toEqual(['efc-50', 'quality-60-price-40', 'sicoval-70']);
    expect([...catalog.functions.keys()].sort()).toEqual(
      ['energie', 'gerer-dechets', 'habiter', 'se-cultiver', 'se-deplacer', 'se-former', 'se-nourrir', 'se-soigner'],
    );
    expect(catalog.criteria.size).toBeGreaterThanOrEqual(40);
  });

  it('gives every criterion a unique id across libraries', () => {
    const ids = [...catalog.libraries.values()].flatMap((l) => l.criteria.map((c) => c.criterion.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(catalog.criteria.size);
  });

  it('only names life functions that functions.yaml defines', () => {
    for (const c of all) for (const f of c.functions) expect(f === '*' || catalog.functions.has(f), `${c.id}: ${f}`).toBe(true);
  });

  it('gives every life function stakes and typical indicators in both languages', () => {
    for (const fn of catalog.functions.values()) {
      expect(fn.stakes.fr.length, fn.id).toBe(fn.stakes.en.length);
      expect(fn.indicators.length, fn.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('lets every profile weight every family a default criterion uses, and hold the environment family', () => {
    const defaultFamilies = new Set<Family>(all.filter((c) => c.default).map((c) => c.family));
    for (const p of catalog.profiles.values()) {
      const held = new Set(p.groups.flatMap((g) => g.families));
      for (const f of defaultFamilies) expect(held.has(f), `${p.id} lacks ${f}`).toBe(true);
      expect(held.has('environment'), p.id).toBe(true);
      expect(p.groups.filter((g) => g.kind === 'price')).toHaveLength(1);
      const efc = p.groups.filter((g) => g.efc).reduce((s, g) => s + g.weight, 0);
      expect(efc, `${p.id} efc groups vs efc_share`).toBe(p.efc_share);
    }
    // sicoval-70 and efc-50 leave no family out, so an included or custom criterion always has a group.
    for (const id of ['sicoval-70', 'efc-50', 'quality-60-price-40']) {
      const held = new Set(catalog.profiles.get(id)!.groups.flatMap((g) => g.families));
      expect(FAMILIES.filter((f) => !held.has(f)), id).toEqual([]);
    }
  });

  it('gives each library default criteria for its life function, including an environmental one', () => {
    for (const lib of catalog.libraries.values()) {
      const fn = DOMAIN[lib.id] ?? '*';
      const defaults = lib.criteria.map((c) => c.criterion).filter((c) => c.default && c.functions.includes(fn));
      expect(defaults.length, lib.id).toBeGreaterThanOrEqual(3);
      expect(defaults.some((c) => c.environmental && c.family === 'environment'), lib.id).toBe(true);
      // Means criteria exist so classic profiles and the lint can see them, but they are never retained by default.
      expect(lib.criteria.every((c) => c.criterion.family !== 'technical-means' || (c.criterion.judges === 'means' && !c.criterion.default))).toBe(true);
    }
  });

  it('retains 8 to 14 sub-criteria for efc-core plus one domain library, under every profile', () => {
    for (const [lib, fn] of Object.entries(DOMAIN)) {
      for (const profile of catalog.profiles.keys()) {
        const loaded = loadSpecText(minimalSpec(fn, profile, lib), `${lib}-${profile}.yaml`);
        const grid = selectCriteria(loaded, catalog);
        const subs = grid.criteria.flatMap((c) => c.subCriteria);
        expect(subs.length, `${lib} ${profile}`).toBeGreaterThanOrEqual(8);
        expect(subs.length, `${lib} ${profile}`).toBeLessThanOrEqual(14);
        expect(grid.criteria.reduce((s, c) => s + c.weightHundredths, 0)).toBe(10000);
        expect(subs.some((s) => s.environmental)).toBe(true);
      }
    }
  });

  it('keeps the legal lint quiet: no general capacity, no local preference, no means in an effects criterion', () => {
    for (const c of all) {
      for (const lang of ['fr', 'en'] as const) {
        const texts = [c.label[lang], c.question[lang], ...c.evidence[lang]];
        for (const t of texts) {
          expect(generalCapacityMatch(t), `${c.id}: ${t}`).toBeUndefined();
          expect(originMatch(t), `${c.id}: ${t}`).toBeUndefined();
        }
        if (c.judges === 'effects') {
          for (const t of [c.label[lang], c.question[lang]]) expect(classify(t).label, `${c.id}: ${t}`).not.toBe('means');
        }
      }
    }
  });

  it('anchors six distinct levels with 3 to 5 evidence items, in both languages', () => {
    for (const c of all) {
      for (const lang of ['fr', 'en'] as const) {
        expect(new Set(c.levels[lang]).size, c.id).toBe(6);
        for (const l of c.levels[lang]) expect(l.split(/\s+/).length, `${c.id} ${l}`).toBeGreaterThanOrEqual(4);
        expect(c.evidence[lang].length, c.id).toBeGreaterThanOrEqual(3);
        expect(c.evidence[lang].length, c.id).toBeLessThanOrEqual(5);
      }
      expect(c.evidence.fr.length).toBe(c.evidence.en.length);
      expect(c.indicators.fr.length).toBe(c.indicators.en.length);
    }
  });
});

describe('bundled examples', () => {
  for (const name of ['rural-mobility', 'school-catering', 'sicoval-waste']) {
    it(`${name}.yaml selects a grid whose weights sum to 100`, () => {
      const loaded = loadSpec(join(PACKAGE_ROOT, 'examples', `${name}.yaml`));
      const grid = selectCriteria(loaded, catalog);
      expect(grid.criteria.reduce((s, c) => s + c.weightHundredths, 0)).toBe(10000);
      for (const c of grid.criteria.filter((g) => g.kind === 'quality')) {
        expect(c.subCriteria.reduce((s, sc) => s + sc.weightHundredths, 0), c.id).toBe(c.weightHundredths);
      }
      expect(loaded.spec.tender.consultation_start >= '2026-08-21').toBe(true);
    });
  }
});

describe('extra criteria folders', () => {
  const bad = join(PACKAGE_ROOT, 'test', 'fixtures', 'criteria', 'bad');

  it('reports every problem of every file at once, each at file:line:col', () => {
    let error: unknown;
    try {
      loadCatalog([bad]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const diags = (error as InputError).diagnostics;
    const family = diags.find((d) => d.path?.join('.') === 'criteria.0.family');
    expect(family).toMatchObject({ code: 'library', line: 11, col: 5 });
    expect(basename(family!.file!)).toBe('broken.yaml');
    expect(family!.message).toContain('moyens-generaux');
    const dup = diags.find((d) => d.code === 'criterion-duplicate');
    expect(dup).toMatchObject({ line: 7, col: 5 });
    expect(basename(dup!.file!)).toBe('duplicate.yaml');
    expect(dup!.message).toContain('efc-core');
  });
});

function minimalSpec(fn: string, profile: string, lib: string): string {
  return `
buyer: { name: Test }
territory: { name: T, description: Test territory }
tender: { title: T, reference: R, procedure: appel-offres-ouvert, duration_months: 12, consultation_start: 2026-09-01 }
life_function: ${fn}
remuneration: { fixed_share: 100, performance_share: 0, mechanism: none }
criteria: { profile: ${profile}, libraries: [efc-core, ${lib}] }
`;
}
