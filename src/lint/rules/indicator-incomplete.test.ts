import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('efc/indicator-incomplete', {
  valid: [
    { name: 'complete indicators', patch: () => {} },
    { name: 'increase with target above baseline', patch: (s) => (s.usage_performance[1].target = 90) },
    {
      name: 'baseline left to be measured in year 1, with how',
      patch: (s) => (delete s.usage_performance[0].baseline, delete s.usage_performance[0].baseline_year, (s.usage_performance[0].baseline_measured_in_year_1 = 'Pesées de la première année')),
    },
  ],
  invalid: [
    {
      name: 'no target and no horizon',
      patch: (s) => (delete s.usage_performance[1].target, delete s.usage_performance[1].horizon),
      errors: [{ messageId: 'missing', path: ['usage_performance', 1] }],
    },
    { name: 'no baseline and no plan to measure it', patch: (s) => delete s.usage_performance[0].baseline, errors: [{ messageId: 'missing', path: ['usage_performance', 0] }] },
    { name: 'no measurement method', patch: (s) => delete s.usage_performance[2].measurement, errors: [{ messageId: 'missing', path: ['usage_performance', 2] }] },
    {
      name: 'decrease with target above baseline',
      patch: (s) => (s.usage_performance[0].target = 600),
      errors: [{ messageId: 'direction-decrease', severity: 'error', path: ['usage_performance', 0, 'target'] }],
    },
  ],
});
