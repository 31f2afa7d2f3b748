/**
 * The live check of what the buyer types (issue 16, item 5), through the real prompts in a fake terminal: a means
 * typed as a useful effect is told at once — what was found, why, what to write instead from the spec's life function
 * — and the buyer keeps it, rewords it or takes the suggestion; a real effect passes without a word.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { fakeTerminal, ScriptedAsker } from '../../test/helpers/interview.js';
import { loadCatalog } from '../load/catalog.js';
import { DefaultsAsker } from './defaults-asker.js';
import { InquirerAsker } from './inquirer-asker.js';
import { ADD_MORE } from './prompts.js';
import { USES_QUESTIONS } from './questions/uses.js';
import { TERRITORY_QUESTIONS } from './questions/territory.js';
import { checkTyped, typedTextFindings } from './text-check.js';
import type { Answers, Asker, QuestionDef } from './types.js';

const catalog = loadCatalog();
const noColor = new Chalk({ level: 0 });
const MEANS = 'mise à disposition de 12 bennes de 30 m3';
const EFFECT = 'Moins de déchets résiduels par habitant, mesurés chaque année';
const ANSWERS: Answers = { life_function: 'gerer-dechets', 'tender.consultation_start': '2027-03-01' };
/** The life function's example the hint quotes for a resource (the waste function's ecological indicator). */
const fn = catalog.functions.get('gerer-dechets')!;
const example = (lang: 'fr' | 'en'): string => (fn.indicators.find((i) => i.field === 'ecology') ?? fn.indicators[0]!).label[lang];

const question = (bank: readonly QuestionDef[], id: string): QuestionDef => bank.find((q) => q.id === id)!;

/** Ask one question through the real prompts, the answers typed as a person would. */
async function onTerminal(q: QuestionDef, script: Record<string, unknown>, lang: 'fr' | 'en' = 'fr') {
  const term = fakeTerminal(script);
  const asker = new InquirerAsker({ input: term.input, output: term.output, lang }, noColor, term.onPrompt);
  const value = await q.ask({ asker, lang, catalog, answers: ANSWERS, progress: () => undefined });
  return { value, screen: term.screen(), asked: term.asked };
}

const ecology = question(USES_QUESTIONS, 'useful_effects.ecology');

