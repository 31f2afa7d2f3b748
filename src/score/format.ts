import type { Lang } from '../model/common.js';
import { formatMark, formatMoney, formatNumber, formatPercent } from '../wording/format.js';

/**
 * The score's short names for the one formatter (src/wording/format.ts): computed scores with two decimals,
 * money to the cent, percentages with one decimal.
 */
export const num = (x: number, lang: Lang, digits = 2): string => formatNumber(x, lang, digits);
export const mark = formatMark;
export const eur = (x: number, lang: Lang, currency?: string): string => formatMoney(x, lang, 2, currency);
export const pct = (x: number, lang: Lang, digits = 1): string => formatPercent(x, lang, digits);
export const pts = (x: number, lang: Lang): string => `${num(x, lang, 2)} pts`;
