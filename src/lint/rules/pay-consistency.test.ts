import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('legal/pay-consistency', {
  valid: [
    { name: 'caps that leave the whole performance share at stake', patch: () => {} },
    { name: 'a fixed price, no performance part', patch: (s) => (s.remuneration = { fixed_share: 100, performance_share: 0, mechanism: 'none' }) },
  ],
  invalid: [
    {
      name: 'a 20 % share with a malus held to 10 % of the fixed part: part of the variable pay is fixed',
      patch: (s) => (s.remuneration.caps = { bonus: { percent: 10 }, malus: { percent: 10 } }),
      errors: [{ messageId: 'cap-below-share', path: ['remuneration', 'caps'] }],
    },
    {
      name: 'the same, explained: an info',
      patch: (s) => {
        s.remuneration.caps = { bonus: { percent: 10 }, malus: { percent: 10 } };
        s.remuneration.cap_rationale = 'Le malus est limité à 10 % de la part fixe pour rester proportionné.';
      },
      errors: [{ messageId: 'cap-below-share', severity: 'info', path: ['remuneration', 'caps'] }],
    },
    {
      name: 'a pay rule on an indicator the spec does not have',
      patch: (s) => (s.remuneration.indicators[0].indicator = 'dma-par-habitan'),
      errors: [{ messageId: 'indicator-unknown', path: ['remuneration', 'indicators', 0, 'indicator'] }],
    },
    {
      name: 'a missing measurement counted as not achieved on a linear malus without floor',
      patch: (s) => delete s.remuneration.indicators[0].malus_cap,
      errors: [{ messageId: 'missing-rule-unbounded', path: ['remuneration', 'indicators', 0, 'malus_cap'] }],
    },
  ],
});
