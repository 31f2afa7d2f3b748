import { checkBuyerText, exampleIndicator } from '../lint/nlp/check-text.js';
import type { Lang } from '../model/common.js';
import { t, type MessageKey } from '../wording/catalog.js';
import type { AskContext } from './types.js';

/**
 * The interview reads what the buyer types as it is typed (issue 16, item 5): an effect, a stake, an indicator's
 * label, a component of the integrated solution, an object. Lint's text detectors (`checkBuyerText`) say at once when
 * the text prescribes a means, judges the company's general capacity or favours a local origin; the buyer sees why
 * (the cue and the object) and a rewording drawn from the spec's life function, then keeps the text, rewords it or
 * takes the suggestion. Only what is typed is read: the proposals offered by the interview are lint-clean already.
 */

type Finding = ReturnType<typeof checkBuyerText>[number];

/** The detector a finding comes from, as the catalog names it. */
const TOPIC: Readonly<Record<Finding['rule'], 'means' | 'general-capacity' | 'local-preference'>> = {
  'efc/means-not-effects': 'means',
  'legal/general-capacity': 'general-capacity',
  'legal/local-preference': 'local-preference',
};

/**
 * Findings on one typed text. The field decides the detectors (`checkBuyerText` reads an effect or a stake as a
 * requirement, a component as a means by nature); the company's general capacity is read on every field too (as an
 * award rule), since a buyer may write "références de l'entreprise" in a stake as well as in a criterion.
 */
export function typedTextFindings(text: string, field: string, ctx: Pick<AskContext, 'lang' | 'catalog' | 'answers'>): Finding[] {
  const lifeFunction = ctx.catalog.functions.get(String(ctx.answers['life_function']));
  const opts = { lang: ctx.lang, lifeFunction, field };
  const found = checkBuyerText(text, opts);
  if (!found.some((f) => f.rule === 'legal/general-capacity')) {
    found.push(...checkBuyerText(text, { ...opts, role: 'award-rule' }).filter((f) => f.rule === 'legal/general-capacity'));
  }
  return found;
}

/** A text that can replace the buyer's as it stands: the life function's example effect the hint quotes (means only). */
function suggestionFor(f: Finding, ctx: Pick<AskContext, 'lang' | 'catalog' | 'answers'>): string | undefined {
  if (f.rule !== 'efc/means-not-effects') return undefined;
  return exampleIndicator(ctx.catalog.functions.get(String(ctx.answers['life_function'])), f.kind)?.[ctx.lang];
}

/** The warning as the buyer reads it: what was found (cue and object), why it matters, what to write instead. */
export function warningText(f: Finding, lang: Lang): string {
  const topic = TOPIC[f.rule];
  const mark = f.severity === 'error' ? '✖' : '⚠';
  return [
    `${mark} ${t(lang, 'interview.check.found', { message: f.message })}`,
    `  ${t(lang, `interview.check.why.${topic}` as MessageKey)}`,
    `  ${t(lang, 'interview.check.suggest', { hint: f.hint })}`,
  ].join('\n');
}

/**
 * Check a text just typed for `field` (prompt `key`), and let the buyer keep it, reword it (checked again) or take
 * the suggestion. Returns the text to record. Without a finding the text comes back untouched and nothing is asked.
 * A rewording identical to the text ends the check (the text is kept): a non-interactive asker, answering every
 * prompt with its default, therefore always ends with the text as typed.
 */
export async function checkTyped(ctx: AskContext, field: string, key: string, text: string, validate: (s: string) => true | string): Promise<string> {
  const { asker, lang } = ctx;
  let current = text;
  for (;;) {
    const findings = typedTextFindings(current, field, ctx);
    const serious = findings.filter((f) => f.severity !== 'info');
    if (!serious.length) {
      // What the detectors are unsure of is told, never silenced, but asks nothing.
      for (const f of findings) asker.say(`ℹ ${t(lang, 'interview.check.info', { message: f.message, hint: f.hint })}`);
      return current;
    }
    asker.say(serious.map((f) => warningText(f, lang)).join('\n'));
    const suggestion = serious.map((f) => suggestionFor(f, ctx)).find((s) => s !== undefined && s !== current && validate(s) === true);
    const choice = await asker.select<'reword' | 'accept' | 'keep'>({
      key: `${key}.check`,
      message: t(lang, 'interview.check.choice', { text: current.length > 70 ? `${current.slice(0, 69)}…` : current }),
      choices: [
        { value: 'reword', name: t(lang, 'interview.check.reword') },
        ...(suggestion ? [{ value: 'accept' as const, name: t(lang, 'interview.check.accept', { text: suggestion }) }] : []),
        { value: 'keep', name: t(lang, 'interview.check.keep') },
      ],
      default: 'reword',
    });
    if (choice === 'keep') return current;
    if (choice === 'accept' && suggestion) return suggestion;
    const next = (await asker.text({ key: `${key}.reword`, message: t(lang, 'interview.check.newText'), default: current, validate: (s) => (s.trim() ? validate(s.trim()) : t(lang, 'interview.required')) })).trim();
    if (!next || next === current) return current;
    current = next;
  }
}
