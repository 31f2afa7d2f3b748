import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('efc/performance-remuneration', {
  valid: [
    { name: 'bonus-malus with a cap', patch: () => {} },
    { name: 'gain sharing with the buyer’s share', patch: (s) => (s.remuneration = { fixed_share: 85, performance_share: 15, mechanism: 'gain-sharing', buyer_gain_share: 50 }) },
  ],
  invalid: [
    {
      name: 'entirely fixed price',
      patch: (s) => (s.remuneration = { fixed_share: 100, performance_share: 0, mechanism: 'none' }),
      errors: [{ messageId: 'independent', path: ['remuneration', 'performance_share'] }],
    },
    {
      name: 'performance share without mechanism',
      patch: (s) => (s.remuneration = { fixed_share: 80, performance_share: 20, mechanism: 'none' }),
      errors: [{ messageId: 'no-mechanism', path: ['remuneration', 'mechanism'] }],
    },
    {
      name: 'bonus-malus without a ceiling (info)',
      patch: (s) => delete s.remuneration.cap_percent,
      errors: [{ messageId: 'no-cap', severity: 'info', path: ['remuneration', 'mechanism'] }],
    },
  ],
});
