import type { Lang } from '../model/common.js';

/**
 * Numbers in the interview's terminal text. Unlike the documents' (compose/format.ts), they keep the precision the
 * buyer typed and use ordinary spaces, which every terminal shows.
 */

/** A decimal comma in French: "12.5" → "12,5". */
export const decimalComma = (s: string, lang: Lang): string => (lang === 'fr' ? s.replace('.', ',') : s);

/** Thousands grouped as a reader writes them: "28 000 000" / "28,000,000". */
export const grouped = (n: number, lang: Lang): string => (lang === 'fr' ? n.toLocaleString('fr-FR').replace(/\u202f/g, ' ') : n.toLocaleString('en-GB'));
