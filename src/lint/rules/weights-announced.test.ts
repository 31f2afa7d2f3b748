import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('legal/weights-announced', {
  valid: [
    { name: 'every sub-criterion weighted', patch: () => {} },
    { name: 'a criterion excluded rather than zeroed', patch: (s) => (s.criteria.exclude = ['lintfx-remuneration']) },
  ],
  invalid: [
    { name: 'sub-criterion given 0 points', patch: (s) => (s.criteria.weights = { 'lintfx-performance': 0 }), errors: [{ messageId: 'zero', path: ['criteria', 'weights', 'lintfx-performance'] }] },
  ],
});
