import type { Lang } from '../model/common.js';
import { t, type MessageKey, type WordArgs } from '../wording/catalog.js';
import { formatNumber } from '../wording/format.js';
import { getTerminalLang } from '../wording/lang.js';

/**
 * Wording of the input readers' diagnostics (encodings, limits, CSV, numbers, dates): the catalog's `load.*` keys
 * (src/wording/{fr,en}/diagnostics.ts), in the terminal language (--lang, else the spec's, else the locale) unless the
 * reader is given one. Tests assert codes, not sentences.
 */
type Strip<K> = K extends `load.${infer C}` ? C : never;
export type LoadMessageCode = Strip<MessageKey>;

export function loadMessage(code: LoadMessageCode, vars: WordArgs = {}, lang: Lang = getTerminalLang()): string {
  return t(lang, `load.${code}` as MessageKey, vars);
}

/** "2 Mo" / "2 MB", "256 Ko" / "256 KB": sizes in limit messages. */
export function formatBytes(n: number, lang: Lang = getTerminalLang()): string {
  if (n >= 1024 * 1024) return `${formatNumber(n / 1048576, lang, 1)} ${t(lang, 'unit.mb')}`;
  return `${Math.ceil(n / 1024)} ${t(lang, 'unit.kb')}`;
}
