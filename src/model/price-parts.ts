import { z } from 'zod';
import { IdSchema } from './common.js';
import { ALL_PRICE_FORMULAS, type AnyPriceFormula } from './grid-options.js';

/**
 * Spec fields of the price criterion beyond its one formula (spread into `price:` in spec.ts):
 *
 * - `pse`: the options (prestations supplémentaires éventuelles) bidders price beside the base offer, and whether
 *   each one counts in the scored price. The scored price (`total`) is the base price plus the retained options'
 *   prices; the RC says so. Only what scoring needs lives here (id, label, retained); the DCE pieces describe the
 *   options themselves.
 * - `parts`: several price sub-criteria ("4.1 Prix de la partie forfaitaire, 20 pts, proportionnelle", "4.2 Prix
 *   unitaires du BPU sur DQE, 10 pts, linéaire avec seuil"), each with its own formula and the price it scores.
 *   Their weights add up to the price criterion's points. Absent: the price criterion has one formula, as before.
 *
 * A part's `price` names what it scores: `total` (the scored price: base + retained options), `base` (the base
 * offer alone), `dpgf` or `dqe` (the price schedule's lump-sum or DQE total), or an option's id.
 */

const Text = z.string().trim().min(1);

/** The price references every spec may use; the options' ids are added to them. */
export const PRICE_REFERENCES = ['total', 'base', 'dpgf', 'dqe'] as const;
export type PriceReference = string;

export const PseSchema = z
  .object({
    id: IdSchema,
    label: Text,
    /** Counted in the scored price (base + retained options); false: priced, shown, but not scored in `total`. */
    retained: z.boolean().default(true),
  })
  .strict();
export type PseSetting = z.infer<typeof PseSchema>;

export const PricePartSchema = z
  .object({
    id: IdSchema,
    label: Text,
    /** Points of this price sub-criterion, out of 100 (the parts add up to the price criterion's points). */
    weight: z.number().positive().max(100),
    formula: z.enum(ALL_PRICE_FORMULAS).default('proportional'),
    cut_off: z.number().gt(1).max(100).optional(),
    expression: z.string().trim().min(1).max(500).optional(),
    /** The price this part scores: total, base, dpgf, dqe or an option's id. */
    price: z.string().trim().min(1).default('total'),
  })
  .strict();
export type PricePartSetting = z.infer<typeof PricePartSchema>;

/** Spread into the spec's `price` object: both optional, so older specs are unchanged. */
export const PricePartsFields = {
  pse: z.array(PseSchema).optional(),
  parts: z.array(PricePartSchema).min(1).optional(),
};

/** One price sub-criterion as the grid carries it. */
export interface GridPricePart {
  readonly id: string;
  /** Display number, e.g. "4.1". */
  readonly number: string;
  readonly label: string;
  readonly formula: AnyPriceFormula;
  readonly cutOff?: number;
  readonly expression?: string;
  /** What it scores: total, base, dpgf, dqe or an option's id. */
  readonly price: PriceReference;
  /** Same unit as GridCriterion.weightHundredths (see weightUnitsOf). */
  readonly weightHundredths: number;
}

/** The options priced beside the base offer, as the grid carries them. */
export interface GridPse {
  readonly id: string;
  readonly label: string;
  readonly retained: boolean;
}

/**
 * Points (as typed in the spec) → the grid's integer weight unit, and back, and whether a weight is exact in it: the
 * grid's own conversions (src/model/grid.ts), under the names the price parts use.
 */
export { toHundredths as weightUnitsOf, points as pointsOfUnits, exactHundredths as exactInUnits } from './grid.js';

/** Every reference a part may name, given the options. */
export function priceReferences(pse: readonly { readonly id: string }[] | undefined): string[] {
  return [...PRICE_REFERENCES, ...(pse ?? []).map((x) => x.id)];
}

/** The component prices of one offer, by reference (base, dpgf, dqe, each option's id); `total` is computed. */
export type ComponentPrices = Readonly<Record<string, number>>;

/** The scored price as the RC defines it: the base price plus the retained options' prices. */
export function scoredTotal(base: number, pse: readonly GridPse[] | undefined, components: ComponentPrices): number {
  return (pse ?? []).filter((x) => x.retained).reduce((s, x) => s + (components[x.id] ?? 0), base);
}

/** The price a reference names for one offer; undefined when the offer's input does not give it. */
export function referencedPrice(ref: PriceReference, base: number, pse: readonly GridPse[] | undefined, components: ComponentPrices): number | undefined {
  if (ref === 'total') return scoredTotal(base, pse, components);
  if (ref === 'base') return base;
  return components[ref];
}

/** The columns of a prices file that carry component prices: each option, and dpgf/dqe when a part names them. */
export function componentColumns(price: { readonly pse?: readonly GridPse[]; readonly parts?: readonly GridPricePart[] } | undefined): string[] {
  if (!price) return [];
  const cols = (price.pse ?? []).map((x) => x.id);
  for (const p of price.parts ?? []) if ((p.price === 'dpgf' || p.price === 'dqe') && !cols.includes(p.price)) cols.push(p.price);
  return cols;
}

/** One option's price in an offer, as the report shows it. */
export interface OfferPseLine {
  readonly id: string;
  readonly label: string;
  readonly retained: boolean;
  readonly price: number;
}

/** One price sub-criterion's computation for an offer: the price it scored and the points it gave. */
export interface OfferPartLine {
  readonly id: string;
  readonly number: string;
  readonly label: string;
  readonly ref: PriceReference;
  readonly price: number;
  readonly weight: number;
  /** The formula's share of the part's points (0 to 1): points = weight × ratio. */
  readonly ratio: number;
  readonly points: number;
}

/** How an offer's price points were made when the price has options or sub-criteria (ResultBidder.pricing). */
export interface OfferPricing {
  readonly base: number;
  readonly pse: readonly OfferPseLine[];
  /** The scored price: base + retained options. */
  readonly total: number;
  readonly parts: readonly OfferPartLine[];
}
