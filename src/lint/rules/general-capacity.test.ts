import { describe, expect, it } from 'vitest';
import { testRule } from '../../../test/fixtures/lint/harness.js';
import { customCriterion } from '../../../test/fixtures/lint/custom.js';
import { generalCapacityMatch } from './general-capacity.js';

testRule('legal/general-capacity', {
  valid: [
    { name: 'criteria about the offer', patch: () => {} },
    { name: 'experience of the team assigned to the contract', patch: (s) => (s.criteria.include = ['lintfx-assigned-team']) },
    { name: 'capacities asked of candidates at selection', patch: (s) => (s.consultation = { candidature: { capacities: ["Chiffre d'affaires des trois derniers exercices"] } }) },
  ],
  invalid: [
    { name: 'company references and turnover', patch: (s) => (s.criteria.include = ['lintfx-references']), errors: [{ messageId: 'general', path: ['criteria', 'include', 0] }] },
    {
      name: 'custom criterion on the bidder’s financial standing',
      patch: (s) => (s.criteria.custom = [customCriterion({ question: { fr: 'Quelle est la solidité financière de votre entreprise ?', en: 'What is the financial standing of your firm?' } })]),
      errors: [{ messageId: 'general', path: ['criteria', 'custom', 0, 'question', 'fr'] }],
    },
    {
      name: 'a tie-break on the company’s references',
      patch: (s) => (s.scoring = { tie_break: 'En cas d’égalité, l’offre du candidat présentant les références les plus nombreuses est retenue.' }),
      errors: [{ messageId: 'general-text', path: ['scoring', 'tie_break'] }],
    },
  ],
});

// The rewordings of issue 16: what the keyword lists missed, and what they wrongly flagged.
describe('generalCapacityMatch on the rewordings of issue 16', () => {
  it.each([
    "Chiffre d'affaires des trois derniers exercices",
    'Références du candidat pour des prestations similaires',
    'Years of experience of the company in waste collection',
    'références de moins de trois ans',
    'effectifs moyens annuels du candidat',
    "certification ISO 9001 de l'entreprise",
    'liste des prestations des trois dernières années',
    "the company's years of experience",
    'track record',
    "Organisation de l'équipe affectée au marché et chiffre d'affaires de l'entreprise",
  ])('flags %s', (text) => expect(generalCapacityMatch(text)).toBeDefined());
  it.each([
    "Organisation et qualification du personnel affecté à l'exécution du marché",
    'Experience of the staff assigned to the contract in working with social landlords',
    "Part du chiffre d'affaires du marché confiée à des structures d'insertion",
    "part du chiffre d'affaires réalisée avec des structures d'insertion",
    'staff turnover among collection crews',
    'Émissions de gaz à effet de serre évitées, selon le bilan carbone de la prestation',
  ])('leaves %s alone', (text) => expect(generalCapacityMatch(text)).toBeUndefined());
});
