import { describe, expect, it } from 'vitest';
import { testRule } from '../../../test/fixtures/lint/harness.js';
import { customCriterion } from '../../../test/fixtures/lint/custom.js';
import { generalCapacityMatch } from './general-capacity.js';

testRule('legal/general-capacity', {
  valid: [
    { name: 'criteria about the offer', patch: () => {} },
    { name: 'experience of the team assigned to the contract', patch: (s) => (s.criteria.include = ['lintfx-assigned-team']) },
  ],
  invalid: [
    { name: 'company references and turnover', patch: (s) => (s.criteria.include = ['lintfx-references']), errors: [{ messageId: 'general', path: ['criteria', 'include', 0] }] },
    {
      name: 'custom criterion on the bidder’s financial standing',
      patch: (s) => (s.criteria.custom = [customCriterion({ question: { fr: 'Quelle est la solidité de votre entreprise ?', en: 'What is the financial standing of your firm?' } })]),
      errors: [{ messageId: 'general', path: ['criteria', 'custom', 0] }],
    },
  ],
});

describe('generalCapacityMatch', () => {
  it.each([
    ["Chiffre d'affaires des trois derniers exercices", "chiffre d'affaires"],
    ['Références du candidat pour des prestations similaires', 'references du candidat'],
    ["Years of experience of the company in waste collection", 'years of experience of the company'],
  ])('flags %s', (text, match) => expect(generalCapacityMatch(text)).toBe(match));
  it.each([
    "Organisation et qualification du personnel affecté à l'exécution du marché",
    'Experience of the staff assigned to the contract in working with social landlords',
    "Part du chiffre d'affaires du marché confiée à des structures d'insertion",
  ])('leaves %s alone', (text) => expect(generalCapacityMatch(text)).toBeUndefined());
});
