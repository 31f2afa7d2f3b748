import type { ExclusionEvent, Measurement } from '../model/pay.js';
import { absDec, dec, mulDivCents, sign, sub, toNumber } from './decimal.js';
import { directedGap } from './indicator.js';
import type { PayStep, ResolvedGainSharing } from './types.js';

export interface GainAmount {
  readonly period: string;
  readonly status: Measurement['status'] | 'excluded';
  readonly value?: number;
  /** The provider's share: + its part of the over-performance, − the shortfall it bears. */
  readonly providerCents: number;
  /** The buyer's part of the over-performance (0 on a shortfall). */
  readonly buyerCents: number;
}

/**
 * Gain sharing for one period, as in an energy-performance contract:
 * - the guaranteed saving (baseline → guaranteed level) is the buyer's, recorded for the décompte;
 * - over-performance beyond the guaranteed level: value = units × unit value (to the cent), the provider gets
 *   (100 − buyer_share) % of it (to the cent), the buyer the rest;
 * - a shortfall: value = units × unit value, the provider pays shortfall_provider_share % of it.
 * A period excluded, contested, or not measured earns nothing either way (no gain is established).
 */
export function gainAmount(
  g: ResolvedGainSharing,
  periodKey: string,
  m: Measurement | undefined,
  excluded: ExclusionEvent | undefined,
  record: (key: string, args: PayStep['args']) => void,
): GainAmount {
  if (excluded) {
    record('excluded', { kind: excluded.kind, reason: excluded.reason, recorded_on: excluded.recorded_on });
    return { period: periodKey, status: 'excluded', providerCents: 0, buyerCents: 0 };
  }
  const status = m?.status ?? 'missing';
  if (status !== 'measured') {
    record('gain-not-established', { status });
    return { period: periodKey, status, providerCents: 0, buyerCents: 0 };
  }
  const x = m?.value as number;
  const guaranteedUnits = directedGap(g.guaranteed, g.baseline, g.direction);
  if (sign(guaranteedUnits) !== 0) {
    record('gain-guaranteed', {
      baseline: g.baseline,
      guaranteed: g.guaranteed,
      units: toNumber(guaranteedUnits),
      value_cents: mulDivCents(g.unitValueCents, guaranteedUnits, dec(1)),
    });
  }
  const over = directedGap(x, g.guaranteed, g.direction);
  record('gain-gap', { value: x, guaranteed: g.guaranteed, units: toNumber(over) });
  if (sign(over) === 0) return { period: periodKey, status, value: x, providerCents: 0, buyerCents: 0 };
  const valueCents = mulDivCents(g.unitValueCents, absDec(over), dec(1));
  if (sign(over) > 0) {
    const providerShare = sub(dec(100), dec(g.buyerShare));
    const providerCents = mulDivCents(valueCents, providerShare, dec(100));
    const buyerCents = valueCents - providerCents;
    record('gain-over', { units: toNumber(over), unit_value_cents: g.unitValueCents, value_cents: valueCents, provider_share: toNumber(providerShare), provider_cents: providerCents, buyer_cents: buyerCents });
    return { period: periodKey, status, value: x, providerCents, buyerCents };
  }
  const providerCents = -mulDivCents(valueCents, dec(g.shortfallProviderShare), dec(100));
  record('gain-shortfall', { units: toNumber(absDec(over)), unit_value_cents: g.unitValueCents, value_cents: valueCents, provider_share: g.shortfallProviderShare, provider_cents: providerCents });
  return { period: periodKey, status, value: x, providerCents, buyerCents: 0 };
}
