import type { CostBreakdown } from '../score/formula-cost.js';
import type { GridPricePart, GridPse, OfferPricing } from './price-parts.js';
import type { Lang } from './common.js';
import type { PriceJustification, RegularityStatus } from './committee.js';
import type { Severity } from './diagnostic.js';

/**
 * What `score` produces: plain data, the same for the DOCX report, the JSON output and the terminal table.
 * Numbers are kept at full precision; writers round for display (two decimals, as the XLSX grid shows them).
 */

export interface ResultLevel {
  readonly level: number;
  readonly mark: number;
  readonly descriptor: string;
}

export interface ResultSubCriterion {
  readonly id: string;
  readonly number: string;
  readonly label: string;
  /** Points out of 100. */
  readonly weight: number;
  readonly levels: readonly ResultLevel[];
}

export interface ResultCriterion {
  readonly id: string;
  readonly number: string;
  readonly label: string;
  readonly kind: 'quality' | 'price';
  readonly weight: number;
  readonly subCriteria: readonly ResultSubCriterion[];
  /** Sub-criteria divided into sub-sub-criteria (criteria.children): their points are their leaves' (src/model/grid-tree.ts). */
  readonly subTotals?: readonly { readonly id: string; readonly number: string; readonly label: string; readonly weight: number; readonly leafIds: readonly string[] }[];
}

export interface ResultEvaluatorMark {
  readonly evaluator: string;
  readonly mark: number;
  readonly justification: string;
  /** "file:line" or "file, sheet …, cell …". */
  readonly source: string;
}

/** The consolidated mark of one bidder on one sub-criterion, with every evaluator's mark behind it. */
export interface ResultMark {
  readonly bidder: string;
  readonly criterion: string;
  /** Mean or median of the evaluators' marks; null when nobody marked it. */
  readonly value: number | null;
  /** value expressed in levels (0..5). */
  readonly level: number | null;
  /** Weighted points: weight × value / scale max (0 when missing). */
  readonly points: number;
  readonly byEvaluator: readonly ResultEvaluatorMark[];
  /** Highest minus lowest evaluator mark, in levels. */
  readonly spreadLevels: number;
  /** Evaluators differ by more than the allowed spread and no consensus is recorded yet: to settle in a meeting. */
  readonly needsConsensus: boolean;
  /** The committee's consensus (--consensus): the whole mark that replaces the mean, who agreed, and why. */
  readonly consensus?: ResultConsensus;
}

export interface ResultConsensus {
  readonly mark: number;
  readonly agreedBy: readonly string[];
  readonly assessment: string;
  readonly source: string;
}

/** An offer's regularity as recorded by the committee (--regularity); "unknown" until recorded. */
export interface ResultRegularity {
  readonly bidder: string;
  readonly status: RegularityStatus | 'unknown';
  readonly reason: string;
  readonly regularised: boolean;
  readonly priceJustification?: PriceJustification;
  readonly source?: string;
}

/** An offer not ranked: set aside before scoring, or rejected as abnormally low after examination (L2152-6). */
export interface SetAside {
  readonly bidder: string;
  readonly ground: Exclude<RegularityStatus, 'regular'> | 'abnormally-low';
  readonly reason: string;
}

/** An offer marked but not ranked: below a minimum threshold (criteria.thresholds) on a criterion or sub-criterion. */
export interface ResultElimination {
  readonly bidder: string;
  readonly criterion: string;
  readonly number: string;
  readonly label: string;
  readonly points: number;
  readonly min: number;
}

/** What keeps the report provisional: each is an action for the committee. */
export interface OpenItem {
  readonly kind: 'regularity' | 'missing-mark' | 'consensus' | 'consensus-mark' | 'price-justification';
  readonly bidder: string;
  readonly criterion?: string;
  /** For consensus-mark: every sub-criterion of the offer still without its consensus mark. */
  readonly criteria?: readonly string[];
  readonly evaluator?: string;
  readonly message: string;
}

export interface ResultBidder {
  readonly id: string;
  readonly price?: number;
  /** Coût élargi (price.cost): the cost the price formula scored, step by step. */
  readonly cost?: CostBreakdown;
  /** Options (price.pse) or price sub-criteria (price.parts): base, options, scored price, each part's points. */
  readonly pricing?: OfferPricing;
  readonly pricePoints: number;
  /** Points per award criterion id. */
  readonly criterionPoints: Readonly<Record<string, number>>;
  readonly total: number;
  /** Final rank after the announced tie-break rule (shared when still tied). */
  readonly rank: number;
  /** Rank on totals alone (competition ranking), as computeTotals gives it. */
  readonly rankOnTotal: number;
}

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly bidder?: string;
  readonly criterion?: string;
  readonly evaluator?: string;
  readonly source?: string;
}

export interface MissingMark {
  readonly evaluator: string;
  readonly bidder: string;
  readonly criterion: string;
}

export interface TieGroup {
  readonly bidders: readonly string[];
  readonly total: number;
  readonly rankOnTotal: number;
  /** Whether the announced rule separated them (fully or partly). */
  readonly resolved: boolean;
}

export interface TieBreakRule {
  readonly text: string;
  /** The rule as understood: ordered keys; empty when it could not be applied by the machine. */
  readonly keys: readonly { readonly kind: 'criterion' | 'price'; readonly id: string; readonly label: string }[];
}

