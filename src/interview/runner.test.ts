import { describe, expect, it } from 'vitest';
import { ScriptedAsker } from '../../test/helpers/interview.js';
import { loadCatalog } from '../load/catalog.js';
import { loadSpecText } from '../load/spec.js';
import { parseYamlText } from '../load/yaml.js';
import { selectCriteria } from '../select/select.js';
import { buildSpec, specYaml } from './build.js';
import { runQuestions, type RunState } from './runner.js';
import type { Answers } from './types.js';
import { ADD_MORE } from './prompts.js';

const catalog = loadCatalog();

/** A waste interview as a person would answer it, prompt by prompt (unscripted prompts take their default). */
const WASTE: Record<string, unknown> = {
  'buyer.name': 'Syndicat mixte des déchets du Lauragais',
  'territory.name': 'Lauragais',
  'territory.description': 'Trente communes rurales qui veulent réduire leurs déchets à la source.',
  'territory.population': '42 000',
  'tender.title': 'Prévention et collecte des déchets ménagers',
  'tender.reference': 'SMDL-2027-01',
  'tender.duration_months': ['soixante', '0', '60'],
  'tender.consultation_start': ['2027-02-30', '15/01/2027'],
  life_function: 'gerer-dechets',
  'stakes.pick': [ADD_MORE],
  'stakes[0]': 'Trop de biodéchets dans les ordures résiduelles.',
  'actors.pick': [ADD_MORE],
  'actors[0].name': 'Ressourcerie du Lauragais',
  'actors[0].kind': 'ess',
  'actors[0].status': 'engaged',
  'usage_performance.pick': ['omr-per-inhabitant'],
  'usage_performance[0].target': '150',
  'usage_performance[0].baseline': ['100', '200'],
  'useful_effects.social.pick': [ADD_MORE],
  'useful_effects.social[0]': 'Des habitants qui trient plus facilement.',
  'integrated_solution.components.pick': [ADD_MORE],
  'integrated_solution.components[0]': 'Compostage partagé.',
  'criteria.profile': 'sicoval-70',
};

