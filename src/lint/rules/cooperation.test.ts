import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('efc/cooperation', {
  valid: [
    { name: 'expectations and governance', patch: () => {} },
    { name: 'governance only', patch: (s) => (s.cooperation = { governance: { reflexive_review: 'Retour d’expérience annuel avec les agents et les usagers.' } }) },
  ],
  invalid: [
    { name: 'no cooperation block', patch: (s) => delete s.cooperation, errors: [{ messageId: 'none', path: ['cooperation'] }] },
    {
      name: 'no criterion judges cooperation (info)',
      patch: (s) => ((s.criteria.exclude = ['lintfx-cooperation']), (s.criteria.weights = { cooperation: 0, performance: 50 })),
      errors: [{ messageId: 'no-criterion', severity: 'info', path: ['criteria', 'libraries'] }],
    },
  ],
});
