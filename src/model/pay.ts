import { z } from 'zod';
import { IdSchema } from './common.js';
import { isCalendarDate } from '../util/date.js';

/**
 * Performance-linked pay: the per-indicator model the CCAP prints as its pay article and `monitor` settles each
 * period. These fields sit under the spec's `remuneration`, next to the summary fields (fixed_share,
 * performance_share, mechanism, cap_percent, buyer_gain_share) that older specs carry; when `indicators` is absent a
 * default model is derived from those (src/pay/derive.ts). Amounts are euros HT; signs are the provider's: a bonus is
 * positive, a malus negative.
 */

const Text = z.string().trim().min(1);
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'schema.not-a-date'); // the one date check (2027-02-30 is refused); a catalog key

/** Cents are exact integers: a euro amount with more than two decimals would be silently rounded, so it is refused. */
export const hasAtMostDecimals = (n: number, k: number): boolean => {
  const scaled = n * 10 ** k;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
};
const Euros = z.number().min(0).refine((n) => hasAtMostDecimals(n, 2), 'must be an amount in euros to the cent (at most two decimals)');
const Percent = z.number().min(0).max(100);

export const PAY_PERIODS = ['month', 'quarter', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];
export const PERIODS_PER_YEAR: Readonly<Record<PayPeriod, number>> = { month: 12, quarter: 4, year: 1 };

/** Which side of the target pays: a bonus only (an incentive), a malus only (a penalty) or both. */
export const PAY_SIDES = ['both', 'bonus', 'malus'] as const;
/** `linear`: m = rate × (|d| − band) / step; `flat`: a fixed amount per period outside the band (TER Bourgogne malus). */
export const PAY_SCALES = ['linear', 'flat'] as const;
/** A provider's missing measurement counts as not achieved, or takes the indicator's contractual estimate. A missing value the buyer caused is always neutral. */
export const MISSING_DATA_RULES = ['not-achieved', 'contractual-estimate'] as const;
export type MissingDataRule = (typeof MISSING_DATA_RULES)[number];
/** Events that neutralise a period when the CCAP lists their kind (dce.md §2.1). */
export const EXCLUSION_KINDS = ['force-majeure', 'buyer-works', 'strike'] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];
/** The only rounding rule: each amount to the cent, half away from zero (−0.005 € → −0.01 €). */
export const ROUNDING_RULE = 'cent-half-away-from-zero' as const;
/** How the global caps are applied: the amounts on the capped side are reduced in proportion (see src/pay/caps.ts). */
export const GLOBAL_CAP_METHOD = 'proportional' as const;

/** A cap in euros, or as a percentage of the annual fixed part: exactly one of the two. */
export const CapSchema = z
  .object({ eur: Euros.optional(), percent: Percent.optional() })
  .strict()
  .refine((c) => (c.eur === undefined) !== (c.percent === undefined), 'give either eur or percent (of the annual fixed part), not both');
export type Cap = z.infer<typeof CapSchema>;

/**
 * A straight-line trajectory from a starting value to the target, in calendar years; each contract year's target is
 * the value at that year, rounded to `decimals` (half away from zero). Missing ends come from the indicator
 * (baseline, baseline_year, target, horizon).
 */
export const TrajectorySchema = z
  .object({
    from_year: z.number().int().min(1990).max(2100).optional(),
    from_value: z.number().optional(),
    to_year: z.number().int().min(1990).max(2100).optional(),
    to_value: z.number().optional(),
    decimals: z.number().int().min(0).max(6).default(2),
  })
  .strict();
export type Trajectory = z.infer<typeof TrajectorySchema>;

export const PayIndicatorSchema = z
  .object({
    /** An id of `usage_performance`; its direction says which side of the target is better. */
    indicator: IdSchema,
    /** Measurement period of this indicator; defaults to the model's `period`. */
    period: z.enum(PAY_PERIODS).optional(),
    applies: z.enum(PAY_SIDES).default('both'),
    scale: z.enum(PAY_SCALES).default('linear'),
    /** One target for every period … */
    target: z.number().optional(),
    /** … or one per contract year (year 1 first; the last holds for later years) … */
    targets_by_year: z.array(z.number()).min(1).optional(),
    /** … or a trajectory from the baseline; with none of the three, the indicator's target (or its trajectory when it has a baseline and years). */
    trajectory: TrajectorySchema.optional(),
    /** No bonus nor malus while |x − target| ≤ neutral_band (indicator units). */
    neutral_band: z.number().min(0).default(0),
    /** Size of one step of deviation (indicator units), paid `rate_eur`. */
    step: z.number().positive().default(1),
    /** Euros per step (linear) or per period outside the band (flat). */
    rate_eur: Euros,
    /** Bonus ceiling of this indicator per contract year. */
    bonus_cap: CapSchema.optional(),
    /** Malus floor of this indicator per contract year (a positive amount, deducted). */
    malus_cap: CapSchema.optional(),
    /** Value used for a period the provider did not measure, when `missing_data` is `contractual-estimate`. */
    estimate: z.number().optional(),
  })
  .strict()
  .refine((i) => [i.target, i.targets_by_year, i.trajectory].filter((v) => v !== undefined).length <= 1, {
    message: 'give at most one of target, targets_by_year and trajectory',
    path: ['target'],
  });
