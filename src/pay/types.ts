import type { ExclusionKind, MissingDataRule, PayFields, PayPeriod } from '../model/pay.js';
import type { Indicator, Spec } from '../model/spec.js';

/** What pay needs to know about a spec; a whole Spec fits, and so does a fixture with only these parts. */
export interface PayContext {
  readonly remuneration: Pick<Spec['remuneration'], 'fixed_share' | 'performance_share' | 'mechanism' | 'cap_percent' | 'buyer_gain_share'> & PayFields;
  readonly usage_performance: readonly Pick<Indicator, 'id' | 'direction' | 'baseline' | 'baseline_year' | 'target' | 'horizon'>[];
  readonly tender: Pick<Spec['tender'], 'duration_months' | 'estimated_value_eur'> & { readonly consultation_start?: string; readonly procedure?: Spec['tender']['procedure'] };
}

export type Direction = 'increase' | 'decrease';

/** An indicator's pay terms with every default filled and every amount in cents. */
export interface ResolvedIndicator {
  readonly id: string;
  readonly direction: Direction;
  readonly period: PayPeriod;
  readonly applies: 'both' | 'bonus' | 'malus';
  readonly scale: 'linear' | 'flat';
  /** Target of contract year 1, 2, … (index 0 is year 1). */
  readonly targets: readonly number[];
  readonly targetOrigin: 'target' | 'targets-by-year' | 'trajectory';
  readonly band: number;
  readonly step: number;
  readonly rateCents: number;
  readonly bonusCapCents?: number;
  readonly malusCapCents?: number;
  readonly estimate?: number;
}

export interface ResolvedGainSharing {
  readonly id: string;
  readonly direction: Direction;
  readonly period: PayPeriod;
  readonly baseline: number;
  readonly guaranteed: number;
  readonly unitValueCents: number;
  readonly buyerShare: number;
  readonly shortfallProviderShare: number;
}

/** The pay model ready to compute: explicit in the spec, or derived from its summary fields (`derived: true`). */
export interface ResolvedPay {
  readonly derived: boolean;
  readonly fixedAnnualCents?: number;
  /** Number of contract years (duration rounded up to whole years). */
  readonly years: number;
  readonly firstYear?: number;
  readonly indicators: readonly ResolvedIndicator[];
  readonly gainSharing: readonly ResolvedGainSharing[];
  readonly bonusCapCents?: number;
  readonly malusCapCents?: number;
  readonly missingData: MissingDataRule;
  readonly exclusions: readonly ExclusionKind[];
  readonly settlement: { readonly report_days: number; readonly review_days: number; readonly payment_days: number };
}

/**
 * One step of a computation, as data: `key` names the wording (décompte templates, French and English) and `args`
 * its values. Amounts are integer cents in args ending with `_cents`.
 */
export interface PayStep {
  readonly indicator?: string;
  readonly period?: string;
  readonly key: string;
  readonly args: Readonly<Record<string, string | number>>;
}
