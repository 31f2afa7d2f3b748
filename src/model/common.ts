import { z } from 'zod';

/** Languages the documents are written in. French is the default: our users are French buyers. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LangSchema = z.enum(LANGS);

/** A text given in both languages (libraries are bilingual so one spec can be published in either). */
export const LTextSchema = z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict();
export type LText = z.infer<typeof LTextSchema>;

/** A list of texts in both languages. */
export const LListSchema = z.object({ fr: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }).strict();
export type LList = z.infer<typeof LListSchema>;

/** Identifiers are kebab-case so they read well in YAML, file names and spreadsheet cells. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and dashes');

/** The three interdependent fields of useful effects (effets utiles). */
export const EFFECT_FIELDS = ['social', 'ecology', 'economy'] as const;
export type EffectField = (typeof EFFECT_FIELDS)[number];
export const EffectFieldSchema = z.enum(EFFECT_FIELDS);

export function pick(text: LText, lang: Lang): string {
  return text[lang];
}
