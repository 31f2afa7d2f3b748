import { PERIODS_PER_YEAR, type PayPeriod } from '../model/pay.js';

/** A measurement period: contract year (1-based) and its index within the year (1-based: month 1–12, quarter 1–4). */
export interface PeriodRef {
  readonly year: number;
  readonly kind: PayPeriod;
  readonly index: number;
}

export function periodKey(p: PeriodRef): string {
  if (p.kind === 'year') return `Y${p.year}`;
  if (p.kind === 'quarter') return `Y${p.year}-Q${p.index}`;
  return `Y${p.year}-M${String(p.index).padStart(2, '0')}`;
}

/** Parse a key already validated by PeriodKeySchema. */
export function parsePeriodKey(key: string): PeriodRef {
  const m = /^Y(\d+)(?:-([QM])(\d+))?$/.exec(key);
  if (!m) throw new RangeError(`not a contract period: ${key}`);
  const year = Number(m[1]);
  if (!m[2]) return { year, kind: 'year', index: 1 };
  return { year, kind: m[2] === 'Q' ? 'quarter' : 'month', index: Number(m[3]) };
}

/** The periods of one contract year, in order. */
export function periodsOfYear(year: number, kind: PayPeriod): PeriodRef[] {
  return Array.from({ length: PERIODS_PER_YEAR[kind] }, (_, i) => ({ year, kind, index: i + 1 }));
}

/** First and last month (1–12) a period covers within its year. */
function months(p: PeriodRef): [number, number] {
  if (p.kind === 'year') return [1, 12];
  if (p.kind === 'quarter') return [3 * p.index - 2, 3 * p.index];
  return [p.index, p.index];
}

/** Two periods overlap when they share a month: a month of force majeure neutralises the quarter that holds it. */
export function overlaps(a: PeriodRef, b: PeriodRef): boolean {
  if (a.year !== b.year) return false;
  const [a0, a1] = months(a);
  const [b0, b1] = months(b);
  return a0 <= b1 && b0 <= a1;
}
