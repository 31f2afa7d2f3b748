import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatLocation } from '../model/diagnostic.js';
import type { Measurement } from '../model/pay.js';
import type { Indicator } from '../model/spec.js';
import { foldHeader } from '../load/csv.js';
import { readNumber } from '../load/number.js';
import { isCalendarDate } from '../util/date.js';
import { didYouMean } from '../util/suggest.js';
import type { ResolvedPay } from '../pay/index.js';
import { cellDiagnostic, say } from './locate.js';
import { readTable, type Raw, type Table } from './table.js';

/** The columns of a measurement file, French and English (monitor init writes them); any other column is an adjustment variable. */
export const MEASURE_COLUMNS = {
  indicator: ['indicateur', 'indicator', 'id', 'identifiant'],
  label: ['libellé', 'label', 'intitulé'],
  period: ['période', 'period'],
  value: ['valeur', 'value', 'valeur mesurée', 'measured value'],
  unit: ['unité', 'unit'],
  source: ['source', 'source de la donnée', 'data source'],
  date: ['date de mesure', 'date measured', 'date', 'mesuré le', 'measured on'],
  status: ['statut', 'status', 'état'],
  comment: ['commentaire', 'comment', 'observations', 'remarks'],
} as const;

export const QUALITIES = ['ok', 'estimated', 'late', 'contested', 'missing', 'missing-buyer'] as const;
export type Quality = (typeof QUALITIES)[number];

const STATUS_ALIASES: Readonly<Record<string, Quality>> = Object.fromEntries(
  (
    [
      ['ok', ['ok', 'mesuré', 'mesure', 'measured', 'valide', 'validé', 'valid']],
      ['estimated', ['estimé', 'estime', 'estimated', 'estimation']],
      ['late', ['en retard', 'retard', 'late', 'tardif']],
      ['contested', ['contesté', 'conteste', 'contested', 'en litige', 'disputed']],
      ['missing', ['manquant', 'missing', 'non mesuré', 'absent']],
      ['missing-buyer', ['manquant acheteur', 'missing buyer', 'manquant du fait de l acheteur', 'missing because of the buyer']],
    ] as const
  ).flatMap(([q, names]) => names.map((n) => [foldHeader(n), q])),
);

/** One measurement as read, with where it came from. */
export interface MonitorMeasurement {
  readonly indicator: string;
  /** Canonical key: Y1, Y1-Q2, Y1-M03. */
  readonly period: string;
  readonly value?: number;
  readonly unit?: string;
  readonly source?: string;
  readonly date?: string;
  readonly quality: Quality;
  readonly comment?: string;
  readonly adjustments: Readonly<Record<string, string | number>>;
  /** file:line or file (sheet!cell), for the décompte's traceability. */
  readonly from: string;
}

