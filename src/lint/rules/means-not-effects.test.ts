import { testRule } from '../../../test/fixtures/lint/harness.js';
import { customCriterion } from '../../../test/fixtures/lint/custom.js';

testRule('efc/means-not-effects', {
  valid: [
    { name: 'effects only', patch: () => {} },
    { name: 'means named only to be ruled out', patch: (s) => (s.tender.object = 'Le titulaire est rémunéré sur les résultats obtenus, et non sur les tonnages collectés.') },
    { name: 'effects custom criterion', patch: (s) => (s.criteria.custom = [customCriterion()]) },
  ],
  invalid: [
    { name: 'library criterion that judges means', patch: (s) => (s.criteria.include = ['lintfx-fleet']), errors: [{ messageId: 'declared', path: ['criteria', 'include', 0] }] },
    { name: 'criterion declared effects but worded as a frequency', patch: (s) => (s.criteria.include = ['lintfx-frequency']), errors: [{ messageId: 'criterion', path: ['criteria', 'include', 0] }] },
    {
      name: 'custom criterion counting staff',
      patch: (s) => (s.criteria.custom = [customCriterion({ question: { fr: 'Combien d’agents et de chauffeurs affectez-vous à la collecte ?', en: 'How many staff and drivers do you assign?' } })]),
      errors: [{ messageId: 'criterion', path: ['criteria', 'custom', 0] }],
    },
    {
      name: 'object prescribing a collection frequency',
      patch: (s) => (s.tender.object = 'Collecte des ordures ménagères en porte-à-porte deux fois par semaine.'),
      errors: [{ messageId: 'requirement', path: ['tender', 'object'] }],
    },
    {
      name: 'indicator that counts vehicles',
      patch: (s) => (s.usage_performance[0].label = 'Nombre de bennes affectées au marché'),
      errors: [{ messageId: 'requirement', path: ['usage_performance', 0, 'label'] }],
    },
  ],
});
