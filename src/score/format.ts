import type { Lang } from '../model/common.js';

/**
 * Numbers as the committee reads them: French uses a decimal comma and a narrow no-break space for thousands.
 * Written by hand rather than with Intl so output does not depend on the ICU data of the Node build.
 */
export function num(x: number, lang: Lang, digits = 2): string {
  const fixed = Math.abs(x) < 0.5 * 10 ** -digits ? (0).toFixed(digits) : x.toFixed(digits);
  const [int, frac] = fixed.split('.');
  const sign = int!.startsWith('-') ? '-' : '';
  const digitsOnly = int!.replace('-', '');
  const sep = lang === 'fr' ? '\u202F' : ',';
  const grouped = digitsOnly.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return sign + grouped + (frac ? (lang === 'fr' ? ',' : '.') + frac : '');
}

/** A mark or level: no trailing zeros (3, 3.5, 3.33). */
export function mark(x: number, lang: Lang): string {
  const s = num(x, lang, 2).replace(/[.,]?0+$/, '');
  return s === '' || s === '-' ? '0' : s;
}

export const eur = (x: number, lang: Lang): string => (lang === 'fr' ? `${num(x, lang, 2)} €` : `€${num(x, lang, 2)}`);
export const pct = (x: number, lang: Lang, digits = 1): string => (lang === 'fr' ? `${num(x, lang, digits)} %` : `${num(x, lang, digits)}%`);
export const pts = (x: number, lang: Lang): string => `${num(x, lang, 2)} ${lang === 'fr' ? 'pts' : 'pts'}`;
