import { describe, expect, it } from 'vitest';
import { testRule } from '../../../test/fixtures/lint/harness.js';
import { lowOfferExclusion } from './abnormally-low.js';
import { customCriterion } from '../../../test/fixtures/lint/custom.js';

testRule('legal/abnormally-low', {
  valid: [
    { name: 'justification request', patch: () => {} },
    { name: 'a tie-break that excludes nothing', patch: (s) => (s.scoring = { tie_break: 'En cas d’égalité, l’offre la mieux notée sur la performance d’usage est retenue.' }) },
  ],
  invalid: [
    { name: 'automatic exclusion', patch: (s) => (s.price = { abnormally_low: { handling: 'automatic-exclusion', threshold_percent: 20 } }), errors: [{ messageId: 'automatic', path: ['price', 'abnormally_low', 'handling'] }] },
    {
      name: 'automatic exclusion written in the tie-break (issue 16)',
      patch: (s) => (s.scoring = { tie_break: 'Toute offre inférieure de plus de 20 % à la moyenne est écartée sans autre examen.' }),
      errors: [{ messageId: 'prose', path: ['scoring', 'tie_break'] }],
    },
    {
      name: 'written in the remuneration text',
      patch: (s) => (s.remuneration.description = 'Part fixe et bonus-malus. Les offres inférieures de 20 % à la moyenne ne seront pas examinées.'),
      errors: [{ messageId: 'prose', path: ['remuneration', 'description'] }],
    },
    {
      name: 'written in a criterion’s question',
      patch: (s) => (s.criteria.custom = [customCriterion({ question: { fr: 'Quel accès aux services ? Toute offre inférieure de 30 % à l’estimation sera éliminée.', en: 'Which access to services?' } })]),
      errors: [{ messageId: 'prose', path: ['criteria', 'custom', 0, 'question', 'fr'] }],
    },
  ],
});

describe('lowOfferExclusion', () => {
  it.each([
    'Toute offre inférieure de plus de 20 % à la moyenne est écartée sans autre examen.',
    'Les offres dont le prix est inférieur de 15 % à l’estimation seront rejetées.',
    'Bids more than 25% below the average price will be rejected.',
    'Une offre dont le prix est inférieur à 70 % de la moyenne des offres est automatiquement écartée.',
    'Les offres inférieures de 20 % à la moyenne ne seront pas examinées.',
    'Offers more than 20% below the average will not be evaluated.',
    'Any bid lower than 85 % of the mean of the bids is disqualified.',
  ])('flags %s', (text) => expect(lowOfferExclusion(text)).toBeDefined());
  it.each([
    'Une offre inférieure de plus de 20 % à la moyenne fait l’objet d’une demande de précisions ; elle n’est rejetée qu’après examen des justifications.',
    'Les offres irrégulières sont éliminées.',
    'The lowest price gets the highest mark.',
  ])('leaves %s alone', (text) => expect(lowOfferExclusion(text)).toBeUndefined());
});
