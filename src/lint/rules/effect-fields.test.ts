import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('efc/effect-fields', {
  valid: [{ name: 'social, ecology and economy indicators', patch: () => {} }],
  invalid: [
    { name: 'no economy indicator', patch: (s) => s.usage_performance.pop(), errors: [{ messageId: 'field', path: ['usage_performance'] }] },
    { name: 'no indicator at all', patch: (s) => (s.usage_performance = []), errors: [{ messageId: 'none', path: ['usage_performance'] }] },
  ],
});
