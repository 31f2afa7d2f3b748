import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('efc/efc-share', {
  valid: [
    { name: 'profile weights', patch: () => {} },
    { name: 'EFC share raised', patch: (s) => (s.criteria.weights = { prix: 20, performance: 40 }) },
  ],
  invalid: [
    {
      name: 'price raised at the expense of an EFC group',
      patch: (s) => (s.criteria.weights = { prix: 40, performance: 20 }),
      errors: [{ messageId: 'below', path: ['criteria', 'weights', 'performance'] }],
    },
  ],
});
