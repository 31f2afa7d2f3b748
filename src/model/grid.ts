import type { Lang } from './common.js';
import type { Family } from './criterion.js';
import type { PriceFormula } from './spec.js';

/** Where a value came from in a YAML file, so every finding can name file:line:col. */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** One anchored level of the marking scale. */
export interface GridLevel {
  readonly level: number; // 0..5
  readonly mark: number; // level × (scale max / 5)
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
  /** Points out of 100, in tenths (integer) so sums are exact. */
  readonly weightTenths: number;
  readonly question: string;
  readonly evidence: readonly string[];
  readonly indicators: readonly string[];
  readonly levels: readonly GridLevel[];
  /** Library id, or "custom" for criteria written in the spec. */
  readonly library: string;
  readonly source?: SourcePos;
}

/** An award criterion announced in the RC: a group of the weighting profile. */
export interface GridCriterion {
  readonly id: string;
  readonly number: string;
  readonly label: string;
  readonly kind: 'quality' | 'price';
  readonly efc: boolean;
  readonly weightTenths: number;
  readonly subCriteria: readonly GridSubCriterion[];
}

export interface GridScale {
  readonly min: 0;
  readonly max: number;
  /** Allowed marks, one per level. */
  readonly marks: readonly number[];
}

export interface GridPrice {
  readonly criterionId: string;
  readonly formula: PriceFormula;
  readonly weightTenths: number;
  readonly basis: 'TTC' | 'HT';
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
  /** Points (tenths) held by criteria of EFC groups. */
  readonly efcTenths: number;
}

/** Tenths → points, e.g. 125 → 12.5. */
export const points = (tenths: number): number => tenths / 10;
