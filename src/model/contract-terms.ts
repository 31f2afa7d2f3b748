import { z } from 'zod';

/**
 * The administrative terms of the contract that only the CCAP and the AE print: which CCAG applies, price revision,
 * advance, payment, penalties, execution conditions (insertion, environment), reporting, review clause, termination
 * and the court. Every field has a default a French buyer would accept, so a spec without `contract:` still gets a
 * complete CCAP; the buyer writes only what differs. Performance-linked pay stays under `remuneration`
 * (src/model/pay.ts).
 */

const Text = z.string().trim().min(1);

/** CCAG editions of 2021 (arrêtés of 30 March 2021) a CCAP may refer to. */
export const CCAGS = ['fcs', 'tic', 'pi', 'mi'] as const;
export type Ccag = (typeof CCAGS)[number];

export const PriceRevisionSchema = z
  .object({
    /** Index used by the formula, e.g. an INSEE series identifier ("010534766"). */
    index: Text,
    /** The index's name as published, printed next to its identifier. */
    index_label: Text.optional(),
    /** The revision formula as the CCAP prints it, with I0 the index of the base month. */
    formula: Text.default('P = P0 × (0,15 + 0,85 × I / I0)'),
    /** Base month of the prices (mois zéro, R2112-13), YYYY-MM. */
    base_month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM'),
    frequency: z.enum(['year']).default('year'),
  })
  .strict();

export const PenaltiesSchema = z
  .object({
    /** Late-delivery penalty P = V × R / divisor (CCAG-FCS 2021: 1 000). */
    late_divisor: z.number().int().min(100).max(10000).default(1000),
    /** Cap of all penalties, % of the contract's amount HT (CCAG: 10 %). */
    cap_percent: z.number().min(0).max(100).default(10),
    /** Flat penalty per day the yearly performance report is late, € HT. */
    report_late_eur_per_day: z.number().min(0).default(200),
    /** Flat penalty per day the monthly data are not shared, € HT. */
    data_late_eur_per_day: z.number().min(0).default(100),
  })
  .strict();

export const InsertionSchema = z
  .object({
    /** Hours of work reserved each contract year to people far from employment. */
    hours_per_year: z.number().int().positive(),
    /** Who facilitates the clause (PLIE, maison de l'emploi…). */
    facilitator: Text.optional(),
  })
  .strict();

export const ReportingSchema = z
  .object({
    /** Dashboard of the indicators: each month or each quarter. */
    dashboard: z.enum(['month', 'quarter']).default('month'),
    /** Days after the end of each contract year to hand over the yearly performance report. */
    annual_report_days: z.number().int().min(1).max(180).default(30),
    /** Raw data shared in an open, machine-readable format. */
    open_format: Text.default('CSV UTF-8 documenté'),
    /** Data the buyer may publish as open data (licence Etalab 2.0), personal data excluded. */
    open_data: z.boolean().default(true),
  })
  .strict();

export const ContractTermsSchema = z
  .object({
    ccag: z.enum(CCAGS).default('fcs'),
    /** Absent: firm prices. */
    price_revision: PriceRevisionSchema.optional(),
    /** Advance, % of the first year's amount TTC (R2191-7); 0 only where the code does not require one. */
    advance_percent: z
      .number()
      .min(0)
      .max(100)
      .refine((n) => n === 0 || n >= 5, 'must be 0 (no advance) or at least 5 (CCP R2191-7)')
      .default(5),
    payment_days: z.number().int().min(1).max(60).default(30),
    penalties: PenaltiesSchema.default(PenaltiesSchema.parse({})),
    /** `none`, or hours of insertion work per contract year. */
    insertion: z.union([z.literal('none'), InsertionSchema]).default('none'),
    /** Environmental execution conditions (mandatory from 21 August 2026, CCP L2112-2), one sentence each. */
    environmental_conditions: z.array(Text).default([]),
    reporting: ReportingSchema.default(ReportingSchema.parse({})),
    /** Events that trigger the review clause (R2194-1) besides the built-in ones (baseline, perimeter, law). */
    review_triggers: z.array(Text).default([]),
    /** Indemnity of a termination for general interest, % of the initial amount HT not executed (CCAG: 5 %). */
    termination_percent: z.number().min(0).max(100).default(5),
    /** The court with jurisdiction, as printed (name and address); by default the tribunal administratif of the buyer's area. */
    court: Text.optional(),
  })
  .strict();

export type ContractTerms = z.infer<typeof ContractTermsSchema>;
export type PriceRevision = z.infer<typeof PriceRevisionSchema>;
export const DEFAULT_CONTRACT_TERMS: ContractTerms = ContractTermsSchema.parse({});
