import { describe, expect, it } from 'vitest';
import { lintPatched, of, testRule } from '../../../test/fixtures/lint/harness.js';
import { customCriterion } from '../../../test/fixtures/lint/custom.js';
import { environmentalTerm } from './environmental-criterion.js';

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

/** A methodology note flagged environmental (issue 16): its family and texts say nothing of the environment. */
const methodologyNote = customCriterion({
  id: 'methodology-note',
  label: { fr: 'Note méthodologique', en: 'Methodology note' },
  family: 'service-quality',
  environmental: true,
  question: { fr: 'Présentez l’organisation proposée pour exécuter le marché.', en: 'Describe how you will organise the contract.' },
  evidence: { fr: ['Mémoire technique'], en: ['Technical statement'] },
});

/** An emissions criterion without the flag. */
const unflaggedEmissions = { ...customEnv, id: 'fleet-emissions', family: 'usage-performance', environmental: false, label: { fr: 'Émissions de CO2 des véhicules de collecte', en: 'CO2 emissions of collection vehicles' } };

const noLibraryEnv = (s: Record<string, any>) => (s.criteria.exclude = ['lintfx-emissions']); // eslint-disable-line @typescript-eslint/no-explicit-any

testRule('legal/environmental-criterion', {
  valid: [
    { name: 'library environmental criterion', patch: () => {} },
    { name: 'custom environmental criterion', patch: (s) => (noLibraryEnv(s), (s.criteria.custom = [customEnv])) },
    { name: 'before 21 Aug 2026 with one', patch: (s) => (s.tender.consultation_start = '2026-03-01') },
    {
      name: 'a flagged criterion outside the environment family whose text is environmental',
      patch: (s) => (noLibraryEnv(s), (s.criteria.custom = [{ ...customEnv, family: 'usage-performance' }])),
    },
  ],
  invalid: [
    { name: 'none, consultation after the date', patch: noLibraryEnv, errors: [{ messageId: 'required', path: ['criteria', 'libraries'] }] },
    {
      name: 'none, consultation on 21 Aug 2026 exactly',
      patch: (s) => (noLibraryEnv(s), (s.tender.consultation_start = '2026-08-21')),
      errors: [{ messageId: 'required', path: ['criteria', 'libraries'] }],
    },
    {
      name: 'none, consultation the day before: warning',
      patch: (s) => (noLibraryEnv(s), (s.tender.consultation_start = '2026-08-20')),
      errors: [{ messageId: 'advised', severity: 'warning', path: ['criteria', 'libraries'] }],
    },
    { name: 'environmental criterion weighted 0', patch: (s) => (s.criteria.weights = { 'lintfx-emissions': 0 }), errors: [{ messageId: 'required', path: ['criteria', 'libraries'] }] },
    {
      name: 'a methodology note flagged environmental is the only one: error (issue 16)',
      patch: (s) => (noLibraryEnv(s), (s.criteria.custom = [methodologyNote])),
      errors: [{ messageId: 'flag-unsupported', path: ['criteria', 'custom', 0] }],
    },
    {
      name: 'a methodology note flagged environmental next to a real one: warning',
      patch: (s) => (s.criteria.custom = [methodologyNote]),
      errors: [{ messageId: 'flag-unsupported', severity: 'warning', path: ['criteria', 'custom', 0] }],
    },
    {
      name: 'an emissions criterion without the flag, none flagged: the error, and a warning naming it (issue 16)',
      patch: (s) => (noLibraryEnv(s), (s.criteria.custom = [unflaggedEmissions])),
      errors: [
        { messageId: 'required', path: ['criteria', 'libraries'] },
        { messageId: 'flag-missing', severity: 'warning', path: ['criteria', 'custom', 0] },
      ],
    },
    {
      name: 'an emissions criterion without the flag next to a flagged one: info',
      patch: (s) => (s.criteria.custom = [unflaggedEmissions]),
      errors: [{ messageId: 'flag-missing', severity: 'info', path: ['criteria', 'custom', 0] }],
    },
  ],
});

describe('the hint names the criterion and where it is written', () => {
  it('custom criterion: id, label and spec file:line:col', () => {
    const run = lintPatched((s) => (noLibraryEnv(s), (s.criteria.custom = [unflaggedEmissions])));
    const [f] = of(run, 'legal/environmental-criterion').filter((x) => x.messageId === 'flag-missing');
    const pos = run.loaded.source.positionOf(['criteria', 'custom', 0, 'id']);
    expect(f!.message).toContain('« Émissions de CO2 des véhicules de collecte » (fleet-emissions)');
    expect(f!.message).toContain('« emissions »');
    expect(f!.hint).toContain(`fleet-emissions, écrit en spec.yaml:${pos.line}:${pos.col}`);
  });
  it('library criterion: reported at the line that brings it, the hint names the library file:line:col', () => {
    const run = lintPatched((s) => (noLibraryEnv(s), (s.criteria.include = ['lintfx-methodology-flagged'])));
    const found = of(run, 'legal/environmental-criterion');
    expect(found.map((f) => [f.messageId, f.severity, f.line])).toEqual([['flag-unsupported', 'error', run.loaded.source.positionOf(['criteria', 'include', 0]).line]]);
    expect(found[0]!.message).toContain('« Note méthodologique » (lintfx-methodology-flagged)');
    expect(found[0]!.message).toContain('service-quality');
    expect(found[0]!.hint).toMatch(/lintfx-methodology-flagged, écrit en .*lintfx-lib\.yaml:\d+:\d+\)/);
  });
});

describe('environmentalTerm', () => {
  it.each(['Émissions de gaz à effet de serre évitées', 'Consommation d’énergie des bâtiments', 'Réduction des déchets et du gaspillage', 'Protection de la biodiversité', 'Waste sent to landfill', 'Energy use per passenger'])(
    '%s is environmental',
    (t) => expect(environmentalTerm(t)).toBeDefined(),
  );
  it.each(['Note méthodologique', 'Organisation de l’équipe affectée', 'Qualité du service rendu aux usagers', 'Methodology note', 'Solution durable'])('%s is not', (t) =>
    expect(environmentalTerm(t)).toBeUndefined(),
  );
});
