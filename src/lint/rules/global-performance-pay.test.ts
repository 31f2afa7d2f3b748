import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('legal/global-performance-pay', {
  valid: [
    { name: 'another procedure with a fixed price', patch: (s) => (s.remuneration = { fixed_share: 100, performance_share: 0, mechanism: 'none' }) },
    { name: 'a marché global de performance whose pay is tied to an indicator', patch: (s) => (s.tender.procedure = 'marche-global-performance') },
  ],
  invalid: [
    {
      name: 'a marché global de performance with a fixed price',
      patch: (s) => {
        s.tender.procedure = 'marche-global-performance';
        s.remuneration = { fixed_share: 100, performance_share: 0, mechanism: 'none' };
      },
      errors: [{ messageId: 'none', path: ['remuneration'] }],
    },
    {
      name: 'a marché global de performance whose pay rules attach no amount to any indicator',
      patch: (s) => {
        s.tender.procedure = 'marche-global-performance';
        s.remuneration.indicators[0].rate_eur = 0;
      },
      errors: [{ messageId: 'none', path: ['remuneration'] }],
    },
  ],
});
