import { describe, expect, it } from 'vitest';
import { testRule } from '../../../test/fixtures/lint/harness.js';
import { customCriterion } from '../../../test/fixtures/lint/custom.js';
import { originMatch } from './local-preference.js';

testRule('legal/local-preference', {
  valid: [
    { name: 'no origin criterion', patch: () => {} },
    { name: 'lawful proxies: transport emissions and direct supply', patch: (s) => (s.criteria.include = ['lintfx-direct-supply']) },
  ],
  invalid: [
    { name: 'share subcontracted to local companies', patch: (s) => (s.criteria.include = ['lintfx-local']), errors: [{ messageId: 'origin', path: ['criteria', 'include', 0] }] },
    {
      name: 'custom criterion on products made in France',
      patch: (s) => (s.criteria.custom = [customCriterion({ label: { fr: 'Part des équipements made in France', en: 'Share of equipment made in France' } })]),
      errors: [{ messageId: 'origin', path: ['criteria', 'custom', 0] }],
    },
  ],
});

describe('originMatch', () => {
  it.each([
    ['Entreprise implantée dans le département', 'entreprise implantee dans le departement'],
    ['Part des produits locaux dans les menus', 'produits locaux'],
    ['Bidders based in the region get a bonus', 'based in the region'],
    ['Siège social situé dans la région Occitanie', 'siege social situe dans la'],
  ])('flags %s', (text, match) => expect(originMatch(text)).toBe(match));
  it.each([
    'Contribution au développement économique du territoire par la création d’emplois en insertion',
    'Part des produits issus de l’approvisionnement direct auprès des producteurs',
    'Délai d’intervention garanti en cas de débordement',
  ])('leaves %s alone', (text) => expect(originMatch(text)).toBeUndefined());
});
