import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('legal/single-price', {
  valid: [
    { name: 'quality and price', patch: () => {} },
    { name: 'price dominant but not alone', patch: (s) => (s.criteria.weights = { prix: 90, performance: 10, solution: 0, cooperation: 0 }) },
  ],
  invalid: [
    {
      name: 'every quality criterion set to 0',
      patch: (s) => (s.criteria.weights = { performance: 0, solution: 0, cooperation: 0, prix: 100 }),
      errors: [{ messageId: 'single', path: ['criteria', 'weights', 'prix'] }],
    },
  ],
});
