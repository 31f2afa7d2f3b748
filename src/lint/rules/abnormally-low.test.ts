import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('legal/abnormally-low', {
  valid: [
    { name: 'default handling', patch: () => {} },
    { name: 'justification request', patch: (s) => (s.price.abnormally_low = { handling: 'justification-request', threshold_percent: 15 }) },
  ],
  invalid: [
    {
      name: 'automatic exclusion',
      patch: (s) => (s.price.abnormally_low = { handling: 'automatic-exclusion', threshold_percent: 20 }),
      errors: [{ messageId: 'automatic', path: ['price', 'abnormally_low', 'handling'] }],
    },
  ],
});
