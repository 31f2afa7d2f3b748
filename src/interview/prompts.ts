import type { z } from 'zod';
import type { Lang, LText } from '../model/common.js';
import type { AskContext } from './types.js';
import { check, parseDate, parseNumber } from './validate.js';
import { decimalComma } from './format.js';
import { bilingual, t } from '../wording/catalog.js';
import { checkTyped } from './text-check.js';

/** The checkbox line that asks for more lines after the proposals. */
export const ADD_MORE = '\u0000add-more';

/**
 * Typed prompts built on the Asker primitives: text, number, date and list, each validated as it is typed
 * with a zod schema of the spec. Optional questions accept an empty answer (returned as undefined).
 */

export const tr = (t: LText | string, lang: Lang): string => (typeof t === 'string' ? t : t[lang]);

const OPTIONAL: LText = bilingual('interview.optional');
const REQUIRED: LText = bilingual('interview.required');
const NOT_NUMBER: LText = bilingual('interview.notNumber');
const NOT_DATE: LText = bilingual('interview.notDate');

interface Common {
  readonly key: string;
  readonly message: LText;
  readonly help?: LText;
  readonly required: boolean;
}

export function formatNumber(n: number, lang: Lang): string {
  return decimalComma(String(n), lang);
}

/** Suffix of the last item prompt of a list: an empty answer ends the list. */
export const END_OF_LIST: LText = bilingual('interview.endOfList');

/**
 * A line of text. With `check` (the field's name, e.g. "stakes"), a text the buyer typed — not a default accepted
 * as offered — is read at once by lint's text detectors (text-check.ts).
 */
export async function askText(ctx: AskContext, o: Common & { default?: string; schema: z.ZodType; extra?: (v: string) => true | LText; suffix?: LText; check?: string }): Promise<string | undefined> {
  const { lang } = ctx;
  const validate = (s: string): true | string => {
    const v = s.trim();
    if (!v) return o.required ? tr(REQUIRED, lang) : true;
    const ok = check(o.schema, v, lang);
    if (ok !== true) return ok;
    const more = o.extra?.(v) ?? true;
    return more === true ? true : tr(more, lang);
  };
  const answer = await ctx.asker.text({
    key: o.key,
    message: tr(o.message, lang) + (o.required ? '' : tr(o.suffix ?? OPTIONAL, lang)),
    help: o.help && tr(o.help, lang),
    default: o.default,
    validate,
  });
  const text = answer.trim();
  if (!text) return undefined;
  return o.check && text !== o.default?.trim() ? checkTyped(ctx, o.check, o.key, text, validate) : text;
}

export async function askNumber(ctx: AskContext, o: Common & { default?: number; schema: z.ZodType; extra?: (n: number) => true | LText }): Promise<number | undefined> {
  const { lang } = ctx;
  const answer = await ctx.asker.text({
    key: o.key,
    message: tr(o.message, lang) + (o.required ? '' : tr(OPTIONAL, lang)),
    help: o.help && tr(o.help, lang),
    default: o.default === undefined ? undefined : formatNumber(o.default, lang),
    validate: (s) => {
      if (!s.trim()) return o.required ? tr(REQUIRED, lang) : true;
      const n = parseNumber(s);
      if (Number.isNaN(n)) return tr(NOT_NUMBER, lang);
      const ok = check(o.schema, n, lang);
      if (ok !== true) return ok;
      const more = o.extra?.(n) ?? true;
      return more === true ? true : tr(more, lang);
    },
  });
  return answer.trim() ? parseNumber(answer) : undefined;
}

export async function askDate(ctx: AskContext, o: Common & { default?: string; schema: z.ZodType; extra?: (d: string) => true | LText }): Promise<string | undefined> {
  const { lang } = ctx;
  const answer = await ctx.asker.text({
    key: o.key,
    message: tr(o.message, lang) + (o.required ? '' : tr(OPTIONAL, lang)),
    help: o.help && tr(o.help, lang),
    default: o.default,
    validate: (s) => {
      if (!s.trim()) return o.required ? tr(REQUIRED, lang) : true;
      const d = parseDate(s);
      if (!d) return tr(NOT_DATE, lang);
      const ok = check(o.schema, d, lang);
      if (ok !== true) return ok;
      const more = o.extra?.(d) ?? true;
      return more === true ? true : tr(more, lang);
    },
  });
  return answer.trim() ? parseDate(answer) : undefined;
}

/**
 * A list of sentences: first the suggestions (and earlier answers) to tick, then free lines until an empty one.
 * Each finished line is reported through ctx.progress, so an interruption keeps it.
 */
export async function askList(
  ctx: AskContext,
  o: Common & { itemMessage: LText; suggestions?: readonly string[]; itemSchema: z.ZodType; pickMessage?: LText; preselect?: boolean; check?: string },
): Promise<string[]> {
  const { lang, asker } = ctx;
  const hasPrevious = Array.isArray(ctx.previous);
  const previous = hasPrevious ? (ctx.previous as unknown[]).filter((x): x is string => typeof x === 'string') : [];
  const offered = [...new Set([...(o.suggestions ?? []), ...previous])];
  let items: string[] = [];
  if (o.help) asker.say(tr(o.help, lang));
  if (ctx.resumed) {
    // Interrupted half-way through the list: its lines so far are kept, and the buyer carries on typing.
    items = previous;
  } else if (offered.length) {
    // Proposals come ticked (accepting them is one keystroke); one more line lets the buyer add their own.
    const picked = await asker.checkbox<string>({
      key: `${o.key}.pick`,
      message: tr(o.pickMessage ?? o.message, lang),
      choices: [
        ...offered.map((s) => ({ value: s, name: s, checked: hasPrevious ? previous.includes(s) : (o.preselect ?? false) })),
        { value: ADD_MORE, name: t(lang, 'interview.list.addMore') },
      ],
    });
    items = picked.filter((s) => s !== ADD_MORE);
    ctx.progress(items);
    if (!picked.includes(ADD_MORE) && !(o.required && items.length === 0)) return items;
  }
  for (;;) {
    const mustAnswer = o.required && items.length === 0;
    const typing = ctx.typing && !items.includes(ctx.typing) ? ctx.typing : undefined;
    const key = `${o.key}[${items.length}]`;
    const line = await asker.text({
      key,
      default: typing,
      message: tr(items.length || offered.length ? o.itemMessage : o.message, lang) + (mustAnswer ? '' : tr(END_OF_LIST, lang)),
      validate: (s) => {
        if (!s.trim()) return mustAnswer ? tr(REQUIRED, lang) : true;
        return check(o.itemSchema, s.trim(), lang);
      },
    });
    if (!line.trim()) return items;
    // A line typed by the buyer is read at once: a means, a general capacity or a local preference is told now.
    const kept = o.check ? await checkTyped(ctx, o.check, key, line.trim(), (s) => check(o.itemSchema, s, lang)) : line.trim();
    items = [...items, kept];
    ctx.progress(items);
  }
}
