import { z } from 'zod';
import { IdSchema } from './common.js';

/**
 * The price schedule of the tender file (piece 06): what a bidder prices and how the scored price is made of it.
 *
 * - `dpgf` (décomposition du prix global et forfaitaire): lump-sum lines. `per: year` is one annual price counted
 *   for the contract's duration in years (72 months → 6), `per: each-year` one price per contract year, `per: once`
 *   a single lump sum.
 * - `bpu` (bordereau des prix unitaires): unit-price lines, each with its DQE (détail quantitatif estimatif)
 *   quantities per contract year (year 1 first; the last holds for later years). The amount of a DQE line is its
 *   total quantity × the bidder's unit price.
 * - `hidden_dqe`: the bidders see the BPU only; the quantities stay in the buyer's copy and in `score` (the RC says
 *   the BPU is valued on quantities the buyer keeps).
 * - `scored` (every line, true by default): whether the line counts in the scored price. The scored price is the sum
 *   of the scored lines' amounts HT, plus VAT at `vat_percent` when `price.basis` is TTC.
 *
 * The block sits at the top of the spec (`price_schedule:`); the same schema is meant to be carried by a lot later.
 * When it is absent, the schedule is derived from `remuneration` (see defaultPriceSchedule in
 * src/compose/dce/price-schedule.ts).
 */

const Text = z.string().trim().min(1);
// Refinement messages are catalog keys (load.schema.ps-*), worded by src/load/validate.ts in the terminal language.

export const DPGF_PER = ['year', 'each-year', 'once'] as const;
export type DpgfPer = (typeof DPGF_PER)[number];

export const DpgfLineSchema = z
  .object({
    id: IdSchema,
    label: Text,
    per: z.enum(DPGF_PER).default('year'),
    scored: z.boolean().default(true),
  })
  .strict();
export type DpgfLine = z.infer<typeof DpgfLineSchema>;

/** A quantity with at most three decimals: amounts are computed exactly, and the workbook shows what it counts. */
const Quantity = z
  .number()
  .min(0)
  .refine((n) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6, 'schema.ps-quantity-decimals');

export const BpuLineSchema = z
  .object({
    id: IdSchema,
    label: Text,
    /** The unit the price is asked for: "repas", "tonne", "heure". */
    unit: Text,
    /** DQE quantities per contract year, year 1 first; the last one holds for the later years. */
    quantities: z.array(Quantity).min(1),
    scored: z.boolean().default(true),
  })
  .strict();
export type BpuLine = z.infer<typeof BpuLineSchema>;

export const PriceScheduleSchema = z
  .object({
    /** VAT rate used for the TTC totals and the scored price (the rate the buyer compares offers at). */
    vat_percent: z.number().min(0).max(100).default(20),
    hidden_dqe: z.boolean().default(false),
    dpgf: z.array(DpgfLineSchema).default([]),
    bpu: z.array(BpuLineSchema).default([]),
  })
  .strict()
  .refine((s) => s.dpgf.length + s.bpu.length > 0, { message: 'schema.ps-no-line', path: ['dpgf'] })
  .refine((s) => new Set([...s.dpgf, ...s.bpu].map((l) => l.id)).size === s.dpgf.length + s.bpu.length, { message: 'schema.ps-duplicate-id', path: ['bpu'] })
  .refine((s) => [...s.dpgf, ...s.bpu].some((l) => l.scored), { message: 'schema.ps-nothing-scored', path: ['dpgf'] })
  .refine((s) => !s.hidden_dqe || s.bpu.length > 0, { message: 'schema.ps-hidden-without-bpu', path: ['hidden_dqe'] });
export type PriceScheduleSpec = z.infer<typeof PriceScheduleSchema>;
export type PriceScheduleInput = z.input<typeof PriceScheduleSchema>;
