import type { Grid } from '../model/grid.js';
import { priceFormulaOf, pricePoints } from './price-formulas.js';
import { partPoints } from './formula-parts.js';
import type { ComponentPrices } from '../model/price-parts.js';

/** One bidder's consolidated input: a mark per sub-criterion id (on the grid's scale) and a price. */
export interface BidInput {
  readonly bidder: string;
  readonly marks: Readonly<Record<string, number>>;
  readonly price?: number;
  /** Price sub-criteria (price.parts): the base price and the component prices the parts name. */
  readonly base?: number;
  readonly components?: ComponentPrices;
}

export interface BidTotals {
  readonly bidder: string;
  /** Points per sub-criterion id: weight × mark / scale max. */
  readonly subPoints: Readonly<Record<string, number>>;
  /** Points per award criterion id (sum of its sub-criteria, or the price points). */
  readonly criterionPoints: Readonly<Record<string, number>>;
  readonly pricePoints: number;
  /** Price sub-criteria (price.parts): points per part id; empty without parts. */
  readonly partPoints: Readonly<Record<string, number>>;
  readonly total: number;
  /** Competition ranking ("1224"): tied bidders share a rank. */
  readonly rank: number;
}

/** Two totals closer than this are a tie (marks are typed with at most a few decimals). */
export const TIE_EPSILON = 1e-9;

/**
 * The reference computation of the grid: the XLSX formulas, `score` and the report must all agree with it.
 * Missing marks count as 0 here; deciding whether missing marks are allowed is the caller's job.
 */
export function computeTotals(grid: Grid, bids: readonly BidInput[]): BidTotals[] {
  const priced = bids.map((b, i) => ({ i, price: b.price })).filter((x): x is { i: number; price: number } => typeof x.price === 'number');
  // With sub-criteria, each part's formula scores its own price; the price points are their sum.
  const parts = grid.price?.parts?.length ? partPoints(grid.price, priced.map((x) => ({ base: bids[x.i]!.base ?? x.price, components: bids[x.i]!.components ?? {} }))).perPart : undefined;
  const pts = !grid.price ? [] : parts ? parts.map((pp) => Object.values(pp).reduce((s, x) => s + x, 0)) : pricePoints(priceFormulaOf(grid.price), priced.map((x) => x.price), grid.price.weightHundredths / 100);
  const priceByIndex = new Map(priced.map((x, k) => [x.i, pts[k]!]));
  const partsByIndex = new Map(priced.map((x, k) => [x.i, parts?.[k] ?? {}]));
  const rows = bids.map((bid, i) => {
    const subPoints: Record<string, number> = {};
    const criterionPoints: Record<string, number> = {};
    let total = 0;
    for (const c of grid.criteria) {
      if (c.kind === 'price') {
        criterionPoints[c.id] = priceByIndex.get(i) ?? 0;
      } else {
        let sum = 0;
        for (const s of c.subCriteria) {
          const mark = bid.marks[s.id] ?? 0;
          subPoints[s.id] = (s.weightHundredths / 100) * (mark / grid.scale.max);
          sum += subPoints[s.id]!;
        }
        // A subtotal (criteria.children) scores the sum of its leaves: the report prints it at its level.
        for (const st of c.subTotals ?? []) subPoints[st.id] = st.leafIds.reduce((x, id) => x + (subPoints[id] ?? 0), 0);
        criterionPoints[c.id] = sum;
      }
      total += criterionPoints[c.id]!;
    }
    return { bidder: bid.bidder, subPoints, criterionPoints, pricePoints: priceByIndex.get(i) ?? 0, partPoints: partsByIndex.get(i) ?? {}, total };
  });
  return rows.map((r) => ({ ...r, rank: 1 + rows.filter((o) => o.total > r.total + TIE_EPSILON).length }));
}