/** "A1-T2", "y1-q2", "Y1-M3" → "Y1-Q2" / "Y1-M03"; undefined when it is not a period. */
export function canonicalPeriod(raw: Raw): string | undefined {
  if (raw === undefined) return undefined;
  const m = /^[AY]\s*(\d{1,2})(?:\s*[-/ ]\s*(?:([QT])\s*([1-4])|M\s*(\d{1,2})))?$/i.exec(String(raw).trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  if (y < 1) return undefined;
  if (m[2]) return `Y${y}-Q${m[3]}`;
  if (m[4]) {
    const mo = Number(m[4]);
    return mo >= 1 && mo <= 12 ? `Y${y}-M${String(mo).padStart(2, '0')}` : undefined;
  }
  return `Y${y}`;
}

const kindOf = (key: string): 'year' | 'quarter' | 'month' => (key.includes('-Q') ? 'quarter' : key.includes('-M') ? 'month' : 'year');
const foldUnit = (u: string): string => foldHeader(u).replace(/\s+/g, '').replace(/²/g, '2');

/** An Excel date cell reads as an ISO date; a typed one may be 2027-03-31 or 31/03/2027. */
function isoDate(raw: Raw): string | undefined {
  if (raw === undefined) return undefined;
  const s = String(raw).trim();
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = fr ? `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}` : s;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isCalendarDate(iso) ? iso : undefined;
}

export interface MeasurementsRead {
  readonly measurements: MonitorMeasurement[];
  readonly problems: Diagnostic[];
}

/**
 * Read every measurement file and check each row against the contract: known indicator, a period of the contract of
 * the indicator's kind, the indicator's unit, one measurement per indicator and period across all files, a known
 * status, a value when the status needs one. All problems at once, each at its cell.
 */
export async function readMeasurements(files: readonly string[], indicators: readonly Indicator[], pay: ResolvedPay, lang: Lang): Promise<MeasurementsRead> {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const ids = [...byId.keys()];
  const kinds = new Map<string, Set<string>>();
  for (const r of [...pay.indicators, ...pay.gainSharing]) kinds.set(r.id, (kinds.get(r.id) ?? new Set()).add(r.period));
  const problems: Diagnostic[] = [];
  const measurements: MonitorMeasurement[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const table: Table = await readTable(file, MEASURE_COLUMNS, ['indicator', 'period', 'value'], lang);
    problems.push(...table.problems);
    if (table.problems.some((p) => p.code === 'monitor/columns-missing')) continue;
    table.rows.forEach((r, k) => {
      // A row of the pre-filled workbook nobody filled yet (no value, no status): a period still to come, not an error.
      if (r.cells.value === undefined && r.cells.status === undefined && r.cells.date === undefined) return;
      const bad = (key: string, code: string, message: string, hint?: string): void => void problems.push(cellDiagnostic(table, r.row, key, code, lang, message, hint ? { hint } : {}));
      const before = problems.length;
      const id = String(r.cells.indicator ?? '').trim();
      const ind = byId.get(id);
      if (!ind) {
        const near = didYouMean(id, ids);
        bad('indicator', 'monitor/unknown-indicator', say(lang, 'monitor.unknownIndicator', { id, ids: ids.join(', ') }), near ? say(lang, 'monitor.didYouMean', { id: near }) : undefined);
      }
      const period = canonicalPeriod(r.cells.period);
      if (!period) bad('period', 'monitor/period-invalid', say(lang, 'monitor.periodInvalid', { period: String(r.cells.period ?? '') }));
      else {
        const year = Number(/^Y(\d+)/.exec(period)![1]);
        if (year > pay.years) bad('period', 'monitor/period-outside', say(lang, 'monitor.periodOutside', { period: String(r.cells.period), years: pay.years }));
        const allowed = kinds.get(id);
        if (ind && allowed && !allowed.has(kindOf(period))) bad('period', 'monitor/period-kind', say(lang, 'monitor.periodKind', { id, kind: say(lang, `monitor.kind.${[...allowed][0]}`), period: String(r.cells.period) }));
      }
      const unit = r.cells.unit === undefined ? undefined : String(r.cells.unit).trim();
      if (ind && unit && foldUnit(unit) !== foldUnit(ind.unit)) bad('unit', 'monitor/unit-wrong', say(lang, 'monitor.unitWrong', { unit, expected: ind.unit, id }));
      const rawStatus = r.cells.status === undefined ? 'ok' : foldHeader(String(r.cells.status)).replace(/-/g, ' ');
      const quality = STATUS_ALIASES[rawStatus];
      if (!quality) bad('status', 'monitor/status-invalid', say(lang, 'monitor.statusInvalid', { status: String(r.cells.status) }));
      let value: number | undefined;
      const rawValue = r.cells.value;
      if (typeof rawValue === 'number') value = rawValue;
      else if (rawValue !== undefined) {
        const n = readNumber(String(rawValue), { ...(table.locale ? { locale: table.locale } : {}), lang });
        if (n.ok) value = n.value;
        else bad('value', n.code === 'number-ambiguous' ? 'number-ambiguous' : 'monitor/value-invalid', n.message, n.hint);
      }
      if (quality && value === undefined && rawValue === undefined && ['ok', 'estimated', 'late'].includes(quality)) {
        bad('value', 'monitor/value-missing', say(lang, 'monitor.valueMissing', { id, period: period ?? '', status: String(r.cells.status ?? 'ok') }));
      }
      if (quality && (quality === 'missing' || quality === 'missing-buyer') && rawValue !== undefined) bad('value', 'monitor/value-with-status', say(lang, 'monitor.valueWithStatus', { status: String(r.cells.status) }));
      const date = isoDate(r.cells.date);
      if (r.cells.date !== undefined && !date) bad('date', 'monitor/date-invalid', say(lang, 'monitor.dateInvalid', { date: String(r.cells.date) }));
      const where = table.at(r.row, 'indicator');
      const from = where.path ? `${file} (${String(where.path[0])}!A${r.row})` : formatLocation({ file, line: r.row });
      if (ind && period) {
        const key = `${id}\u0000${period}`;
        const first = seen.get(key);
        if (first) bad('period', 'monitor/duplicate', say(lang, 'monitor.duplicate', { id, period, first }));
        else seen.set(key, from);
      }
      if (problems.length > before || !ind || !period || !quality) return;
      const adjustments = Object.fromEntries(Object.entries(table.extras[k] ?? {}).filter((e): e is [string, string | number] => e[1] !== undefined));
      measurements.push({
        indicator: id,
        period,
        ...(value !== undefined ? { value } : {}),
        ...(unit ? { unit } : {}),
        ...(r.cells.source !== undefined ? { source: String(r.cells.source) } : {}),
        ...(date ? { date } : {}),
        quality,
        ...(r.cells.comment !== undefined ? { comment: String(r.cells.comment) } : {}),
        adjustments,
        from,
      });
    });
  }
  return { measurements, problems };
}

/** The measurements as the pay core reads them: only the paid indicators'; ok, estimated and late are measured values. */
export function payMeasurements(ms: readonly MonitorMeasurement[], pay: ResolvedPay): Measurement[] {
  const paid = new Set([...pay.indicators.map((i) => i.id), ...pay.gainSharing.map((g) => g.id)]);
  return ms
    .filter((m) => paid.has(m.indicator))
    .map((m): Measurement => {
      if (m.quality === 'contested') return { indicator: m.indicator, period: m.period, status: 'contested' };
      if (m.quality === 'missing' || m.quality === 'missing-buyer') return { indicator: m.indicator, period: m.period, status: m.quality };
      return { indicator: m.indicator, period: m.period, status: 'measured', value: m.value as number };
    });
}