describe('the interview reads a typed text at once', { timeout: 30_000 }, () => {
  it('warns on a means typed as a useful effect, with why and a suggestion from the life function; kept when asked', async () => {
    const { value, screen, asked } = await onTerminal(ecology, { 'useful_effects.ecology.pick': [ADD_MORE], 'useful_effects.ecology[0]': MEANS, 'useful_effects.ecology[0].check': 'keep' });
    expect(asked).toContain('useful_effects.ecology[0].check');
    expect(screen).toContain(`⚠ Attention : « ${MEANS} » porte sur des moyens`);
    // Why: the cue and the object the detector found, and the reason in words.
    expect(screen).toMatch(/une ressource : « bennes »/);
    expect(screen).toMatch(/indice : « mise a disposition »/);
    expect(screen).toContain('Pourquoi : le marché s’engage sur des effets');
    expect(screen).toContain(`Suggestion : écrivez l’effet attendu`);
    expect(screen).toContain(`« ${example('fr')} » (${fn.label.fr})`);
    expect(screen).toContain(`Reprendre la suggestion : « ${example('fr').split(' ').slice(0, 3).join(' ')}`);
    expect(value).toEqual([MEANS]);
  });

  it('takes the suggestion: the life function’s effect replaces the means', async () => {
    const { value } = await onTerminal(ecology, { 'useful_effects.ecology.pick': [ADD_MORE], 'useful_effects.ecology[0]': MEANS, 'useful_effects.ecology[0].check': 'accept' });
    expect(value).toEqual([example('fr')]);
  });

  it('rewords: the new wording is checked again and kept when it states an effect', async () => {
    const { value, asked } = await onTerminal(ecology, {
      'useful_effects.ecology.pick': [ADD_MORE],
      'useful_effects.ecology[0]': MEANS,
      'useful_effects.ecology[0].check': 'reword',
      'useful_effects.ecology[0].reword': EFFECT,
    });
    expect(value).toEqual([EFFECT]);
    expect(asked.filter((k) => k.endsWith('.check'))).toHaveLength(1);
  });

  it('says nothing about a real effect', async () => {
    const { value, screen, asked } = await onTerminal(ecology, { 'useful_effects.ecology.pick': [ADD_MORE], 'useful_effects.ecology[0]': EFFECT });
    expect(value).toEqual([EFFECT]);
    expect(asked.some((k) => k.endsWith('.check'))).toBe(false);
    expect(screen).not.toMatch(/moyen|Pourquoi|Suggestion/);
  });

  it('speaks English in an English interview', async () => {
    const { screen } = await onTerminal(ecology, { 'useful_effects.ecology.pick': [ADD_MORE], 'useful_effects.ecology[0]': 'The contractor shall provide 12 skips of 30 m3', 'useful_effects.ecology[0].check': 'keep' }, 'en');
    expect(screen).toContain("Warning: “The contractor shall provide 12 skips of 30 m3” bears on means");
    expect(screen).toContain('Why: the contract commits to effects');
    expect(screen).toContain(`“${example('en')}”`);
    expect(screen).not.toMatch(/Pourquoi|Suggestion :/);
  });

  it('tells a local preference typed as a stake, and a general capacity, with no replacement text to take', async () => {
    const stakes = question(TERRITORY_QUESTIONS, 'stakes');
    const { value, screen } = await onTerminal(stakes, { 'stakes.pick': [ADD_MORE], 'stakes[0]': 'Des producteurs situés à moins de 100 km', 'stakes[0].check': 'keep' });
    expect(screen).toContain('favorise une origine ou une implantation');
    expect(screen).toContain('CCP L3');
    expect(screen).not.toContain('Reprendre la suggestion');
    expect(value).toEqual(['Des producteurs situés à moins de 100 km']);
    const capacity = typedTextFindings('Le chiffre d’affaires de l’entreprise sur les trois dernières années', 'stakes', { lang: 'fr', catalog, answers: ANSWERS });
    expect(capacity.map((f) => f.rule)).toContain('legal/general-capacity');
  });

  it('reads an indicator’s label typed by the buyer', async () => {
    const asker = new ScriptedAsker({
      'usage_performance.pick': [],
      'usage_performance[0].new': 'Nombre de bennes mises à disposition',
      'usage_performance[0].new.check': 'reword',
      'usage_performance[0].new.reword': 'Déchets résiduels par habitant',
      'usage_performance[0].field': 'ecology',
      'usage_performance[0].direction': 'decrease',
      'usage_performance[0].unit': 'kg/hab/an',
      'usage_performance[0].measurement': 'Pesées annuelles rapportées à la population',
      'usage_performance[0].target': '150',
      'usage_performance[1].new': '',
    });
    const value = (await question(USES_QUESTIONS, 'usage_performance').ask({ asker, lang: 'fr', catalog, answers: ANSWERS, progress: () => undefined })) as { label: string }[];
    expect(asker.asked).toContain('usage_performance[0].new.check');
    expect(value[0]!.label).toBe('Déchets résiduels par habitant');
  });

  it('without a terminal (defaults), the text is kept as typed, the warning recorded, the same every time', async () => {
    const run = async (): Promise<{ kept: string; said: string[] }> => {
      const asker: Asker & { said: string[] } = new DefaultsAsker();
      const kept = await checkTyped({ asker, lang: 'fr', catalog, answers: ANSWERS, progress: () => undefined }, 'useful_effects.ecology', 'k', MEANS, () => true);
      return { kept, said: asker.said };
    };
    const a = await run();
    const b = await run();
    expect(a.kept).toBe(MEANS);
    expect(a.said.join('\n')).toContain('porte sur des moyens');
    expect(b).toEqual(a);
  });
});
