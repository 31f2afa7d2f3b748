import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { FAMILIES, type Criterion, type Family } from '../src/model/criterion.js';

/**
 * The bundled criteria score each commitment once and sit under the award criterion their title matches (issue 14
 * item 10). Both rules are checked on the library as loaded, for every life function and every profile.
 */
const catalog = loadCatalog();
const criteria = [...catalog.criteria.values()].map((c) => c.criterion);

/**
 * Commitments an indicator measures, recognised in its French wording. Two sub-criteria of one grid whose indicators
 * measure the same commitment score it twice.
 */
const COMMITMENTS: Readonly<Record<string, RegExp>> = {
  'greenhouse-gas emissions': /émissions[^;]*(?:gaz à effet de serre|CO2e)|(?:gaz à effet de serre|CO2e)[^;]*émis/iu,
  'work accidents': /accidents? du travail/iu,
  'training hours': /heures de formation/iu,
  'insertion hours': /heures d'insertion/iu,
  'user satisfaction': /satisfaction/iu,
  'reuse tonnage or rate': /(?:taux|tonnes?)[^;]*réemploi/iu,
  'energy use': /consommation d'énergie/iu,
  'staffing level': /effectif prévu|postes pourvus|présence de l'équipe|par conseiller/iu,
};

const commitmentsOf = (c: Criterion): string[] => Object.entries(COMMITMENTS).filter(([, re]) => c.indicators.fr.some((i) => re.test(i))).map(([k]) => k);
const appliesTo = (c: Criterion, fn: string): boolean => c.functions.includes('*') || c.functions.includes(fn);

describe('no commitment is scored twice', () => {
  const functions = [...catalog.functions.keys()];
  it.each(functions)('%s: the default criteria, plus any one criterion a buyer adds, measure each commitment once', (fn) => {
    const applicable = criteria.filter((c) => appliesTo(c, fn));
    const defaults = applicable.filter((c) => c.default);
    const twice: string[] = [];
    for (const extra of [undefined, ...applicable.filter((c) => !c.default)]) {
      const grid = extra ? [...defaults, extra] : defaults;
      for (const commitment of Object.keys(COMMITMENTS)) {
        const by = grid.filter((c) => commitmentsOf(c).includes(commitment)).map((c) => c.id);
        if (by.length > 1) twice.push(`${commitment}: ${by.join(' + ')}`);
      }
    }
    expect([...new Set(twice)]).toEqual([]);
  });

  it('the lexicon is not blind: the commitments it knows are measured somewhere in the library', () => {
    for (const commitment of Object.keys(COMMITMENTS)) expect(criteria.some((c) => commitmentsOf(c).includes(commitment)), commitment).toBe(true);
  });

  it('no two criteria of the library give the same indicator', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const c of criteria) {
      for (const i of c.indicators.fr) {
        const key = i.toLowerCase().replace(/\s+/gu, ' ').trim();
        if (seen.has(key)) repeated.push(`${i}: ${seen.get(key)} + ${c.id}`);
        else seen.set(key, c.id);
      }
    }
    expect(repeated).toEqual([]);
  });
});

/**
 * Where a family may sit: the words the title of its award criterion must hold (French titles of the profiles).
 * "Valeur technique" is the classic umbrella title that holds every quality family.
 */
const TITLE_OF: Readonly<Record<Family, RegExp>> = {
  'usage-performance': /performance d'usage|valeur technique/iu,
  'useful-effects': /effets utiles|valeur technique/iu,
  'integrated-solution': /solution intégrée|valeur technique/iu,
  remuneration: /rémunération|solution intégrée|valeur technique/iu,
  cooperation: /coopération|valeur technique/iu,
  'territorial-ecosystem': /territori|écosystème|coopération|valeur technique/iu,
  'immaterial-resources': /modalités d'exécution|ressources|valeur technique/iu,
  governance: /gouvernance|valeur technique/iu,
  environment: /environnement|effets utiles|valeur technique/iu,
  social: /insertion|social|effets utiles|valeur technique/iu,
  'service-quality': /modalités d'exécution|qualité|valeur technique/iu,
  'technical-means': /modalités d'exécution|moyens|valeur technique/iu,
};

describe('each sub-criterion sits under the award criterion whose title it matches', () => {
  it('the map covers every family', () => expect(Object.keys(TITLE_OF).sort()).toEqual([...FAMILIES].sort()));

  it.each([...catalog.profiles.keys()])('profile %s', (id) => {
    const profile = catalog.profiles.get(id)!;
    const misplaced = profile.groups.flatMap((g) => g.families.filter((f) => !TITLE_OF[f].test(g.label.fr)).map((f) => `${f} under « ${g.label.fr} »`));
    expect(misplaced).toEqual([]);
  });

  it('worker health and safety is a social effect, not cooperation', () => {
    expect(catalog.criteria.get('collection-worker-health')!.criterion.family).toBe('social');
  });
});
