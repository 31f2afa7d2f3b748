import type { Lang } from '../model/common.js';
import { loadMessage } from './messages.js';
import { getTerminalLang } from '../wording/lang.js';

/**
 * The one reader of numbers typed by people (CSV cells, XLSX text cells, YAML strings where a number is expected).
 * French and English writings are both read: "1 234,56", "1.234,56", "1,234.56", "1234.56", "1234,56", "1 234"
 * (space, no-break space or narrow no-break space between thousands). A value that two conventions read differently
 * ("150,085": 150.085 or 150 085?) is an error that shows both readings: a committee's ranking must never rest on
 * a guess.
 */
export type NumberLocale = 'fr' | 'en';

export type NumberReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: 'number-invalid' | 'number-ambiguous' | 'number-not-finite'; readonly message: string; readonly hint?: string; readonly readings?: readonly [decimal: number, thousands: number] };

export interface ReadNumberOptions {
  /**
   * The convention of the file, when known. Only "en" resolves a lone point before three digits ("1.234" is
   * 1.234 in English); a lone comma before three digits stays ambiguous in both (English thousands or French
   * decimals).
   */
  readonly locale?: NumberLocale;
  readonly lang?: Lang;
}

const SPACES = /[ \u00A0\u202F\u2009]/;
const GROUPED = (sep: string): RegExp => new RegExp(`^[1-9]\\d{0,2}(?:${sep === '.' ? '\\.' : sep}\\d{3})+$`);

export function readNumber(raw: string, opts: ReadNumberOptions = {}): NumberReading {
  const lang = opts.lang ?? getTerminalLang();
  const invalid: NumberReading = { ok: false, code: 'number-invalid', message: loadMessage('number-invalid', { raw }, lang) };
  let s = raw.trim().replace(/^(?:€|EUR)\s*/i, '').replace(/\s*(?:€|EUR|euros?)$/i, '');
  let sign = 1;
  if (/^[-\u2212]/.test(s)) sign = -1;
  if (/^[-+\u2212]/.test(s)) s = s.slice(1);
  if (s === '') return invalid;

  const finite = (v: number): NumberReading =>
    Number.isFinite(v) ? { ok: true, value: sign * v } : { ok: false, code: 'number-not-finite', message: loadMessage('number-not-finite', { raw }, lang) };

  // Scientific notation, as spreadsheets export very large or small numbers: "1.5E+7" ("1e400" is out of range).
  if (/^\d+(?:\.\d+)?e[+-]?\d+$/i.test(s)) return finite(Number(s));

  // Thousands separated by spaces: the groups must be well formed, and then "," or "." can only be decimal.
  let spaced = false;
  if (SPACES.test(s)) {
    const m = /^([\d \u00A0\u202F\u2009]+)([.,]\d+)?$/.exec(s);
    if (!m || !/^[1-9]\d{0,2}(?:[ \u00A0\u202F\u2009]\d{3})+$/.test(m[1]!)) return invalid;
    s = m[1]!.replace(/[ \u00A0\u202F\u2009]/g, '') + (m[2] ?? '');
    spaced = true;
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return invalid;
  const commas = s.split(',').length - 1;
  const points = s.split('.').length - 1;

  if (commas === 0 && points === 0) return finite(Number(s));
  if (commas > 0 && points > 0) {
    // Both: the last one is the decimal separator, the other groups thousands ("1.234,56", "1,234.56").
    const dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = dec === ',' ? '.' : ',';
    const [int, frac] = [s.slice(0, s.lastIndexOf(dec)), s.slice(s.lastIndexOf(dec) + 1)];
    if (spaced || !GROUPED(group).test(int) || !/^\d+$/.test(frac)) return invalid;
    return finite(Number(`${int.split(group).join('')}.${frac}`));
  }
  const sep = commas > 0 ? ',' : '.';
  const count = commas + points;
  if (count > 1) {
    // "1,234,567" or "1.234.567": thousands only.
    if (spaced || !GROUPED(sep).test(s)) return invalid;
    return finite(Number(s.split(sep).join('')));
  }
  const [int, frac] = s.split(sep) as [string, string];
  if (!/^\d*$/.test(int) || !/^\d+$/.test(frac)) return invalid;
  const decimal = Number(`${int || '0'}.${frac}`);
  // Could it be a thousands separator? Only before exactly three digits, after 1–3 digits not starting with 0.
  const couldGroup = !spaced && frac.length === 3 && /^[1-9]\d{0,2}$/.test(int);
  if (!couldGroup || (sep === '.' && opts.locale === 'en')) return finite(decimal);
  const thousands = Number(int + frac);
  const fr = lang === 'fr';
  // The two readings written the way the message's language writes numbers (the one formatter's separators).
  const a = loadMessage('reading.decimals', { value: `${int}${fr ? ',' : '.'}${frac}` }, lang);
  const b = loadMessage('reading.thousands', { value: `${int}${fr ? ' ' : ','}${frac}` }, lang);
  return {
    ok: false,
    code: 'number-ambiguous',
    message: loadMessage('number-ambiguous', { raw, a, b }, lang),
    hint: loadMessage('hint-number-ambiguous', { a2: fr ? `${int},${frac}0` : `${int}.${frac}0`, b2: String(thousands) }, lang),
    readings: [decimal, thousands],
  };
}

/** Convenience for callers that only need the value: undefined when `raw` is not exactly one number. */
export function numberOrUndefined(raw: string, opts: ReadNumberOptions = {}): number | undefined {
  const r = readNumber(raw, opts);
  return r.ok ? r.value : undefined;
}

/**
 * Ceiling above which a price is a typing or unit error, not an offer. 1 000 × the spec's estimated value: a real
 * offer can be several times the estimate (an unsuccessful tender), never a thousand times. Without an estimate,
 * 10^12 €: a thousand billion euros, more than the French State's whole yearly budget, and small enough that sums
 * and means of prices stay exact in floating point (two 9e307 prices would overflow to Infinity).
 */
export function priceCeiling(estimatedValue?: number): { readonly value: number; readonly basis: 'estimate' | 'absolute' } {
  return estimatedValue && estimatedValue > 0 ? { value: 1000 * estimatedValue, basis: 'estimate' } : { value: 1e12, basis: 'absolute' };
}
