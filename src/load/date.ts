import type { Lang } from '../model/common.js';
import { isCalendarDate } from '../util/date.js';
import { loadMessage } from './messages.js';
import { getTerminalLang } from '../wording/lang.js';

export { isCalendarDate };

export type DateReading = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly code: 'date-invalid'; readonly message: string };

/** A date written YYYY-MM-DD that exists in the calendar (for the spec, CSV cells and the `score --date` option). */
export function parseIsoDate(raw: string, lang: Lang = getTerminalLang()): DateReading {
  const s = raw.trim();
  return isCalendarDate(s) ? { ok: true, value: s } : { ok: false, code: 'date-invalid', message: loadMessage('date-invalid', { raw }, lang) };
}
