import { testRule } from '../../../test/fixtures/lint/harness.js';

const customEnv = {
  id: 'transport-emissions',
  label: { fr: 'Émissions du transport des déchets', en: 'Emissions from transporting waste' },
  family: 'environment',
  judges: 'effects',
  environmental: true,
  question: { fr: 'Quelles émissions de CO2e par tonne transportée ?', en: 'Which CO2e emissions per tonne transported?' },
  evidence: { fr: ['Bilan carbone'], en: ['Carbon footprint'] },
  levels: {
    fr: ['Aucune donnée sur les émissions fournie', 'Émissions estimées sans aucune méthode', 'Méthode décrite mais sans cible chiffrée', 'Cible chiffrée avec méthode de calcul', 'Cible chiffrée et trajectoire annuelle crédible', 'Cible supérieure, démontrée par un calcul vérifiable'],
    en: ['No emission data provided at all', 'Emissions estimated with no method', 'Method described but no quantified target', 'Quantified target with a calculation method', 'Quantified target and a credible yearly trajectory', 'Higher target shown by a verifiable calculation'],
  },
};

testRule('legal/environmental-criterion', {
  valid: [
    { name: 'library environmental criterion', patch: () => {} },
    { name: 'custom environmental criterion', patch: (s) => ((s.criteria.exclude = ['lintfx-emissions']), (s.criteria.custom = [customEnv])) },
    { name: 'before 21 Aug 2026 with one', patch: (s) => (s.tender.consultation_start = '2026-03-01') },
  ],
  invalid: [
    { name: 'none, consultation after the date', patch: (s) => (s.criteria.exclude = ['lintfx-emissions']), errors: [{ messageId: 'required', path: ['criteria', 'libraries'] }] },
    {
      name: 'none, consultation on 21 Aug 2026 exactly',
      patch: (s) => ((s.criteria.exclude = ['lintfx-emissions']), (s.tender.consultation_start = '2026-08-21')),
      errors: [{ messageId: 'required', path: ['criteria', 'libraries'] }],
    },
    {
      name: 'none, consultation the day before: warning',
      patch: (s) => ((s.criteria.exclude = ['lintfx-emissions']), (s.tender.consultation_start = '2026-08-20')),
      errors: [{ messageId: 'advised', severity: 'warning', path: ['criteria', 'libraries'] }],
    },
    { name: 'environmental criterion weighted 0', patch: (s) => (s.criteria.weights = { 'lintfx-emissions': 0 }), errors: [{ messageId: 'required', path: ['criteria', 'libraries'] }] },
  ],
});
