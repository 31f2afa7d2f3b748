import { describe, expect, it } from 'vitest';
import { testRule } from '../../../test/fixtures/lint/harness.js';
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
