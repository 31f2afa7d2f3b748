import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('legal/environmental-execution-condition', {
  valid: [{ name: 'an environmental execution condition', patch: () => {} }],
  invalid: [
    {
      name: 'none, for a consultation launched from 21 August 2026',
      patch: (s) => (s.contract.environmental_conditions = []),
      errors: [{ messageId: 'required', path: ['contract'] }],
    },
    {
      name: 'none and no contract block at all: reported at the launch date',
      patch: (s) => delete s.contract,
      errors: [{ messageId: 'required', path: ['tender', 'consultation_start'] }],
    },
    {
      name: 'none, before 21 August 2026: a warning',
      patch: (s) => {
        s.tender.consultation_start = '2026-08-20';
        s.contract.environmental_conditions = [];
      },
      errors: [{ messageId: 'advised', severity: 'warning', path: ['contract'] }],
    },
  ],
});
