import { z } from 'zod';
import { IdSchema } from './common.js';

/**
 * Spec fields of the scoring grid beyond the weights: the price formula's parameters (a cut-off, a user-defined
 * expression), the currency prices are written in, and the marking scale (0–N for any N, or a percentage).
 * Kept apart from spec.ts so the grid's options have one home; every field has a default that keeps older specs valid.
 */

/** Formulas that need no parameter: the interview offers these. */
export const PRICE_FORMULAS = ['proportional', 'linear', 'mean-gap', 'deduction'] as const;
export type PriceFormula = (typeof PRICE_FORMULAS)[number];
/** Every formula a spec may name: the fixed ones, a cut-off at n × the lowest price, and a user-defined expression. */
export const ALL_PRICE_FORMULAS = [...PRICE_FORMULAS, 'cut-off', 'custom'] as const;
export type AnyPriceFormula = (typeof ALL_PRICE_FORMULAS)[number];

export const CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF', 'CAD', 'XPF'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const PriceFormulaFields = {
  formula: z.enum(ALL_PRICE_FORMULAS).default('proportional'),
  /** cut-off: an offer at `cut_off` × the lowest price (or dearer) gets 0 price points. */
  cut_off: z.number().gt(1).max(100).optional(),
  /** custom: the share of the price points (0 to 1), over P, Pmin, Pmax, Pmoy, N, + − × ÷, min, max, brackets. */
  expression: z.string().trim().min(1).max(500).optional(),
  /** Coût élargi: score the price over the duration plus monetised externalities, instead of the price alone. */
  cost: z.lazy(() => CostSchema).optional(),
  /** The currency prices are written and printed in. */
  currency: z.enum(CURRENCIES).default('EUR'),
};

/** Marks go from 0 to N (any whole N from 1 to 100), or are percentages (0 to 100 %). */
export const ScaleSchema = z.union([z.number().int().min(1).max(100), z.literal('percent')]);
export type ScaleSetting = z.infer<typeof ScaleSchema>;

/**
 * Minimum thresholds: points an offer must reach on an award criterion or a sub-criterion (by id); an offer below
 * any of them is eliminated before the ranking (the RC says so, the grids show it, `score` applies it).
 */
export const ThresholdsSchema = z.record(IdSchema, z.number().min(0).max(100)).default({});

const Text = z.string().trim().min(1);

/**
 * One monetised externality of the coût élargi (CCP R2152-9, R2152-10): a quantity each bidder commits to in its
 * offer (e.g. tonnes of CO2e over the contract), valued at a money value set and published in advance with its source.
 */
export const ExternalitySchema = z
  .object({
    id: IdSchema,
    label: Text,
    /** Unit of the committed quantity, e.g. "tCO2e". */
    unit: Text,
    /** Money value of one unit, in the price currency. */
    value: z.number().positive(),
    /** Where the value comes from (stated in the RC), e.g. "valeur de l'action pour le climat, France Stratégie 2019". */
    source: Text,
  })
  .strict();
export type Externality = z.infer<typeof ExternalitySchema>;

/** A cost criterion: price over the duration + monetised externalities; the price formula then scores the cost. */
export const CostSchema = z
  .object({
    /** The price given is per year; the cost counts it this many years (1: the price is already for the whole duration). */
    duration_years: z.number().positive().max(100).default(1),
    externalities: z.array(ExternalitySchema).min(1),
  })
  .strict();