export interface Ranking {
  /** Bidder ids, best first. */
  readonly order: readonly string[];
  readonly ties: readonly TieGroup[];
  readonly tieBreak?: TieBreakRule;
}

export interface AbnormalRow {
  readonly bidder: string;
  readonly price: number;
  /** The price the offer is compared with (e.g. the mean of the other offers). */
  readonly reference: number;
  /** (price − reference) / reference × 100; negative below the reference. */
  readonly gapPercent: number;
  readonly flagged: boolean;
}

export interface AbnormalMethod {
  readonly id: 'mean-of-others' | 'ffb-trimmed-mean';
  readonly thresholdPercent: number;
  readonly rows: readonly AbnormalRow[];
  /** Offers set aside before the mean is recomputed (FFB method). */
  readonly excluded: readonly string[];
  /** False when there are too few offers for the method to mean anything. */
  readonly applicable: boolean;
}

export interface AbnormallyLow {
  readonly methods: readonly AbnormalMethod[];
  /** Bidders to ask for a justification of their price, with the methods that flagged them. */
  readonly toQuestion: readonly { readonly bidder: string; readonly methods: readonly string[] }[];
  readonly handling: 'justification-request' | 'automatic-exclusion';
}

export interface WeightChange {
  /** The weight (points out of 100) at which another bidder catches up with the winner. */
  readonly weight: number;
  readonly delta: number;
  readonly newWinner: string;
}

export interface WeightSensitivity {
  readonly criterion: string;
  readonly weight: number;
  readonly up: WeightChange | null;
  readonly down: WeightChange | null;
}

export interface MarkSensitivity {
  /** A sub-criterion (one mark), or an award criterion (all its marks lowered together by the same amount). */
  readonly scope: 'sub-criterion' | 'criterion';
  readonly criterion: string;
  readonly weight: number;
  /** The winner's mark (for a criterion: the weighted mean of its sub-criteria marks). */
  readonly mark: number;
  /** Smallest drop of the winner's consolidated mark that lets another bidder catch up; null if none can. */
  readonly drop: { readonly marks: number; readonly levels: number; readonly newWinner: string } | null;
}

export interface LevelPrice {
  readonly criterion: string;
  readonly weight: number;
  readonly pointsPerLevel: number;
  /** Price gap above the lowest offer that costs as many price points as one level; null if no gap can. */
  readonly price: number | null;
  readonly percentOfLowest: number | null;
}

export interface Robustness {
  readonly winner: string;
  readonly runnerUp?: string;
  readonly margin: number;
  readonly weights: readonly WeightSensitivity[];
  readonly marks: readonly MarkSensitivity[];
  readonly levelPrice: readonly LevelPrice[];
  readonly fragile: boolean;
  /** Why the ranking is called fragile, in the result's language. */
  readonly reasons: readonly string[];
}

export interface ScoreResult {
  readonly version: 1;
  readonly meta: {
    readonly lang: Lang;
    /** Date of the file's metadata (deterministic): --date, else the spec's document date. */
    readonly date: string;
    /** The committee's date, printed on the report only when given with --date; else left blank to fill in. */
    readonly reportDate?: string;
    readonly title: string;
    readonly reference: string;
    readonly buyer: string;
    readonly signatory?: string;
    readonly territory: string;
    readonly procedure: string;
    readonly specFile: string;
    readonly marksFiles: readonly string[];
    readonly pricesFile?: string;
    readonly scaleMax: number;
    readonly consolidation: 'mean' | 'median';
    readonly spreadLevels: number;
    readonly minJustificationChars: number;
    readonly priceFormula?: string;
    readonly priceBasis?: 'TTC' | 'HT';
    /** The price formula's parameters and currency (issue 15): absent means EUR and no parameter. */
    readonly priceCurrency?: string;
    readonly priceCutOff?: number;
    readonly priceExpression?: string;
    /** Price sub-criteria and options, as the grid announced them. */
    readonly priceParts?: readonly GridPricePart[];
    readonly pse?: readonly GridPse[];
    /** Marks are percentages (0 to 100 %). */
    readonly scalePercent?: boolean;
    readonly allowMissing: boolean;
    /** The spec's tender.estimated_value_eur (HT), for the comparison with the offers. */
    readonly estimate?: number;
    /** none | reserved | planned, and the phases announced (dialogue or negotiation). */
    readonly negotiation: string;
    readonly phases?: number;
    readonly regularityFile?: string;
    readonly consensusFile?: string;
  };
  /** provisional: open items remain or --final was not asked; final: the document to sign. */
  readonly state: 'provisional' | 'final';
  readonly openItems: readonly OpenItem[];
  /** Every offer received, with its regularity (examined before any scoring). */
  readonly regularity: readonly ResultRegularity[];
  /** Offers received but not ranked. */
  readonly setAside: readonly SetAside[];
  /** Offers marked but eliminated under a minimum threshold: one line per threshold missed. */
  readonly eliminated: readonly ResultElimination[];
  readonly criteria: readonly ResultCriterion[];
  readonly evaluators: readonly string[];
  /** Best first. */
  readonly bidders: readonly ResultBidder[];
  readonly marks: readonly ResultMark[];
  readonly missing: readonly MissingMark[];
  readonly findings: readonly Finding[];
  readonly abnormallyLow: AbnormallyLow;
  readonly ranking: Ranking;
  readonly robustness: Robustness | null;
}
