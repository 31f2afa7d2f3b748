import type { ExclusionEvent, Measurement } from '../model/pay.js';
import { applyGlobalCaps, clamp } from './caps.js';
import { gainAmount, type GainAmount } from './gain.js';
import { exclusionFor, periodAmount, type PeriodAmount } from './indicator.js';
import { parsePeriodKey, periodKey, periodsOfYear } from './periods.js';
import type { PayStep, ResolvedPay } from './types.js';

/** The bidder's own targets, which replace the spec's through the CCAP: one for every year, or one per contract year. */
export type Commitments = Readonly<Record<string, number | readonly number[]>>;

export interface SettleInput {
  /** Contract year to settle (1-based). */
  readonly year: number;
  /** Measurements; rows of other years are ignored, a period with no row counts as missing (provider's side). */
  readonly measurements: readonly Measurement[];
  readonly events?: readonly ExclusionEvent[];
  readonly commitments?: Commitments;
}

export interface IndicatorSettlement {
  readonly id: string;
  readonly periods: readonly PeriodAmount[];
  readonly sumCents: number;
  readonly cappedCents: number;
  readonly finalCents: number;
}

export interface GainSettlement {
  readonly id: string;
  readonly periods: readonly GainAmount[];
  readonly providerCents: number;
  readonly buyerCents: number;
}

/** One contract year's décompte: every amount in cents (+ paid to the provider, − deducted) and every step. */
export interface YearSettlement {
  readonly year: number;
  readonly indicators: readonly IndicatorSettlement[];
  readonly globalCap?: 'bonus' | 'malus';
  readonly bonusMalusCents: number;
  readonly gainSharing: readonly GainSettlement[];
  readonly gainSharingCents: number;
  readonly totalCents: number;
  readonly steps: readonly PayStep[];
}

/** A measurement the model cannot place: reported by monitor's loader with file and line before settling. */
export interface MeasurementIssue {
  readonly code: 'pay/measurement-unknown-indicator' | 'pay/measurement-period-kind' | 'pay/measurement-duplicate' | 'pay/measurement-year';
  readonly index: number;
  readonly indicator: string;
  readonly period: string;
}

export function measurementIssues(pay: ResolvedPay, measurements: readonly Measurement[]): MeasurementIssue[] {
  const kinds = new Map<string, Set<string>>();
  for (const r of [...pay.indicators, ...pay.gainSharing]) kinds.set(r.id, (kinds.get(r.id) ?? new Set()).add(r.period));
  const seen = new Set<string>();
  const issues: MeasurementIssue[] = [];
  measurements.forEach((m, index) => {
    const base = { index, indicator: m.indicator, period: m.period };
    const p = parsePeriodKey(m.period);
    const k = kinds.get(m.indicator);
    if (!k) issues.push({ code: 'pay/measurement-unknown-indicator', ...base });
    else if (!k.has(p.kind)) issues.push({ code: 'pay/measurement-period-kind', ...base });
    if (p.year > pay.years) issues.push({ code: 'pay/measurement-year', ...base });
    const key = `${m.indicator}\u0000${m.period}`;
    if (seen.has(key)) issues.push({ code: 'pay/measurement-duplicate', ...base });
    seen.add(key);
  });
  return issues;
}

export class PayInputError extends Error {
  constructor(readonly issues: readonly MeasurementIssue[]) {
    super(`measurements the pay model cannot place: ${issues.map((i) => `${i.code} ${i.indicator} ${i.period}`).join('; ')}`);
  }
}

function targetFor(commitments: Commitments | undefined, id: string, year: number, specTarget: number): { target: number; origin: 'commitment' | 'spec' } {
  const c = commitments?.[id];
  if (c === undefined) return { target: specTarget, origin: 'spec' };
  if (typeof c === 'number') return { target: c, origin: 'commitment' };
  const list = c as readonly number[];
  return { target: list[Math.min(year - 1, list.length - 1)], origin: 'commitment' };
}

/**
 * Settle one contract year: each indicator's periods (gap, band, rate), its yearly sum clamped to its own caps,
 * the net clamped to the global caps (proportional reduction), then gain sharing, which the bonus-malus caps do not
 * touch (a CPE's guarantee covers the whole shortfall). Throws PayInputError on measurements it cannot place.
 */
