import { describe, expect, it } from 'vitest';
import { lintPatched, of, testRule } from '../../../test/fixtures/lint/harness.js';
import { checkText } from '../nlp/check-text.js';
import { customCriterion } from '../../../test/fixtures/lint/custom.js';
import { originMatch } from './local-preference.js';

testRule('legal/local-preference', {
  valid: [
    { name: 'no origin criterion', patch: () => {} },
    { name: 'lawful proxies: transport emissions and direct supply', patch: (s) => (s.criteria.include = ['lintfx-direct-supply']) },
    { name: 'where the service is delivered', patch: (s) => (s.stakes = ['Implantation géographique des points d’apport volontaire au plus près des habitants']) },
  ],
  invalid: [
    { name: 'share subcontracted to local companies', patch: (s) => (s.criteria.include = ['lintfx-local']), errors: [{ messageId: 'origin', path: ['criteria', 'include', 0] }] },
    {
      name: 'custom criterion on products made in France',
      patch: (s) => (s.criteria.custom = [customCriterion({ label: { fr: 'Part des équipements made in France', en: 'Share of equipment made in France' } })]),
      errors: [{ messageId: 'origin', path: ['criteria', 'custom', 0, 'label', 'fr'] }],
    },
    {
      name: 'a component sourced from producers nearby',
      patch: (s) => (s.integrated_solution = { components: ['Approvisionnement auprès de producteurs situés à moins de 100 km'] }),
      errors: [{ messageId: 'origin-text', path: ['integrated_solution', 'components', 0] }],
    },
  ],
});

// The rewordings of issue 16: missed preferences and wrongly flagged legitimate texts.
describe('originMatch on the rewordings of issue 16', () => {
  it.each([
    'Entreprise implantée dans le département',
    'Part des produits locaux dans les menus',
    'Bidders based in the region get a bonus',
    'Siège social situé dans la région Occitanie',
    'proximité du siège social',
    'producteurs situés à moins de 100 km',
    'suppliers located within the borough',
    'local SMEs',
    'British products',
  ])('flags %s', (text) => expect(originMatch(text)).toBeDefined());
  it.each([
    'Contribution au développement économique du territoire par la création d’emplois en insertion',
    'Part des produits issus de l’approvisionnement direct auprès des producteurs',
    'Délai d’intervention garanti en cas de débordement',
    'implantation géographique des points d’apport volontaire',
    'origine géographique des déchets',
    'residents based in the area',
  ])('leaves %s alone', (text) => expect(originMatch(text)).toBeUndefined());
});

// Issue 16 residual: "circuit court" is a legal notion (at most one intermediary, CCP R2152-7 "approvisionnement
// direct"), a preference only when a distance or an origin is required.
describe('circuit court', () => {
  it.each(['Part des denrées achetées en circuit court', 'Part des produits issus de circuits courts (au plus un intermédiaire)', 'Share of food bought through short supply chains'])(
    'leaves %s alone',
    (text) => expect(originMatch(text, /^Share/.test(text) ? 'en' : 'fr')).toBeUndefined(),
  );
  it.each(['Produits en circuit court, issus de producteurs situés à moins de 50 km', 'Circuit court avec des producteurs du département'])('flags %s: a distance or an origin is required', (text) =>
    expect(originMatch(text)).toBeDefined(),
  );
  it('a criterion on the share bought through short supply chains passes the rule', () => {
    const run = lintPatched((s) => (s.criteria.custom = [customCriterion({ label: { fr: 'Part des denrées achetées en circuit court', en: 'Share of food bought through short supply chains' } })]));
    expect(of(run, 'legal/local-preference')).toEqual([]);
  });
  // KNOWN CLASSIFIER FALSE POSITIVE (src/lint/nlp, lint-corpus's files): checkText reads "circuit court" as an origin.
  // The rule sets it aside (originFinding above); this marks the classifier's own answer as a known failure — when
  // nlp/ is fixed, vitest reports this test as passing unexpectedly: remove `.fails` then.
  it.fails('KNOWN FALSE POSITIVE of nlp/: checkText leaves "Part des denrées achetées en circuit court" alone', () => {
    expect(checkText('Part des denrées achetées en circuit court', { lang: 'fr', role: 'component' }).filter((f) => f.rule === 'legal/local-preference')).toEqual([]);
  });
});
