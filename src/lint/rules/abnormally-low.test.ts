import { describe, expect, it } from 'vitest';
import { testRule } from '../../../test/fixtures/lint/harness.js';
import { lowOfferExclusion } from './abnormally-low.js';

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
  ],
});

describe('lowOfferExclusion', () => {
  it.each([
    'Toute offre inférieure de plus de 20 % à la moyenne est écartée sans autre examen.',
    'Les offres dont le prix est inférieur de 15 % à l’estimation seront rejetées.',
    'Bids more than 25% below the average price will be rejected.',
  ])('flags %s', (text) => expect(lowOfferExclusion(text)).toBeDefined());
  it.each([
    'Une offre inférieure de plus de 20 % à la moyenne fait l’objet d’une demande de précisions ; elle n’est rejetée qu’après examen des justifications.',
    'Les offres irrégulières sont éliminées.',
    'The lowest price gets the highest mark.',
  ])('leaves %s alone', (text) => expect(lowOfferExclusion(text)).toBeUndefined());
});