export function settleYear(pay: ResolvedPay, input: SettleInput): YearSettlement {
  const { year } = input;
  if (!Number.isInteger(year) || year < 1 || year > pay.years) throw new RangeError(`contract year ${year} is outside 1–${pay.years}`);
  const issues = measurementIssues(pay, input.measurements);
  if (issues.length > 0) throw new PayInputError(issues);
  const events = input.events ?? [];
  const byKey = new Map(input.measurements.map((m) => [`${m.indicator}\u0000${m.period}`, m]));
  const steps: PayStep[] = [];
  const recorder = (indicator: string | undefined, period: string | undefined) => (key: string, args: PayStep['args']) =>
    steps.push({ ...(indicator ? { indicator } : {}), ...(period ? { period } : {}), key, args });

  const partial = pay.indicators.map((ind) => {
    const { target, origin } = targetFor(input.commitments, ind.id, year, ind.targets[year - 1]);
    recorder(ind.id, `Y${year}`)('target', { target, origin: origin === 'commitment' ? 'commitment' : ind.targetOrigin });
    const periods = periodsOfYear(year, ind.period).map((p) => {
      const key = periodKey(p);
      const record = recorder(ind.id, key);
      const excluded = exclusionFor(ind.id, p, events, pay.exclusions, record);
      return periodAmount(ind, key, target, byKey.get(`${ind.id}\u0000${key}`), excluded, pay.missingData, record);
    });
    const sumCents = periods.reduce((s, p) => s + p.amountCents, 0);
    const record = recorder(ind.id, `Y${year}`);
    record('indicator-sum', { amount_cents: sumCents });
    const cappedCents = clamp(sumCents, ind.bonusCapCents, ind.malusCapCents);
    if (cappedCents !== sumCents) {
      const side = sumCents > 0 ? 'bonus' : 'malus';
      record('indicator-cap', { side, cap_cents: (side === 'bonus' ? ind.bonusCapCents : ind.malusCapCents) as number, before_cents: sumCents, after_cents: cappedCents });
    }
    return { id: ind.id, periods, sumCents, cappedCents };
  });

  const global = applyGlobalCaps(partial.map((p) => p.cappedCents), pay.bonusCapCents, pay.malusCapCents);
  const record = recorder(undefined, `Y${year}`);
  record('global-sum', { net_cents: global.netBefore });
  if (global.side) {
    const cap = (global.side === 'bonus' ? pay.bonusCapCents : pay.malusCapCents) as number;
    record('global-cap', { side: global.side, method: 'proportional', cap_cents: cap, before_cents: global.netBefore, after_cents: global.netAfter });
    partial.forEach((p, i) => {
      if (global.amounts[i] !== p.cappedCents) recorder(p.id, `Y${year}`)('global-reduction', { before_cents: p.cappedCents, after_cents: global.amounts[i] });
    });
  }
  const indicators = partial.map((p, i) => ({ ...p, finalCents: global.amounts[i] }));

  const gainSharing = pay.gainSharing.map((g) => {
    const periods = periodsOfYear(year, g.period).map((p) => {
      const key = periodKey(p);
      const rec = recorder(g.id, key);
      return gainAmount(g, key, byKey.get(`${g.id}\u0000${key}`), exclusionFor(g.id, p, events, pay.exclusions, rec), rec);
    });
    return {
      id: g.id,
      periods,
      providerCents: periods.reduce((s, p) => s + p.providerCents, 0),
      buyerCents: periods.reduce((s, p) => s + p.buyerCents, 0),
    };
  });
  const gainSharingCents = gainSharing.reduce((s, g) => s + g.providerCents, 0);
  const totalCents = global.netAfter + gainSharingCents;
  record('total', { bonus_malus_cents: global.netAfter, gain_sharing_cents: gainSharingCents, total_cents: totalCents });
  return { year, indicators, ...(global.side ? { globalCap: global.side } : {}), bonusMalusCents: global.netAfter, gainSharing, gainSharingCents, totalCents, steps };
}
