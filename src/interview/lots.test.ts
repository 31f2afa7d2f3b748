/**
 * Lots in the interview (issue 14, items 2–3): a single lot with its reasons by default; several lots, each with its
 * title, object, and the award grid and indicators it shares or has of its own — a spec the loader accepts, whose
 * lots resolve to their own grids; the review screen shows every tender-file decision.
 */
import { describe, expect, it } from 'vitest';
import { ScriptedAsker } from '../../test/helpers/interview.js';
import { loadCatalog } from '../load/catalog.js';
import { loadSpecText } from '../load/spec.js';
import { parseYamlText } from '../load/yaml.js';
import { lintLoaded } from '../lint/index.js';
import { resolveLots } from '../select/lots.js';
import { buildSpec, specYaml } from './build.js';
import { DefaultsAsker } from './defaults-asker.js';
import { FIRST_TENDERS } from '../../test/fixtures/interview/first-tenders.js';
import { lotsQuestion } from './questions/lots.js';
import { allPayBaselinesInYear1, reviewSpec } from './review.js';
import { runQuestions } from './runner.js';
import type { Answers } from './types.js';

const catalog = loadCatalog();

async function interview(script: Record<string, unknown>) {
  const asker = new ScriptedAsker(script);
  const { answers, problems } = await runQuestions({ catalog, lang: 'fr', asker });
  expect(problems).toEqual([]);
  const built = buildSpec(answers, 'fr', catalog);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  const text = specYaml(built.spec, 'fr', 'spec.yaml');
  return { asker, answers, text, loaded: loadSpecText(text, 'spec.yaml') };
}

const TWO_LOTS = {
  ...FIRST_TENDERS.catering,
  'tender.lots.divided': 'divided',
  'tender.lots.count': '2',
  'tender.lots[0].title': 'Repas des écoles',
  'tender.lots[0].object': 'Des repas que les enfants mangent, avec moins de gaspillage.',
  'tender.lots[1].title': 'Portage de repas aux aînés',
  'tender.lots[1].share': 'both',
  'tender.lots[1].profile': 'quality-60-price-40',
};

