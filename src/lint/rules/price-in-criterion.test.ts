import { describe, expect, it } from 'vitest';
import { testRule } from '../../../test/fixtures/lint/harness.js';
import { customCriterion } from '../../../test/fixtures/lint/custom.js';
import { priceRule } from './price-in-criterion.js';

const good = customCriterion();
const path = (...rest: (string | number)[]) => ['criteria', 'custom', 0, ...rest];

testRule('legal/price-in-criterion', {
  valid: [
    { name: 'criteria that judge effects', patch: () => {} },
    { name: 'a custom criterion without price rule', patch: (s) => (s.criteria.custom = [customCriterion()]) },
    {
      name: 'a criterion on the price families pay (an effect, not a marking rule)',
      patch: (s) => (s.criteria.custom = [customCriterion({ label: { fr: 'Prix du repas payé par les familles les plus modestes', en: 'Meal price paid by the poorest families' } })]),
    },
  ],
  invalid: [
    {
      name: 'the proportional formula written in a question (issue 16)',
      patch: (s) =>
        (s.criteria.custom = [customCriterion({ question: { fr: 'Valeur économique : note = 40 × prix le plus bas / prix de l’offre.', en: (good.question as { en: string }).en } })]),
      errors: [{ messageId: 'formula', path: path('question', 'fr') }],
    },
    {
      name: 'Pmin/P in a level descriptor',
      patch: (s) =>
        (s.criteria.custom = [
          customCriterion({ levels: { fr: (good.levels as { fr: string[] }).fr, en: [...(good.levels as { en: string[] }).en.slice(0, 5), 'Mark 5 × Pmin/P for the cheapest offers'] } }),
        ]),
      errors: [{ messageId: 'formula', path: path('levels', 'en', 5) }],
    },
    {
      name: 'the lowest price receives full marks, in an evidence line (English spec text of a French spec)',
      patch: (s) => (s.criteria.custom = [customCriterion({ evidence: { fr: ['Simulation des temps de trajet'], en: ['Price schedule: the lowest price receives full marks'] } })]),
      errors: [{ messageId: 'formula', path: path('evidence', 'en', 0) }],
    },
  ],
});

// Rewordings of a price rule in a criterion, and criterion texts that only mention price.
describe('priceRule', () => {
  it.each([
    'note = 40 × prix le plus bas / prix de l’offre',
    'Note prix = 40 x (Pmin / P)',
    'N = Nmax × Pmin / Pi',
    'Pmin/P',
    'P / Pmin',
    'L’offre la moins disante obtient la note maximale.',
    'Le prix le plus bas obtient 40 points.',
    'La note maximale est attribuée au prix le plus bas.',
    'the lowest price receives full marks',
    'The lowest price gets the highest mark.',
    'The cheapest bid will receive 30 points.',
    'mark = 30 × lowest price / bid price',
    'Full marks go to the lowest price',
  ])('finds %s', (t) => expect(priceRule(t)).toBeDefined());
  it.each([
    'Prix du repas payé par les familles les plus modestes',
    'Note méthodologique',
    'Coût complet pour les usagers sur la durée du marché',
    'Part des usagers satisfaits du prix du service',
    'The offer with the best usage performance gets the highest mark on this sub-criterion.',
    'Réduire de 15 % le coût du service par habitant',
    'Level 5: targets above the specification, 20 points of margin shown by a calculation',
  ])('leaves %s alone', (t) => expect(priceRule(t)).toBeUndefined());
});
