/**
 * The real @inquirer/prompts driven through a fake terminal: keystrokes are typed into each prompt as it
 * appears (arrows, space, Enter, Ctrl-C), and the YAML written at the end is checked.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeTerminal } from '../../test/helpers/interview.js';
import { Chalk } from 'chalk';
import { loadCatalog } from '../load/catalog.js';
import { loadSpec } from '../load/spec.js';
import { selectCriteria } from '../select/select.js';
import { InquirerAsker } from './inquirer-asker.js';
import { Session } from './session.js';
import { ADD_MORE } from './prompts.js';

const catalog = loadCatalog();
const firstStake = (fn: string): string => catalog.functions.get(fn)!.stakes.fr[0]!;
const noColor = new Chalk({ level: 0 });

async function interview(script: Record<string, unknown>, opts: { output: string; resume?: string; interruptAt?: string; lang?: 'fr' | 'en' }) {
  const term = fakeTerminal(script, opts.interruptAt);
  const asker = new InquirerAsker({ input: term.input, output: term.output }, noColor, term.onPrompt);
  const session = new Session({ catalog, asker, lang: opts.lang ?? 'fr', interactive: true, output: opts.output, resume: opts.resume });
  const result = await session.run().catch((err: unknown) => err as Error);
  return { result, term, session };
}

const WASTE: Record<string, unknown> = {
  'buyer.name': 'Syndicat mixte des déchets du Lauragais',
  'territory.name': 'Lauragais',
  'territory.description': 'Trente communes rurales qui veulent réduire leurs déchets à la source.',
  'territory.population': '42 000',
  'tender.title': 'Prévention et collecte des déchets ménagers',
  'tender.reference': 'SMDL-2027-01',
  'tender.procedure': 'marche-global-performance',
  'tender.duration_months': '60',
  'tender.consultation_start': '15/01/2027',
  life_function: 'gerer-dechets',
  'stakes.pick': [firstStake('gerer-dechets'), ADD_MORE],
  'stakes[1]': 'Trop de biodéchets dans les ordures résiduelles.',
  'actors.pick': [ADD_MORE],
  'actors[0].name': 'Ressourcerie du Lauragais',
  'actors[0].kind': 'ess',
  'actors[0].status': 'engaged',
  'actors[0].role': 'Réemploi des encombrants.',
  'usage_performance.pick': ['dma-per-inhabitant', 'reuse-rate'],
  'usage_performance[0].target': '500',
  'usage_performance[0].baseline': '590',
  'usage_performance[1].target': '5',
  'usage_performance[1].baseline': '2',
  'usage_performance.more': true,
  'usage_performance[1].horizon': '2030',
  'useful_effects.social.pick': [ADD_MORE],
  'useful_effects.social[0]': 'Des habitants qui trient plus facilement.',
  'useful_effects.economy.pick': [ADD_MORE],
  'useful_effects.economy[0]': 'Des emplois de réemploi sur le bassin de vie.',
  'externalities.reduce.pick': [ADD_MORE],
  'externalities.reduce[0]': 'Émissions des camions de collecte.',
  'integrated_solution.components.pick': [ADD_MORE],
  'integrated_solution.components[0]': 'Compostage partagé.',
  'integrated_solution.components[1]': 'Collecte séparée des biodéchets.',
  'details.cooperation': true,
  'cooperation.governance.steering_committee': 'Le syndicat, le titulaire et la ressourcerie.',
  'remuneration.mechanism': 'bonus-malus-and-gain-sharing',
  'remuneration.performance_share': '25',
  'criteria.profile': 'sicoval-70',
  'price.formula': 'proportional',
};

const MOBILITY: Record<string, unknown> = {
  'buyer.name': 'Communauté de communes du Val de Saône',
  'territory.name': 'Val de Saône',
  'territory.description': 'Vingt communes rurales autour de deux bourgs-centres.',
  'tender.title': 'Mobilité rurale solidaire vers l’emploi',
  'tender.reference': 'VDS-2027-MOB-01',
  'tender.duration_months': '48',
  'tender.consultation_start': '2027-03-01',
  life_function: 'se-deplacer',
  'stakes[1]': 'Des zones d’activité sans desserte aux horaires postés.',
  'stakes.pick': [firstStake('se-deplacer'), ADD_MORE],
  'actors.pick': [ADD_MORE],
  'actors[0].name': 'Mission locale rurale',
  'actors[0].kind': 'association',
  'usage_performance.pick': ['return-to-work-rate'],
  'usage_performance[0].target': '55',
  'usage_performance[0].baseline': '35',
  'usage_performance[1].new': 'Reste à charge mensuel des ménages accompagnés',
  'usage_performance[1].field': 'economy',
  'usage_performance[1].direction': 'decrease',
  'usage_performance[1].unit': '€/mois',
  'usage_performance[1].measurement': 'Enquête semestrielle auprès des ménages accompagnés',
  'usage_performance[1].target': '120',
  'usage_performance[1].baseline': '180',
  'useful_effects.social.pick': [ADD_MORE],
  'useful_effects.social[0]': 'Des demandeurs d’emploi sans voiture qui se rendent à leurs entretiens.',
  'integrated_solution.components.pick': [ADD_MORE],
  'integrated_solution.components[0]': 'Transport à la demande aux horaires postés.',
  'cooperation.expectations.pick': ['Coopération horizontale entre le titulaire et les autres acteurs qui contribuent à la solution.'],
  'remuneration.mechanism': 'gain-sharing',
  'remuneration.buyer_gain_share': '60',
  'criteria.profile': 'efc-50',
  'details.criteria': true,
  'criteria.libraries': ['efc-core', 'mobility'],
  'price.formula': 'mean-gap',
  'scoring.scale': 20,
};

// A prompt refusing its scripted answer waits for more keys: fail instead of waiting for ever.
describe('interview on a (fake) terminal', { timeout: 30_000 }, () => {
  it('writes the spec of a complete waste interview', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'efc-iv-'));
    const output = join(dir, 'waste.yaml');
    const { result, term } = await interview(WASTE, { output });
    expect(result).toMatchObject({ written: output });
    const { spec } = loadSpec(output);
    expect(spec.buyer.name).toBe('Syndicat mixte des déchets du Lauragais');
    expect(spec.tender).toMatchObject({ procedure: 'marche-global-performance', duration_months: 60, consultation_start: '2027-01-15', document_date: '2027-01-15' });
    expect(spec.territory.population).toBe(42000);
    expect(spec.stakes).toHaveLength(2);
    expect(spec.actors).toEqual([{ name: 'Ressourcerie du Lauragais', kind: 'ess', status: 'engaged', role: 'Réemploi des encombrants.' }]);
    // Horizons default to the contract's last year (launch 2027-01 + 60 months); the second was changed in "more details".
    expect(spec.usage_performance.map((i) => [i.id, i.baseline, i.target, i.horizon])).toEqual([
      ['dma-per-inhabitant', 590, 500, 2032],
      ['reuse-rate', 2, 5, 2030],
    ]);
    expect(spec.usage_performance[0]!.measurement).toBeTruthy(); // kept from the typical indicator
    expect(spec.remuneration).toMatchObject({ fixed_share: 75, performance_share: 25, mechanism: 'bonus-malus-and-gain-sharing', cap_percent: 25, buyer_gain_share: 50 });
    expect(spec.criteria).toMatchObject({ profile: 'sicoval-70', libraries: ['efc-core', 'waste'], include: [], exclude: [] });
    expect(selectCriteria(loadSpec(output), catalog).efcHundredths).toBe(7000);
    // The review screen showed the criteria with their points, and the draft is gone once the spec is written.
    expect(term.screen()).toMatch(/Critères retenus \(profil « /);
    // In the buyer's words: no internal id or YAML line on the review screen.
    const screen = term.screen();
    for (const internal of [/sicoval-70/, /dma-per-inhabitant/, /\(ligne \d+\)/, /\[efc\//, /judges/]) if (internal.test(screen)) throw new Error(`${internal} on screen: …${screen.slice(screen.search(internal) - 200, screen.search(internal) + 60)}`);
    expect(term.screen()).toMatch(/30 pts/);
    expect(existsSync(join(dir, 'waste.draft.yaml'))).toBe(false);
  });

  it('writes the spec of a mobility interview with a new indicator, in the order of the approach', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'efc-iv-'));
    const output = join(dir, 'mobility.yaml');
    const { result, term } = await interview(MOBILITY, { output });
    expect(result).toMatchObject({ written: output });
    const { spec } = loadSpec(output);
    expect(spec.life_function).toBe('se-deplacer');
    expect(spec.usage_performance[1]).toEqual({
      id: 'reste-a-charge-mensuel-des-menages-accompagnes',
      label: 'Reste à charge mensuel des ménages accompagnés',
      unit: '€/mois',
      field: 'economy',
      direction: 'decrease',
      baseline: 180,
      baseline_year: 2026,
      target: 120,
      horizon: 2031,
      measurement: 'Enquête semestrielle auprès des ménages accompagnés',
    });
    expect(spec.remuneration).toMatchObject({ mechanism: 'gain-sharing', buyer_gain_share: 60, performance_share: 20 });
    expect(spec.remuneration.cap_percent).toBeUndefined(); // not asked without bonus-malus
    expect(spec.price.formula).toBe('mean-gap');
    expect(spec.scoring.scale).toBe(20);
    expect(spec.criteria.libraries).toEqual(['efc-core', 'mobility']);
    const at = (k: string) => term.asked.indexOf(k);
    expect(at('stakes.pick')).toBeLessThan(at('usage_performance.pick'));
    expect(at('usage_performance.pick')).toBeLessThan(at('cooperation.expectations.pick'));
    expect(at('cooperation.expectations.pick')).toBeLessThan(at('criteria.profile'));
    // The price formula screen showed how a 10 % gap turns into points under each formula.
    expect(term.screen()).toContain('coût de +10 %');
  });

  it('Ctrl-C leaves a draft; --resume continues it to the same spec', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'efc-iv-'));
    const output = join(dir, 'waste.yaml');
    const first = await interview(WASTE, { output, interruptAt: 'usage_performance[1].target' });
    expect(first.result).toMatchObject({ name: 'ExitPromptError' });
    const draft = join(dir, 'waste.draft.yaml');
    expect(first.session.draftPath).toBe(draft);
    const text = readFileSync(draft, 'utf8');
    expect(text).toContain('--resume');
    expect(text).toContain('Ressourcerie du Lauragais');
    expect(text).toMatch(/partial:\n\s+id: usage_performance/); // the first indicator, finished, is kept
    expect(existsSync(output)).toBe(false);

    const second = await interview(WASTE, { output, resume: draft });
    expect(second.result).toMatchObject({ written: output });
    expect(second.term.asked).not.toContain('buyer.name');
    const resumed = readFileSync(output, 'utf8');

    const dir2 = mkdtempSync(join(tmpdir(), 'efc-iv-'));
    await interview(WASTE, { output: join(dir2, 'waste.yaml') });
    expect(resumed).toBe(readFileSync(join(dir2, 'waste.yaml'), 'utf8'));
  });

  it('-o onto an existing spec offers to edit it; declined, the new spec goes elsewhere and the old one is untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'efc-iv-'));
    const output = join(dir, 'waste.yaml');
    await interview(WASTE, { output });
    const before = readFileSync(output, 'utf8');
    const other = join(dir, 'other.yaml');
    const { result, term } = await interview({ ...WASTE, 'buyer.name': 'Autre acheteur', 'open-for-edit': false, 'other-output': other }, { output });
    expect(term.asked.slice(0, 2)).toEqual(['open-for-edit', 'other-output']);
    expect(result).toMatchObject({ written: other });
    expect(readFileSync(output, 'utf8')).toBe(before);
    expect(loadSpec(other).spec.buyer.name).toBe('Autre acheteur');
  });
});