describe('lots in the interview', () => {
  it('single lot by default: the reasons are asked with a proposal, and the review shows every tender-file decision', async () => {
    const { asker, loaded, text } = await interview(FIRST_TENDERS.waste);
    expect(asker.asked).toContain('tender.lots.divided');
    expect(asker.asked).toContain('consultation.lots_not_divided_reason');
    expect(loaded.spec.tender.lots).toEqual([]);
    expect(loaded.spec.consultation.lots_not_divided_reason).toMatch(/interdépendantes/);
    const review = await reviewSpec(loaded.spec, text, 'spec.yaml', catalog, 'fr');
    expect(review.text).toContain('Dossier de consultation :');
    expect(review.text).toContain('Remise des offres : 2027-04-05 à 12:00 ; réponses aux questions au plus tard le 2027-03-30');
    expect(review.text).toMatch(/Lot unique — motif : Les composantes/);
    expect(review.text).toContain('Variantes : non autorisées ; visite : aucune ; CPV : à préciser');
    expect(review.text).toContain('Validité des offres : 120 jours ; négociation : prévue');
    // A competitive dialogue (proposed from the amount) invites at least 3 candidates.
    expect(loaded.spec.consultation.candidature.min_candidates).toBe(3);
    expect(review.text).toContain('Au moins 3 candidats invités à remettre une offre');
  });

  it('two lots: titles, a lot’s object, a lot with its own indicators and weighting — the spec loads and each lot has its grid', async () => {
    const first = await interview(FIRST_TENDERS.catering);
    const ids = first.loaded.spec.usage_performance.map((i) => i.id);
    const { loaded, text, asker } = await interview({ ...TWO_LOTS, 'tender.lots[1].indicators': [ids[1]] });
    const { spec } = loaded;
    expect(spec.tender.lots).toEqual([
      { number: 1, title: 'Repas des écoles', object: 'Des repas que les enfants mangent, avec moins de gaspillage.' },
      { number: 2, title: 'Portage de repas aux aînés', indicators: [ids[1]], criteria: { profile: 'quality-60-price-40' } },
    ]);
    // With lots, there is no single-lot reason to give.
    expect(asker.asked).not.toContain('consultation.lots_not_divided_reason');
    expect(spec.consultation.lots_not_divided_reason).toBeUndefined();
    const lots = resolveLots(loaded, catalog, 'fr');
    expect(lots.map((l) => l.grid.profileId)).toEqual(['efc-50', 'quality-60-price-40']);
    expect(lots[1]!.loaded.spec.usage_performance.map((i) => i.id)).toEqual([ids[1]]);
    expect(lintLoaded(loaded, catalog).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const review = await reviewSpec(spec, text, 'spec.yaml', catalog, 'fr');
    expect(review.text).toContain('2 lots :');
    expect(review.text).toContain('Lot 1 : Repas des écoles — critères et indicateurs communs');
    expect(review.text).toContain('Lot 2 : Portage de repas aux aînés — 1 indicateur propre, sa propre pondération');
  });

  it('reads a lot’s object at once: a means typed there draws the warning', async () => {
    const { asker } = await interview({ ...TWO_LOTS, 'tender.lots[0].object': 'Le titulaire assure la livraison quotidienne de 2 400 repas en liaison froide', 'tender.lots[0].object.check': 'keep' });
    expect(asker.asked).toContain('tender.lots[0].object.check');
    expect(asker.said.join('\n')).toContain('porte sur des moyens');
  });

  it('changing a lot from the review keeps what the interview does not ask (its value, its CPV)', async () => {
    const lots = [
      { number: 1, title: 'Collecte', estimated_value_eur: 1000, cpv: '90511000-2' },
      { number: 2, title: 'Réemploi', estimated_value_eur: 500 },
    ];
    const asker = new ScriptedAsker({ 'tender.lots[0].title': 'Collecte séparée' });
    const answers: Answers = { life_function: 'gerer-dechets', usage_performance: [] };
    const out = await lotsQuestion.editItem!({ asker, lang: 'fr', catalog, answers, progress: () => undefined }, lots, 0);
    expect(out).toEqual([{ number: 1, title: 'Collecte séparée', estimated_value_eur: 1000, cpv: '90511000-2' }, lots[1]]);
  });

  it('replay refuses one lot, or a lot naming an indicator the spec does not have, at its line', async () => {
    const text = [
      'usage_performance:',
      '  - { id: a, label: A, unit: "%", field: social, direction: increase, target: 50, measurement: M }',
      'tender.lots:',
      '  - { number: 1, title: Un, indicators: [b] }',
      '  - { number: 2, title: Deux }',
      'life_function: gerer-dechets',
    ].join('\n');
    const source = parseYamlText(text, 'answers.yaml');
    const answers = source.data as Answers;
    const { problems } = await runQuestions({ catalog, lang: 'fr', asker: new DefaultsAsker(), answers, replay: { source, base: [] } });
    const lotProblem = problems.find((p) => p.path?.[0] === 'tender.lots');
    expect(lotProblem).toMatchObject({ code: 'answer-invalid', line: 3 });
    expect(lotProblem!.message).toMatch(/indicator the spec no longer has/);
  });
});

describe('year-1 baselines and pay', () => {
  it('warns on the review when every paid indicator’s baseline is left for year 1 (pay cannot start in year 1)', async () => {
    const script = { ...FIRST_TENDERS.waste, 'usage_performance[0].baseline': '', 'remuneration.mechanism': 'bonus-malus' };
    const { loaded, text, asker } = await interview(script);
    expect(loaded.spec.usage_performance.every((i) => i.baseline === undefined)).toBe(true);
    // Told when pay is chosen, and again on the review.
    expect(asker.said.join('\n')).toContain('ne peut donc commencer qu’en deuxième année');
    expect(allPayBaselinesInYear1(loaded.spec)).toBe(true);
    const review = await reviewSpec(loaded.spec, text, 'spec.yaml', catalog, 'fr');
    expect(review.text).toContain('ne peut donc commencer qu’en deuxième année');
    // One known baseline is enough for pay to start in year 1: no warning.
    const known = await interview(FIRST_TENDERS.waste);
    expect(allPayBaselinesInYear1(known.loaded.spec)).toBe(false);
    expect(known.asker.said.join('\n')).not.toContain('deuxième année');
    expect((await reviewSpec(known.loaded.spec, known.text, 'spec.yaml', catalog, 'fr')).text).not.toContain('deuxième année');
  });
});
