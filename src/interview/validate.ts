import type { z } from 'zod';
import type { Lang } from '../model/common.js';
import { SpecSchema } from '../model/spec.js';
import { stripAccents } from '../util/text.js';
import { decimalComma } from './format.js';
import { isMessageKey, t, type MessageKey } from '../wording/catalog.js';

/**
 * The interview validates each answer with the very schemas the YAML loader uses (src/model/spec.ts), so an
 * answer accepted here cannot be refused by `lint` or `generate` later. This file finds the schema of a spec
 * field and turns zod issues into short sentences in the interview's language.
 */

type Def = { type?: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown>; element?: unknown };
const defOf = (s: unknown): Def => ((s as { def?: Def }).def ?? {}) as Def;

/** Strip default/optional/pipe wrappers: the interview decides itself whether an answer is required. */
export function unwrap(schema: unknown): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const d = defOf(s);
    if (d.type === 'default' || d.type === 'optional' || d.type === 'nullable' || d.type === 'prefault') s = d.innerType;
    else if (d.type === 'pipe') s = d.in;
    else break;
  }
  return s as z.ZodType;
}

/** Schema of the spec field at a dotted path, e.g. "tender.duration_months" or "usage_performance". */
export function specField(path: string): z.ZodType {
  let s: unknown = SpecSchema;
  for (const key of path.split('.')) {
    const d = defOf(unwrap(s));
    if (d.type !== 'object' || !d.shape || !(key in d.shape)) throw new Error(`no spec field ${path}`);
    s = d.shape[key];
  }
  return unwrap(s);
}

/** The element schema of an array schema. */
export function elementOf(schema: z.ZodType): z.ZodType {
  const d = defOf(unwrap(schema));
  if (d.type !== 'array') throw new Error('not an array schema');
  return d.element as z.ZodType;
}

/** Fields of an object schema (e.g. the indicator's "target"), unwrapped. */
export function fieldOf(schema: z.ZodType, key: string): z.ZodType {
  const d = defOf(unwrap(schema));
  if (d.type !== 'object' || !d.shape?.[key]) throw new Error(`no field ${key}`);
  return unwrap(d.shape[key]);
}

type Issue = z.core.$ZodIssue & { minimum?: unknown; maximum?: unknown; expected?: string; origin?: string };

/** One zod issue as a sentence for a person typing an answer. */
export function issueText(issue: Issue, lang: Lang): string {
  const num = (x: unknown): string => decimalComma(String(x), lang);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return t(lang, 'interview.required');
      if (issue.origin === 'array') return t(lang, 'interview.issue.atLeastItems', { n: num(issue.minimum) });
      return t(lang, 'interview.issue.atLeast', { n: num(issue.minimum) });
    case 'too_big':
      return t(lang, 'interview.issue.atMost', { n: num(issue.maximum) });
    case 'invalid_type':
      if (issue.expected === 'int') return t(lang, 'interview.issue.wholeNumber');
      if (issue.expected === 'number') return t(lang, 'interview.issue.number');
      return t(lang, 'interview.issue.invalid', { expected: String(issue.expected) });
    case 'invalid_value':
      return t(lang, 'interview.issue.notAllowed', { values: ((issue as { values?: unknown[] }).values ?? []).join(', ') });
    default:
      // A schema message given as a catalog key (`schema.not-a-date`) is worded; zod's own are kept.
      return isMessageKey(`load.${issue.message}`) ? t(lang, `load.${issue.message}` as MessageKey) : issue.message;
  }
}

/** true, or the first problem of `value` against `schema`, in words. */
export function check(schema: z.ZodType, value: unknown, lang: Lang): true | string {
  const r = schema.safeParse(value, { reportInput: true });
  return r.success ? true : issueText(r.error.issues[0] as Issue, lang);
}

/** Numbers typed the French way too: "12,5", "28 000 000", "1 200,50". Returns NaN when it is not a number. */
export function parseNumber(s: string): number {
  const t = s.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

/** A real calendar date written YYYY-MM-DD (also accepts DD/MM/YYYY, the way French buyers write dates). */
export function parseDate(s: string): string | undefined {
  const t = s.trim();
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = fr ? `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}` : t;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** kebab-case id from a label: "Part des trajets à vélo" → "part-des-trajets-a-velo". */
export function kebab(label: string): string {
  const s = stripAccents(label)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return s || 'indicateur';
}
