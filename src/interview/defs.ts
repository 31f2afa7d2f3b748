import { z } from 'zod';
import type { Catalog } from '../load/catalog.js';
import type { Lang, LText } from '../model/common.js';
import { askDate, askList, askNumber, askText, tr } from './prompts.js';
import { editListItem } from './edit-items.js';
import { showValue } from './format.js';
import type { Answers, AskContext, Choice, QuestionDef, Stage } from './types.js';
import { elementOf, specField } from './validate.js';

/**
 * Builders for the common kinds of question. A question whose id is a spec path ("tender.title") takes its
 * validation from that field of SpecSchema; the answer is stored under the id and placed at that path.
 */

interface Base {
  readonly stage: Stage;
  readonly section?: LText;
  readonly message: LText;
  readonly help?: LText;
  readonly when?: (a: Readonly<Answers>) => boolean;
  readonly detail?: string;
  readonly fromSpec?: QuestionDef['fromSpec'];
}

const optionalIf = (schema: z.ZodType, required: boolean): z.ZodType => (required ? schema : schema.optional());

const previousOr = <T>(ctx: AskContext, fallback: T | undefined, is: (x: unknown) => x is T): T | undefined =>
  is(ctx.previous) ? ctx.previous : fallback;
const isString = (x: unknown): x is string => typeof x === 'string';
const isNumber = (x: unknown): x is number => typeof x === 'number';

export function textQ(id: string, o: Base & { required?: boolean; default?: (a: Readonly<Answers>, lang: Lang) => string | undefined; check?: boolean }): QuestionDef {
  const schema = specField(id);
  const required = o.required ?? false;
  return {
    id,
    stage: o.stage,
    section: o.section,
    when: o.when,
    detail: o.detail,
    fromSpec: o.fromSpec,
    label: o.message,
    schema: () => optionalIf(schema, required),
    ask: (ctx) => askText(ctx, { key: id, message: o.message, help: o.help, required, schema, default: previousOr(ctx, o.default?.(ctx.answers, ctx.lang), isString), check: o.check ? id : undefined }),
  };
}

export function numberQ(
  id: string,
  o: Base & { required?: boolean; default?: (a: Readonly<Answers>) => number | undefined; extra?: (n: number, a: Readonly<Answers>) => true | LText; explain?: (a: Readonly<Answers>, lang: Lang) => string },
): QuestionDef {
  const schema = specField(id);
  const required = o.required ?? false;
  return {
    id,
    stage: o.stage,
    section: o.section,
    when: o.when,
    detail: o.detail,
    fromSpec: o.fromSpec,
    label: o.message,
    schema: () => optionalIf(schema, required),
    ask: (ctx) => {
      if (o.explain) ctx.asker.say(o.explain(ctx.answers, ctx.lang));
      return askNumber(ctx, {
        key: id,
        message: o.message,
        help: o.help,
        required,
        schema,
        default: previousOr(ctx, o.default?.(ctx.answers), isNumber),
        extra: o.extra && ((n) => o.extra!(n, ctx.answers)),
      });
    },
  };
}

export function dateQ(id: string, o: Base & { required?: boolean; default?: (a: Readonly<Answers>) => string | undefined; extra?: (d: string, a: Readonly<Answers>) => true | LText }): QuestionDef {
  const schema = specField(id);
  const required = o.required ?? false;
  return {
    id,
    stage: o.stage,
    section: o.section,
    when: o.when,
    detail: o.detail,
    fromSpec: o.fromSpec,
    label: o.message,
    schema: () => optionalIf(schema, required),
    ask: (ctx) => askDate(ctx, { key: id, message: o.message, help: o.help, required, schema, default: previousOr(ctx, o.default?.(ctx.answers), isString), extra: o.extra && ((d) => o.extra!(d, ctx.answers)) }),
  };
}

export function selectQ<T extends string | number>(
  id: string,
  o: Base & {
    choices: (ctx: { catalog: Catalog; answers: Readonly<Answers>; lang: AskContext['lang'] }) => Choice<T>[];
    default?: (a: Readonly<Answers>) => T | undefined;
    /** Help computed from the context (e.g. a table of points). */
    explain?: (ctx: AskContext) => string | undefined;
  },
): QuestionDef {
  return {
    id,
    stage: o.stage,
    section: o.section,
    when: o.when,
    detail: o.detail,
    fromSpec: o.fromSpec,
    label: o.message,
    show: (v, c) => o.choices(c).find((ch) => ch.value === v)?.name ?? showValue(v, c.lang),
    // Allowed values are those offered: the same list the terminal shows (lang is irrelevant to values).
    schema: (c) => {
      const values = o.choices({ ...c, lang: 'fr' }).map((ch) => ch.value);
      return z.custom<T>((v) => values.includes(v as T), { message: `expected one of: ${values.join(', ')}` });
    },
    ask: async (ctx) => {
      const explained = o.explain?.(ctx);
      if (explained) ctx.asker.say(explained);
      const choices = o.choices(ctx);
      const prev = choices.find((c) => c.value === ctx.previous)?.value;
      return ctx.asker.select({ key: id, message: tr(o.message, ctx.lang), help: o.help && tr(o.help, ctx.lang), choices, default: prev ?? o.default?.(ctx.answers) });
    },
  };
}

export function listQ(
  id: string,
  o: Base & {
    itemMessage: LText;
    pickMessage?: LText;
    required?: boolean;
    suggestions?: (ctx: AskContext) => readonly string[];
    preselect?: boolean;
    /** Read each line the buyer types with lint's text detectors, at once (text-check.ts). */
    check?: boolean;
  },
): QuestionDef {
  const itemSchema = elementOf(specField(id));
  const required = o.required ?? false;
  return {
    id,
    stage: o.stage,
    section: o.section,
    when: o.when,
    detail: o.detail,
    fromSpec: o.fromSpec,
    label: o.message,
    schema: () => z.array(itemSchema).min(required ? 1 : 0),
    items: (v) => (Array.isArray(v) ? v.map(String) : []),
    editItem: (ctx, v, i) => editListItem(ctx, Array.isArray(v) ? v.map(String) : [], i, itemSchema, o.check ? id : undefined),
    ask: (ctx) => askList(ctx, { key: id, message: o.message, help: o.help, required, itemMessage: o.itemMessage, pickMessage: o.pickMessage, itemSchema, suggestions: o.suggestions?.(ctx), preselect: o.preselect, check: o.check ? id : undefined }),
  };
}

/**
 * "More details?": one yes/no in front of a group of optional questions. Declined, the group takes its defaults
 * without a prompt; every answer stays reachable from the review screen.
 */
export function detailsQ(id: string, stage: Stage, message: LText): QuestionDef {
  return {
    id,
    stage,
    schema: () => z.boolean(),
    ask: (ctx) => ctx.asker.confirm({ key: id, message: tr(message, ctx.lang), default: false }),
    fromSpec: () => false,
  };
}