describe('runQuestions with a scripted asker', () => {
  it('runs a complete waste interview whose spec reads back unchanged and selects its criteria', async () => {
    const asker = new ScriptedAsker(WASTE);
    const { answers, problems } = await runQuestions({ catalog, lang: 'fr', asker });
    expect(problems).toEqual([]);
    // The stages come in the order of the territorial approach: territory before uses before cooperation.
    const order = ['buyer.name', 'life_function', 'stakes.pick', 'actors[0].name', 'usage_performance.pick', 'useful_effects.social[0]', 'cooperation.expectations.pick', 'remuneration.mechanism', 'criteria.profile', 'consultation.deadline.date'];
    expect(order.map((k) => asker.asked.indexOf(k))).toEqual([...order.map((k) => asker.asked.indexOf(k))].sort((a, b) => a - b));
    expect(order.every((k) => asker.asked.includes(k))).toBe(true);

    const built = buildSpec(answers, 'fr', catalog);
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const { spec } = built;
    expect(spec.territory.population).toBe(42000);
    expect(spec.tender.duration_months).toBe(60);
    expect(spec.tender.consultation_start).toBe('2027-01-15');
    expect(spec.tender.document_date).toBe('2027-01-15');
    expect(spec.usage_performance).toHaveLength(1);
    // The horizon defaults to the contract's last year (launch 2027-01 + 60 months), the baseline year to the year before launch.
    expect(spec.usage_performance[0]).toMatchObject({ id: 'omr-per-inhabitant', baseline: 200, baseline_year: 2026, target: 150, horizon: 2032, direction: 'decrease' });
    expect(spec.useful_effects.social).toEqual(['Des habitants qui trient plus facilement.']);
    expect(spec.remuneration).toMatchObject({ fixed_share: 80, performance_share: 20 });

    const yaml = specYaml(spec, 'fr', 'waste.yaml');
    expect(loadSpecText(yaml, 'waste.yaml').spec).toEqual(spec);
    const grid = selectCriteria(loadSpecText(yaml, 'waste.yaml'), catalog);
    expect(grid.criteria.reduce((s, c) => s + c.weightHundredths, 0)).toBe(10000);
  });

  it('validates answers as they are typed, with the spec schema and the indicator direction', async () => {
    const asker = new ScriptedAsker(WASTE);
    await runQuestions({ catalog, lang: 'fr', asker });
    const rejected = Object.fromEntries(asker.rejected.map((r) => [`${r.key}=${r.value}`, r.message]));
    expect(rejected['tender.duration_months=soixante']).toMatch(/nombre/);
    expect(rejected['tender.duration_months=0']).toMatch(/au moins 1/);
    expect(rejected['tender.consultation_start=2027-02-30']).toMatch(/date/);
    expect(rejected['usage_performance[0].baseline=100']).toMatch(/au-dessus de la cible/);
    expect(asker.rejected).toHaveLength(4);
  });

  it('saves after every answer; an interruption keeps the answers and a resumed run asks only what is left', async () => {
    const saved: RunState[] = [];
    const first = new ScriptedAsker(WASTE, 'actors[0].status');
    await expect(runQuestions({ catalog, lang: 'fr', asker: first, save: (s) => saved.push(s) })).rejects.toMatchObject({ name: 'ExitPromptError' });
    const last = saved.at(-1)!;
    expect(last.answers['life_function']).toBe('gerer-dechets');
    expect(last.answers['territory.population']).toBe(42000);
    expect(last.answers['actors']).toBeUndefined();

    const resumed = new ScriptedAsker(WASTE);
    const { answers } = await runQuestions({ catalog, lang: 'fr', asker: resumed, answers: last.answers, partial: last.partial });
    expect(resumed.asked[0]).toBe('actors[0].name');
    expect(resumed.asked).not.toContain('buyer.name');
    const all = await runQuestions({ catalog, lang: 'fr', asker: new ScriptedAsker(WASTE) });
    expect(answers).toEqual(all.answers);
  });

  it('keeps the finished items of a list interrupted half-way', async () => {
    const saved: RunState[] = [];
    const script = { ...WASTE, 'actors[1].name': 'Communes membres', 'actors[1].kind': 'collectivite' };
    await expect(runQuestions({ catalog, lang: 'fr', asker: new ScriptedAsker(script, 'actors[1].status'), save: (s) => saved.push(s) })).rejects.toThrow();
    const last = saved.at(-1)!;
    expect(last.partial).toEqual({ id: 'actors', value: [{ name: 'Ressourcerie du Lauragais', kind: 'ess', status: 'engaged' }] });
    // On resume the actor already given is kept and the buyer carries on with the second one.
    const resumed = new ScriptedAsker(script);
    const { answers } = await runQuestions({ catalog, lang: 'fr', asker: resumed, answers: last.answers, partial: last.partial });
    expect(resumed.asked[0]).toBe('actors[1].name');
    expect((answers['actors'] as unknown[]).length).toBe(2);
    expect((answers['actors'] as { name: string }[])[0]!.name).toBe('Ressourcerie du Lauragais');
  });

  it('replays answers and reports unknown, invalid and missing ones together, with their line', async () => {
    const text = ['buyer.name: Sicoval', 'buyer.nmae: x', 'tender.duration_months: 0', 'life_function: gerer-dechets', ''].join('\n');
    const source = parseYamlText(text, 'answers.yaml');
    const { DefaultsAsker } = await import('./defaults-asker.js');
    const { problems } = await runQuestions({ catalog, lang: 'fr', asker: new DefaultsAsker(), answers: source.data as Answers, replay: { source, base: [] } });
    const byCode = (c: string) => problems.filter((p) => p.code === c);
    expect(byCode('answer-unknown-question')[0]).toMatchObject({ line: 2, path: ['buyer.nmae'] });
    expect(byCode('answer-unknown-question')[0]!.message).toContain('buyer.name');
    expect(byCode('answer-invalid')[0]).toMatchObject({ line: 3, path: ['tender.duration_months'] });
    const missing = byCode('answer-missing').map((p) => p.path![0]);
    expect(missing).toEqual(expect.arrayContaining(['territory.name', 'tender.reference', 'tender.consultation_start', 'usage_performance']));
    expect(missing).not.toContain('tender.procedure'); // has a default
  });
});
