import type { Lang } from '../model/common.js';
import { decimalMark, formatAsTyped } from '../wording/format.js';

/**
 * Numbers in the interview's terminal text, through the one formatter (src/wording/format.ts): the same separators
 * as the documents, with the precision the buyer typed.
 */

/** A decimal comma in French: "12.5" → "12,5" (a value typed by the buyer, shown back as typed). */
export const decimalComma = (s: string, lang: Lang): string => decimalMark(s, lang);

/** Thousands grouped as the documents write them: "28 000 000" / "28,000,000". */
export const grouped = (n: number, lang: Lang): string => formatAsTyped(n, lang);
