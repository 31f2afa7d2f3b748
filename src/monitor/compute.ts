import type { Amendment } from '../model/contract.js';
import { InputError } from '../model/errors.js';
import type { Lang } from '../model/common.js';
import { eurosText, settleYear, type Commitments, type ResolvedPay, type YearSettlement } from '../pay/index.js';
import { termsOfYear, type LoadedContract } from './contract.js';
import { say } from './locate.js';
import { payMeasurements, type MonitorMeasurement, type Quality } from './measurements.js';

/** One contract year settled with the terms in force that year. */
export interface YearResult {
  readonly year: number;
  /** Calendar year of this contract year, when the pay model knows the first one. */
  readonly calendarYear?: number;
  readonly settlement: YearSettlement;
  readonly commitments: Commitments;
  readonly amendments: readonly Amendment[];
  readonly pay: ResolvedPay;
}

export interface DataQuality {
  /** Rows read, by quality. */
  readonly counts: Readonly<Record<Quality, number>>;
  /** Periods of paid indicators with no row at all, up to the settled year. */
  readonly unreported: readonly { readonly indicator: string; readonly period: string }[];
}

export interface MonitorResult {
  readonly contractFile: string;
  readonly lc: LoadedContract;
  readonly lang: Lang;
  /** The year the décompte settles. */
  readonly year: number;
  /** Every year from 1 to `year`, for the trajectory and the cumulated amounts. */
  readonly years: readonly YearResult[];
  readonly measurements: readonly MonitorMeasurement[];
  readonly quality: DataQuality;
}

/**
 * Settle every contract year up to `year` (default: the last year with a measurement), each with the commitments
 * and baselines in force that year after the recorded amendments. Pure: no file is read or written.
 */
export function computeMonitor(lc: LoadedContract, measurements: readonly MonitorMeasurement[], lang: Lang, year?: number): MonitorResult {
  const last = Math.max(1, ...measurements.map((m) => Number(/^Y(\d+)/.exec(m.period)![1])));
  const target = year ?? last;
  if (target > lc.pay.years) {
    throw new InputError([{ code: 'monitor/year-outside', severity: 'error', message: say(lang, 'monitor.yearNotCovered', { year: target, years: lc.pay.years }), args: { option: '--year' } }]);
  }
  const all = payMeasurements(measurements, lc.pay);
  const years: YearResult[] = [];
  for (let y = 1; y <= target; y++) {
    const terms = termsOfYear(lc, y);
    const settlement = settleYear(terms.pay, { year: y, measurements: all.filter((m) => m.period.startsWith(`Y${y}`) && /^Y\d+/.exec(m.period)![0] === `Y${y}`), events: lc.contract.events, commitments: terms.commitments });
    years.push({ year: y, ...(lc.pay.firstYear !== undefined ? { calendarYear: lc.pay.firstYear + y - 1 } : {}), settlement, commitments: terms.commitments, amendments: terms.amendments, pay: terms.pay });
  }
  const counts = Object.fromEntries((['ok', 'estimated', 'late', 'contested', 'missing', 'missing-buyer'] as const).map((q) => [q, measurements.filter((m) => m.quality === q && Number(/^Y(\d+)/.exec(m.period)![1]) <= target).length])) as Record<Quality, number>;
  const have = new Set(measurements.map((m) => `${m.indicator}\u0000${m.period}`));
  const unreported = years.flatMap((y) => [
    ...y.settlement.indicators.flatMap((i) => i.periods.filter((p) => !have.has(`${i.id}\u0000${p.period}`)).map((p) => ({ indicator: i.id, period: p.period }))),
    ...y.settlement.gainSharing.flatMap((g) => g.periods.filter((p) => !have.has(`${g.id}\u0000${p.period}`)).map((p) => ({ indicator: g.id, period: p.period }))),
  ]);
  return { contractFile: lc.file, lc, lang, year: target, years, measurements, quality: { counts, unreported } };
}

/** The result as JSON: amounts in cents and as euro strings, every step as data, the measurements with their origin. */
export function monitorJson(r: MonitorResult): unknown {
  const eur = (c: number): string => eurosText(c);
  const c = r.lc.contract;
  return {
    contract: { file: r.contractFile, reference: c.spec.reference, bidder: c.bidder, award_date: c.award_date, spec: c.spec.file, years: r.lc.pay.years },
    rounding: 'cent-half-away-from-zero',
    global_cap_method: 'proportional',
    year: r.year,
    years: r.years.map((y) => ({
      year: y.year,
      ...(y.calendarYear !== undefined ? { calendar_year: y.calendarYear } : {}),
      commitments: y.commitments,
      amendments: y.amendments,
      indicators: y.settlement.indicators.map((i) => ({ id: i.id, periods: i.periods.map((p) => ({ ...p, amount_eur: eur(p.amountCents) })), sum_eur: eur(i.sumCents), capped_eur: eur(i.cappedCents), final_eur: eur(i.finalCents) })),
      ...(y.settlement.globalCap ? { global_cap: y.settlement.globalCap } : {}),
      bonus_malus_eur: eur(y.settlement.bonusMalusCents),
      gain_sharing: y.settlement.gainSharing.map((g) => ({ id: g.id, periods: g.periods, provider_eur: eur(g.providerCents), buyer_eur: eur(g.buyerCents) })),
      gain_sharing_eur: eur(y.settlement.gainSharingCents),
      total_eur: eur(y.settlement.totalCents),
      total_cents: y.settlement.totalCents,
      steps: y.settlement.steps,
    })),
    cumulated_eur: eur(r.years.reduce((s, y) => s + y.settlement.totalCents, 0)),
    quality: r.quality,
    measurements: r.measurements,
  };
}
