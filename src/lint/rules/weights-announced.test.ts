import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('legal/weights-announced', {
  valid: [
    { name: 'every sub-criterion weighted', patch: () => {} },
    { name: 'a criterion excluded rather than zeroed', patch: (s) => (s.criteria.exclude = ['lintfx-remuneration']) },
    { name: 'a split that falls on hundredths (36 points as 24 + 12)', patch: (s) => (s.criteria.weights = { performance: 36, prix: 24 }) },
    { name: 'a split the buyer rounded himself', patch: (s) => (s.criteria.weights = { performance: 35, prix: 25, 'lintfx-performance': 23.33 }) },
  ],
  invalid: [
    // 35 points shared 2:1 by the tool: 23,333… and 11,666…, announced 23,33 and 11,67.
    { name: 'a split the tool rounded to 0.01', patch: (s) => (s.criteria.weights = { performance: 35, prix: 25 }), errors: [{ messageId: 'rounded', severity: 'info', path: ['criteria', 'weights', 'performance'] }] },
    { name: 'sub-criterion given 0 points', patch: (s) => (s.criteria.weights = { 'lintfx-performance': 0 }), errors: [{ messageId: 'zero', path: ['criteria', 'weights', 'lintfx-performance'] }] },
  ],
});
