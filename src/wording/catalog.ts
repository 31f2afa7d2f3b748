import type { Lang, LText } from '../model/common.js';
import { EN_DOCUMENT } from './en/document.js';
import { EN_MESSAGES } from './en/messages.js';
import { FR_DOCUMENT, type DocumentKey } from './fr/document.js';
import { EN_DIAGNOSTICS } from './en/diagnostics.js';
import { FR_DIAGNOSTICS, type DiagnosticKey } from './fr/diagnostics.js';
import { FR_MESSAGES, type MessageKey as BaseMessageKey } from './fr/messages.js';
import { FR_INTERVIEW, type InterviewKey } from './fr/interview.js';
import { EN_INTERVIEW } from './en/interview.js';

/**
 * The wording catalog: every word that an output or a message prints, one catalog per language with the same keys
 * (catalog.test.ts checks both sets of keys and the {{placeholders}} of each key).
 *
 * - `fr/document.ts`, `en/document.ts`: the documents' words (specification labels, `grid.*` DOCX grid, `xlsx.*`
 *   workbook, `report.*` evaluation report). A buyer overrides any of them, key by key, with `--templates DIR` and a
 *   file `DIR/<lang>/labels.yaml` (see overrides.ts).
 * - `fr/messages.ts`, `en/messages.ts`: messages people read on the terminal or in an annex: `lint.<rule id>.<message
 *   id>` (and `.description`, `.hint`), `score.<finding code>`, `score.cli.*`, `interview.*`, `cli.*`.
 * - `fr/diagnostics.ts`, `en/diagnostics.ts`: the core modules' diagnostics and terminal lines: `diag.<code>` (files
 *   and options, reworded by the CLI from the diagnostic's args), `write.*` (the writer), `load.*` (readers, schema),
 *   `select.*`, `template.*`, `pay.*`, `batch.*` (generate's progress and summary), `interview.keys.*` (key hints).
 *   No module keeps its own {fr, en} table: a test (no-tables.test.ts) looks for them.
 *
 * To add a message: pick a key in the right namespace, add it to the French file first (the French file defines the
 * key type), then the same key to the English file (TypeScript refuses a missing or extra key), with the same
 * {{placeholders}}; then call `t(lang, 'your.key', { placeholder: value })` or, for code that holds both languages
 * (lint rule metadata, interview), `bilingual('your.key')`. Diagnostics stay data (code, severity, args): the wording
 * is looked up when a message is shown, and tests assert codes, not sentences.
 */

export type { DocumentKey } from './fr/document.js';
export type { DiagnosticKey } from './fr/diagnostics.js';
export type MessageKey = BaseMessageKey | DiagnosticKey | InterviewKey;
export type WordKey = DocumentKey | MessageKey;
export type WordArgs = Readonly<Record<string, string | number>>;

export const DOCUMENT_WORDS: Readonly<Record<Lang, Readonly<Record<DocumentKey, string>>>> = { fr: FR_DOCUMENT, en: EN_DOCUMENT };
export const MESSAGE_WORDS: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  fr: { ...FR_MESSAGES, ...FR_DIAGNOSTICS, ...FR_INTERVIEW },
  en: { ...EN_MESSAGES, ...EN_DIAGNOSTICS, ...EN_INTERVIEW },
};

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fill {{placeholders}}; an unknown one stays visible, so a wording mistake shows in tests rather than vanishing. */
export function fill(template: string, args: WordArgs = {}): string {
  return template.replace(PLACEHOLDER, (m, k: string) => (args[k] === undefined ? m : String(args[k])));
}

/** The placeholder names of a template, sorted and unique. */
export const placeholders = (template: string): string[] => [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();

export const isDocumentKey = (key: string): key is DocumentKey => Object.prototype.hasOwnProperty.call(FR_DOCUMENT, key);
export const isMessageKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(MESSAGE_WORDS.fr, key);

/** A message or a bundled document word, in one language. */
export function t(lang: Lang, key: WordKey, args?: WordArgs): string {
  const text = isMessageKey(key) ? MESSAGE_WORDS[lang][key] : DOCUMENT_WORDS[lang][key as DocumentKey];
  return fill(text, args);
}

/** Both languages of one key, unfilled: for code that keeps texts as {fr, en} (lint rules' meta, the interview). */
export const bilingual = (key: WordKey): LText => ({ fr: t('fr', key), en: t('en', key) });

/** Both languages of one key, filled with the same arguments. */
export const bilingualFilled = (key: WordKey, args: WordArgs): LText => ({ fr: t('fr', key, args), en: t('en', key, args) });

/** French counts 0 and 1 as singular, English only 1: picks `<base>.one` or `<base>.other`. */
export function plural(lang: Lang, base: string, n: number, args: WordArgs = {}): string {
  const one = lang === 'fr' ? Math.abs(n) < 2 : n === 1;
  return t(lang, `${base}.${one ? 'one' : 'other'}` as WordKey, { n, ...args });
}

/**
 * The words of the documents in one language, possibly overridden (--templates): what composers and writers take,
 * so that a buyer's labels.yaml reaches every document.
 */
export interface DocumentWords {
  readonly lang: Lang;
  t(key: DocumentKey, args?: WordArgs): string;
}

export function documentWords(lang: Lang, overrides: Readonly<Partial<Record<DocumentKey, string>>> = {}): DocumentWords {
  const base = DOCUMENT_WORDS[lang];
  return {
    lang,
    t: (key, args) => {
      const text = overrides[key] ?? base[key];
      if (text === undefined) throw new Error(`no document word "${key}" in the ${lang} catalog`);
      return fill(text, args);
    },
  };
}
