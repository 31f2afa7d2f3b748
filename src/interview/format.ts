import type { Lang } from '../model/common.js';
import { decimalMark, formatAsTyped } from '../wording/format.js';
import { plural, t } from '../wording/catalog.js';

/**
 * Numbers in the interview's terminal text, through the one formatter (src/wording/format.ts): the same separators
 * as the documents, with the precision the buyer typed.
 */

/** A decimal comma in French: "12.5" → "12,5" (a value typed by the buyer, shown back as typed). */
export const decimalComma = (s: string, lang: Lang): string => decimalMark(s, lang);

/** Thousands grouped as the documents write them: "28 000 000" / "28,000,000". */
export const grouped = (n: number, lang: Lang): string => formatAsTyped(n, lang);

/** An answer in a line of the review screen: numbers as the documents write them, lists counted, nothing as a dash. */
export function showValue(v: unknown, lang: Lang): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'number') return grouped(v, lang);
  if (typeof v === 'boolean') return t(lang, v ? 'interview.yes' : 'interview.no');
  if (Array.isArray(v)) return plural(lang, 'interview.show.items', v.length);
  const s = String(v);
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}
