import type { Lang } from '../model/common.js';
import { loadLang, loadMessage } from './messages.js';

/**
 * True when `s` is YYYY-MM-DD and names a day that exists. Date.parse is not enough: V8 reads "2027-02-30" as
 * 2 March, so the date is rebuilt and compared with what was written.
 */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate(); // day 0 of the next month: the last day of this one
  return d <= days;
}

export type DateReading = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly code: 'date-invalid'; readonly message: string };

/** A date written YYYY-MM-DD that exists in the calendar (for the spec, CSV cells and the `score --date` option). */
export function parseIsoDate(raw: string, lang: Lang = loadLang()): DateReading {
  const s = raw.trim();
  return isCalendarDate(s) ? { ok: true, value: s } : { ok: false, code: 'date-invalid', message: loadMessage('date-invalid', { raw }, lang) };
}
