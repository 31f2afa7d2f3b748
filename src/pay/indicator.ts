import type { ExclusionEvent, Measurement, MissingDataRule, ExclusionKind } from '../model/pay.js';
import { PERIODS_PER_YEAR } from '../model/pay.js';
import { absDec, compare, dec, mulDivCents, neg, sign, sub, toNumber, type Dec } from './decimal.js';
import { overlaps, parsePeriodKey, type PeriodRef } from './periods.js';
import type { Direction, PayStep, ResolvedIndicator } from './types.js';

export type PeriodStatus = Measurement['status'] | 'excluded';

export interface PeriodAmount {
  readonly period: string;
  readonly status: PeriodStatus;
  /** The value the amount was computed from (the measurement, or the contractual estimate). */
  readonly value?: number;
  readonly target: number;
  readonly amountCents: number;
}

/** Gap signed so that positive is better than the target: x − target, or target − x when lower is better. */
export function directedGap(x: number, target: number, direction: Direction): Dec {
  const d = sub(dec(x), dec(target));
  return direction === 'increase' ? d : neg(d);
}

/**
 * The event of an excluded kind that neutralises this period of this indicator, if any. Events of a kind the CCAP
 * does not list are reported in the steps but change nothing.
 */
export function exclusionFor(
  id: string,
  period: PeriodRef,
  events: readonly ExclusionEvent[],
  allowed: readonly ExclusionKind[],
  record: (key: string, args: PayStep['args']) => void,
): ExclusionEvent | undefined {
  for (const e of events) {
    if (e.indicators && !e.indicators.includes(id)) continue;
    if (!e.periods.some((k) => overlaps(parsePeriodKey(k), period))) continue;
    if (allowed.includes(e.kind)) return e;
    record('exclusion-not-provided', { kind: e.kind, reason: e.reason });
  }
  return undefined;
}

/**
 * Bonus (+) or malus (−) of one indicator for one period, before any cap:
 * d = gap signed by direction; 0 inside the neutral band; else linear sign(d) × rate × (|d| − band) / step,
 * or flat sign(d) × rate; 0 on a side the indicator does not pay.
 */
export function periodAmount(
  ind: ResolvedIndicator,
  periodKey: string,
  target: number,
  m: Measurement | undefined,
  excluded: ExclusionEvent | undefined,
  missingRule: MissingDataRule,
  record: (key: string, args: PayStep['args']) => void,
): PeriodAmount {
  const base = { period: periodKey, target };
  if (excluded) {
    record('excluded', { kind: excluded.kind, reason: excluded.reason, recorded_on: excluded.recorded_on });
    return { ...base, status: 'excluded', amountCents: 0 };
  }
  const status = m?.status ?? 'missing';
  if (status === 'contested') {
    record('contested', {});
    return { ...base, status, amountCents: 0 };
  }
  if (status === 'missing-buyer') {
    record('missing-buyer', {});
    return { ...base, status, amountCents: 0 };
  }
  let value = m?.value;
  if (status === 'missing') {
    if (missingRule === 'contractual-estimate') {
      value = ind.estimate as number; // resolve/check guarantee it exists under this rule
      record('missing-estimate', { estimate: value });
    } else {
      const amountCents = notAchievedAmount(ind);
      record('missing-not-achieved', { amount_cents: amountCents, scale: ind.scale, applies: ind.applies });
      return { ...base, status, amountCents };
    }
  }
  const x = value as number;
  const d = directedGap(x, target, ind.direction);
  record('gap', { value: x, target, direction: ind.direction, gap: toNumber(d) });
  const band = dec(ind.band);
  const ad = absDec(d);
  if (compare(ad, band) <= 0) {
    record('neutral-band', { gap: toNumber(d), band: ind.band });
    return { ...base, status, value: x, amountCents: 0 };
  }
  const side = sign(d) > 0 ? 'bonus' : 'malus';
  if (ind.applies !== 'both' && ind.applies !== side) {
    record('side-not-paid', { side, applies: ind.applies });
    return { ...base, status, value: x, amountCents: 0 };
  }
  let amountCents: number;
  if (ind.scale === 'flat') {
    amountCents = sign(d) * ind.rateCents;
    record('flat', { side, rate_cents: ind.rateCents, amount_cents: amountCents });
  } else {
    const excess = sub(ad, band);
    amountCents = sign(d) * mulDivCents(ind.rateCents, excess, dec(ind.step));
    record('linear', { side, excess: toNumber(excess), step: ind.step, rate_cents: ind.rateCents, amount_cents: amountCents });
  }
  return { ...base, status, value: x, amountCents };
}

/**
 * "Not achieved": no bonus, and the malus the indicator could at most cost for one period — the flat rate, or its
 * yearly malus floor spread over the year's periods (to the cent). check.ts refuses a linear malus without a floor.
 */
export function notAchievedAmount(ind: ResolvedIndicator): number {
  if (ind.applies === 'bonus') return 0;
  if (ind.scale === 'flat') return -ind.rateCents;
  const perYear = PERIODS_PER_YEAR[ind.period];
  return -mulDivCents(ind.malusCapCents as number, dec(1), dec(perYear));
}
