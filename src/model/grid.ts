import type { Lang } from './common.js';
import type { Family } from './criterion.js';
import type { AnyPriceFormula, Currency, Externality } from './grid-options.js';
import type { GridSubTotal } from './grid-tree.js';
import type { GridPricePart, GridPse } from './price-parts.js';

/** Where a value came from in a YAML file, so every finding can name file:line:col. */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** One anchored level of the marking scale. */
export interface GridLevel {
  readonly level: number; // 0..5
  readonly mark: number; // level × (scale max / 5), e.g. 0, 20, … 100 on a percentage scale
  readonly descriptor: string;
}

/** A sub-criterion: one library (or custom) criterion retained for the tender. */
export interface GridSubCriterion {
  readonly id: string;
  /** Display number, e.g. "1.2". */
  readonly number: string;
  readonly label: string;
  readonly family: Family;
  readonly judges: 'effects' | 'means';
  readonly environmental: boolean;
  /** Points out of 100, in hundredths (integer) so sums are exact and a buyer's 5.81 is kept as written. */
  readonly weightHundredths: number;
  readonly question: string;
  readonly evidence: readonly string[];
  readonly indicators: readonly string[];
  readonly levels: readonly GridLevel[];
  /** Library id, or "custom" for criteria written in the spec. */
  readonly library: string;
  readonly source?: SourcePos;
  /** Minimum points (criteria.thresholds): an offer below is eliminated. */
  readonly minPoints?: number;
}

/** An award criterion announced in the RC: a group of the weighting profile. */
export interface GridCriterion {
  readonly id: string;
  readonly number: string;
  readonly label: string;
  readonly kind: 'quality' | 'price';
  readonly efc: boolean;
  readonly weightHundredths: number;
  /** The marked sub-criteria: the leaves of the tree, at any depth (1.1, or 1.1.1 under a subtotal 1.1). */
  readonly subCriteria: readonly GridSubCriterion[];
  /** Sub-criteria divided into sub-sub-criteria (criteria.children): announced with their weight, not marked. */
  readonly subTotals?: readonly GridSubTotal[];
  /** Minimum points (criteria.thresholds): an offer below is eliminated. */
  readonly minPoints?: number;
}

export interface GridScale {
  readonly min: 0;
  /** 0–N; 100 on a percentage scale. */
  readonly max: number;
  /** Marks are percentages (0 to 100 %) rather than points out of `max`. */
  readonly percent: boolean;
  /** Allowed marks, one per level. */
  readonly marks: readonly number[];
}

export interface GridPrice {
  readonly criterionId: string;
  readonly formula: AnyPriceFormula;
  /** cut-off formula: the multiple of the lowest price at which the mark reaches 0. */
  readonly cutOff?: number;
  /** custom formula: its expression (parsed and checked at selection). */
  readonly expression?: string;
  readonly currency: Currency;
  /** Coût élargi: the formula scores price × years + Σ committed quantity × value instead of the price. */
  readonly cost?: { readonly years: number; readonly externalities: readonly Externality[] };
  readonly weightHundredths: number;
  readonly basis: 'TTC' | 'HT';
  /** Price sub-criteria, each with its formula (price.parts); absent: the one formula above scores the price. */
  readonly parts?: readonly GridPricePart[];
  /** Options priced beside the base offer (price.pse); the scored price is base + the retained ones. */
  readonly pse?: readonly GridPse[];
}

/** The single source of truth for weights: the spec document, the grids and the scoring all read it. */
export interface Grid {
  readonly lang: Lang;
  readonly profileId: string;
  readonly profileEfcShare: number;
  readonly scale: GridScale;
  readonly criteria: readonly GridCriterion[];
  /** Absent only when the spec justifies an award without a price criterion. */
  readonly price?: GridPrice;
  /** Points (hundredths) held by criteria of EFC groups. */
  readonly efcHundredths: number;
  /** Splits the tool had to round to 0.01 (absent when every weight is exact); lint reports each before publication. */
  readonly roundings?: readonly WeightRounding[];
}

/**
 * A group's points shared between sub-criteria by the tool (relative weights, not explicit ones) that do not fall
 * on a hundredth, e.g. 35 points between three equal sub-criteria: exact 11,666…, printed 11,67 / 11,67 / 11,66.
 */
export interface WeightRounding {
  /** The award criterion, or the subtotal (criteria.children) whose points were shared. */
  readonly criterionId: string;
  readonly subIds: readonly string[];
  /** The exact shares, in points. */
  readonly exact: readonly number[];
  /** The announced shares, in hundredths (they sum exactly to what the exact shares sum to). */
  readonly printed: readonly number[];
}

/** Hundredths → points, e.g. 1250 → 12.5, 581 → 5.81. */
export const points = (hundredths: number): number => hundredths / 100;
/** Points → hundredths; callers have checked (exactHundredths) that the value has at most two decimals. */
export const toHundredths = (x: number): number => Math.round(x * 100);
/** Whether a weight in points is exact in hundredths (a finer one would be silently rounded). */
export const exactHundredths = (x: number): boolean => Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;

const sameLabel = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('fr') === b.trim().toLocaleLowerCase('fr');

/**
 * The sub-criteria a document lists under a criterion. A criterion marked directly (one sub-criterion bearing the
 * criterion's own name) has none to list: printing "2 Qualité 60 / 2.1 Qualité 60" would announce a sub-criterion
 * that does not exist. Works on the grid and on a score result's criteria alike.
 */
export function listedSubCriteria<S extends { readonly label: string }>(c: { readonly label: string; readonly subCriteria: readonly S[] }): readonly S[] {
  return c.subCriteria.length === 1 && sameLabel(c.subCriteria[0]!.label, c.label) ? [] : c.subCriteria;
}
