/**
 * True when `s` is YYYY-MM-DD and names a day that exists. Date.parse is not enough: V8 reads "2027-02-30" as
 * 2 March, so the date is rebuilt and compared with what was written. The one date check of the project: the model
 * (spec schema), the readers (src/load/date.ts) and the options (src/cli/options.ts) all use it.
 */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate(); // day 0 of the next month: the last day of this one
  return d <= days;
}
