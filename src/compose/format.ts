import type { Lang } from '../model/common.js';

// Building an Intl.NumberFormat costs far more than using one (a few ms per document in batch runs): keep one per style.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}/${decimals}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f;
}

/** Numbers as a French (or English) reader writes them: "12,5" / "12.5", "28 000 000 €". */
export function formatNumber(x: number, lang: Lang, decimals = 0): string {
  return numberFormat(lang, decimals)
    .format(x)
    .replace(/\u202f|\u00a0/g, '\u00a0'); // one kind of non-breaking space, whatever the ICU version
}

/** Points out of 100 from tenths, always with one decimal: 125 → "12,5". */
export const formatPoints = (tenths: number, lang: Lang): string => formatNumber(tenths / 10, lang, 1);

export const formatEuros = (x: number, lang: Lang): string => (lang === 'fr' ? `${formatNumber(x, lang)}\u00a0€` : `€${formatNumber(x, lang)}`);

/** "2026-12-01" → "1er décembre 2026" / "1 December 2026" (fixed: never today's date). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const months = {
    fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  }[lang];
  return lang === 'fr' ? `${d === 1 ? '1er' : d} ${months[m - 1]} ${y}` : `${d} ${months[m - 1]} ${y}`;
}
