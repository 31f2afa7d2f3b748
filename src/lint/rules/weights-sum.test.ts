import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('legal/weights-sum', {
  valid: [
    { name: 'profile weights', patch: () => {} },
    { name: 'overrides that keep 100', patch: (s) => (s.criteria.weights = { prix: 20, performance: 40 }) },
    { name: 'sub-criterion weight inside its group', patch: (s) => (s.criteria.weights = { 'lintfx-performance': 20 }) },
  ],
  invalid: [
    { name: 'price lowered to 25: sum 95', patch: (s) => (s.criteria.weights = { prix: 25 }), errors: [{ messageId: 'groups', path: ['criteria', 'weights', 'prix'] }] },
    { name: 'a group raised: sum 110', patch: (s) => (s.criteria.weights = { performance: 40 }), errors: [{ messageId: 'groups', path: ['criteria', 'weights', 'performance'] }] },
    {
      name: 'sub-criterion heavier than its group (reported by selection, under the rule id)',
      patch: (s) => (s.criteria.weights = { 'lintfx-performance': 40 }),
      errors: [{ messageId: 'input', path: ['criteria', 'weights', 'lintfx-performance'] }],
    },
  ],
});
