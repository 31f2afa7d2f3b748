import { testRule } from '../../../test/fixtures/lint/harness.js';

testRule('legal/price-criterion', {
  valid: [
    { name: 'price group weighted', patch: () => {} },
    { name: 'no price group, justified', patch: (s) => ((s.criteria.profile = 'lintfx-no-price'), (s.criteria.no_price_justification = 'Prix fixé par délibération ; seule la qualité départage les offres.')) },
  ],
  invalid: [
    { name: 'no price group, no justification', patch: (s) => (s.criteria.profile = 'lintfx-no-price'), errors: [{ messageId: 'missing', path: ['criteria', 'profile'] }] },
    { name: 'price weighted 0', patch: (s) => (s.criteria.weights = { prix: 0, performance: 60 }), errors: [{ messageId: 'missing', path: ['criteria', 'weights', 'prix'] }] },
    {
      name: 'justification given although price is weighted (info)',
      patch: (s) => (s.criteria.no_price_justification = 'Sans objet.'),
      errors: [{ messageId: 'unused', severity: 'info', path: ['criteria', 'no_price_justification'] }],
    },
  ],
});
