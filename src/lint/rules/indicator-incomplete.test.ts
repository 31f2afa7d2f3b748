import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('efc/indicator-incomplete', {
  valid: [
    { name: 'complete indicators', patch: () => {} },
    { name: 'increase with target above baseline', patch: (s) => (s.usage_performance[1].target = 90) },
  ],
  invalid: [
    {
      name: 'no target and no horizon',
      patch: (s) => (delete s.usage_performance[1].target, delete s.usage_performance[1].horizon),
      errors: [{ messageId: 'missing', path: ['usage_performance', 1] }],
    },
    { name: 'no measurement method', patch: (s) => delete s.usage_performance[2].measurement, errors: [{ messageId: 'missing', path: ['usage_performance', 2] }] },
    {
      name: 'decrease with target above baseline',
      patch: (s) => (s.usage_performance[0].target = 600),
      errors: [{ messageId: 'direction-decrease', severity: 'error', path: ['usage_performance', 0, 'target'] }],
    },
  ],
});