export type PayIndicator = z.infer<typeof PayIndicatorSchema>;

/**
 * Gain sharing as in an energy-performance contract: below the `guaranteed` level (the provider's guarantee; the
 * baseline when none), every unit of over-performance is worth `unit_value_eur` and split by the key; a shortfall is
 * borne by the provider for `shortfall_provider_share` % (100 % by default, ≥ 66 % for the CEE bonus).
 */
export const GainSharingSchema = z
  .object({
    indicator: IdSchema,
    period: z.enum(PAY_PERIODS).optional(),
    /** Defaults to the indicator's baseline. */
    baseline: z.number().optional(),
    /** Guaranteed level; defaults to the baseline (everything beyond the baseline is shared). */
    guaranteed: z.number().optional(),
    /** Value in euros of one unit of the indicator (e.g. 150 €/MWh; or population × €/kg for a per-inhabitant figure). */
    unit_value_eur: Euros.refine((n) => n > 0, 'must be more than 0'),
    /** Buyer's share of the over-performance, in %; the provider gets the rest. */
    buyer_share: Percent,
    /** Share of a shortfall below the guaranteed level that the provider bears, in %. */
    shortfall_provider_share: Percent.default(100),
  })
  .strict();
export type GainSharing = z.infer<typeof GainSharingSchema>;

/** The fields added under `remuneration`; all optional so that older specs stay valid. */
export const PayFieldsSchema = z
  .object({
    /** Annual fixed part, euros HT; derived from estimated_value_eur × fixed_share × 12 / duration_months when absent. */
    fixed_annual_eur: Euros.optional(),
    /** Calendar year of contract year 1 (for trajectories); defaults to the year after consultation_start. */
    first_year: z.number().int().min(1990).max(2100).optional(),
    /** Default measurement period of the indicators. Pay is settled once per contract year whatever the period. */
    period: z.enum(PAY_PERIODS).optional(),
    /** Settlement calendar of each contract year's décompte. */
    settlement: z
      .object({
        /** Days after the end of the contract year within which the provider sends its measurements. */
        report_days: z.number().int().min(1).max(365).default(30),
        /** Days for the contradictory review (mirrors the CCAG's 15 days). */
        review_days: z.number().int().min(1).max(120).default(15),
        /** Days to pay (or deduct) once the décompte is settled (CCP R2192-10). */
        payment_days: z.number().int().min(1).max(120).default(30),
      })
      .strict()
      .optional(),
    indicators: z.array(PayIndicatorSchema).optional(),
    /** Global caps per contract year, on the net bonus-malus. */
    caps: z.object({ bonus: CapSchema.optional(), malus: CapSchema.optional() }).strict().optional(),
    global_cap_method: z.literal(GLOBAL_CAP_METHOD).optional(),
    gain_sharing: z.array(GainSharingSchema).optional(),
    missing_data: z.enum(MISSING_DATA_RULES).optional(),
    /** Kinds of events that neutralise a period; force majeure and the buyer's works by default. */
    exclusions: z.array(z.enum(EXCLUSION_KINDS)).optional(),
    rounding: z.literal(ROUNDING_RULE).optional(),
    /** Why the caps leave part of the performance share out of play (see pay/cap-below-share). */
    cap_rationale: Text.optional(),
  })
  .strict();
export type PayFields = z.infer<typeof PayFieldsSchema>;

/** A period of the contract: `Y2` (year), `Y2-Q3` (quarter), `Y2-M07` (month), counted from the contract's start. */
export const PeriodKeySchema = z.string().regex(/^Y([1-9]\d?)(?:-(Q[1-4]|M(?:0[1-9]|1[0-2])))?$/, 'must be a contract period such as Y1, Y1-Q2 or Y1-M03');

/** One measurement of an indicator for a period, as `monitor` will read it. */
export const MeasurementSchema = z
  .object({
    indicator: IdSchema,
    period: PeriodKeySchema,
    /** `missing`: the provider did not measure; `missing-buyer`: the buyer caused it; `contested`: held until settled. */
    status: z.enum(['measured', 'missing', 'missing-buyer', 'contested']).default('measured'),
    value: z.number().optional(),
    source: Text.optional(),
  })
  .strict()
  .refine((m) => (m.status === 'measured') === (m.value !== undefined), {
    message: 'a measured value needs a value; another status takes none',
    path: ['value'],
  });
export type Measurement = z.infer<typeof MeasurementSchema>;
export type MeasurementInput = z.input<typeof MeasurementSchema>;

/** A recorded event (force majeure, buyer's works…) that neutralises some periods of some indicators. */
export const ExclusionEventSchema = z
  .object({
    kind: z.enum(EXCLUSION_KINDS),
    /** Indicators concerned; all when absent. */
    indicators: z.array(IdSchema).min(1).optional(),
    periods: z.array(PeriodKeySchema).min(1),
    reason: Text,
    recorded_on: IsoDate,
  })
  .strict();
export type ExclusionEvent = z.infer<typeof ExclusionEventSchema>;
