import type { Lang } from '../model/common.js';

/**
 * The one formatter of numbers, money, percentages, points, marks and dates, for every output: documents, XLSX
 * captions, the score report and the terminal. Written by hand rather than with Intl: ICU data differ between Node
 * builds (fr-FR switched from U+00A0 to U+202F as thousands separator), and outputs must be byte-identical on
 * Node 20, 22 and 24.
 *
 * French: decimal comma, thousands separated by a narrow no-break space (U+202F), a no-break space (U+00A0) before
 * € and %: "1 234,56 €", "87 %", "1er décembre 2026". English: "€1,234.56", "87%", "1 December 2026".
 *
 * Decimals per kind (the caller passes another count only where the document says so):
 * - money: to the cent (2) by default — the score report; a specification's estimated value and its worked price
 *   example are whole euros (0), which `formatMoney(x, lang, 0)` writes;
 * - points: weights are kept in hundredths and printed with one decimal, two when the buyer gave two (`formatPoints`:
 *   "30,0", "12,5", "5,81"); computed scores use
 *   `formatNumber(x, lang, 2)`;
 * - marks: the shortest form, at most two decimals (3, 3,5, 3,33);
 * - percentages: whole by default.
 */

export const NNBSP = '\u202F'; // narrow no-break space: French thousands separator
export const NBSP = '\u00A0'; // no-break space: French space before € and %

const SEP: Readonly<Record<Lang, { readonly thousands: string; readonly decimal: string }>> = {
  fr: { thousands: NNBSP, decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** A number with a fixed count of decimals, grouped by thousands: fr "12 345,6", en "12,345.6". */
export function formatNumber(x: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(x)) return String(x);
  // toFixed is exact and the same on every Node; a value that rounds to zero prints without a minus sign.
  const fixed = Math.abs(x) < 0.5 * 10 ** -decimals ? (0).toFixed(decimals) : x.toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.') as [string, string | undefined];
  const { thousands, decimal } = SEP[lang];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return (negative ? '-' : '') + grouped + (frac ? decimal + frac : '');
}

/** As many decimals as needed, up to `max`, no trailing zeros: 3 → "3", 3.5 → "3,5", 1/3 → "0,33". */
export function formatShort(x: number, lang: Lang, max = 2): string {
  const s = formatNumber(x, lang, max);
  const d = SEP[lang].decimal;
  return s.includes(d) ? s.replace(/0+$/, '').replace(new RegExp(`\\${d}$`), '') : s;
}

/** A mark or a level: the shortest form, at most two decimals. */
export const formatMark = (x: number, lang: Lang): string => formatShort(x, lang, 2);

/** Currency symbols: a spec's prices may be in another currency than the euro (price.currency). */
export const CURRENCY_SYMBOL: Readonly<Record<string, string>> = { EUR: '€', GBP: '£', USD: '$', CHF: 'CHF', CAD: '$CA', XPF: 'F CFP' };
export const currencySymbol = (currency = 'EUR'): string => CURRENCY_SYMBOL[currency] ?? currency;

/** Money: fr "1 234,56 €", en "€1,234.56" (negative: "-1 234,56 €", "-€1,234.56"); other currencies alike ("£1,234.56", "1 234,56 CHF"). */
export function formatMoney(x: number, lang: Lang, decimals = 2, currency = 'EUR'): string {
  const n = formatNumber(x, lang, decimals);
  const sym = currencySymbol(currency);
  if (lang === 'fr' || sym.length > 1) return lang === 'fr' ? `${n}${NBSP}${sym}` : n.startsWith('-') ? `-${sym}${NBSP}${n.slice(1)}` : `${sym}${NBSP}${n}`;
  return n.startsWith('-') ? `-${sym}${n.slice(1)}` : `${sym}${n}`;
}

/** A percentage given in percent (87 → fr "87 %", en "87%"). */
export const formatPercent = (x: number, lang: Lang, decimals = 0): string => `${formatNumber(x, lang, decimals)}${lang === 'fr' ? NBSP : ''}%`;

/** Points out of 100 from hundredths: one decimal, two when needed: 1250 → "12,5", 3000 → "30,0", 581 → "5,81". */
export const formatPoints = (hundredths: number, lang: Lang): string => formatNumber(hundredths / 100, lang, Math.round(hundredths) % 10 === 0 ? 1 : 2);

/** A weight given in points (a score result's criterion weight) printed as formatPoints does: 5.81 → "5,81". */
export const formatWeight = (points: number, lang: Lang): string => formatPoints(Math.round(points * 100), lang);

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-12-01" → "1er décembre 2026" / "1 December 2026". Dates come from the inputs, never from the clock. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const month = MONTHS[lang][m - 1];
  if (!month || !Number.isInteger(d) || !Number.isInteger(y)) return iso;
  return `${lang === 'fr' && d === 1 ? '1er' : d} ${month} ${y}`;
}

/** A decimal number the user typed, shown back with the language's decimal mark ("12.5" → "12,5"), precision kept. */
export const decimalMark = (typed: string, lang: Lang): string => typed.replace('.', SEP[lang].decimal);

/** A number with exactly the decimals it has (up to 6): what the interview shows back of the buyer's figures. */
export const formatAsTyped = (x: number, lang: Lang): string => formatShort(x, lang, 6);
