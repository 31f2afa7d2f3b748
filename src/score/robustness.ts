import type { Lang } from '../model/common.js';
import type { Grid } from '../model/grid.js';
import type { LevelPrice, MarkSensitivity, Robustness, WeightSensitivity } from '../model/result.js';
import { mark as fmtMark, num } from './format.js';
import { message } from './messages.js';
import { priceFormulaOf } from './price-formulas.js';
import { TIE_EPSILON, type BidTotals } from './totals.js';

/** The ranking is called fragile when one level on one mark, or this many weight points, change the winner. */
export const FRAGILE_LEVELS = 1;
export const FRAGILE_WEIGHT_POINTS = 5;

export interface RobustnessInput {
  readonly grid: Grid;
  readonly totals: readonly BidTotals[];
  /** The winner after the tie-break rule. */
  readonly winner: string;
  /** The winner's consolidated marks (sub-criterion id → mark). */
  readonly winnerMarks: Readonly<Record<string, number>>;
  readonly prices: readonly number[];
  readonly lang: Lang;
}

/**
 * Weight sensitivity, exactly. Set criterion k's weight to x and rescale the others in proportion so the total
 * stays 100 (sub-criteria keep their shares inside their criterion). Each bidder's total is then linear in x:
 *   T_b(x) = x·r_bk + (100 − x)·R_b,  r_bk = points_bk / w_k,  R_b = (T_b − points_bk) / (100 − w_k),
 * so the winner's lead over b, D(x) = margin_b + s·(x − w_k) with s = (r_Wk − r_bk) − (R_W − R_b), reaches zero
 * at one x at most. The smallest move over all b, upwards and downwards within [0, 100], is reported.
 */
export function weightSensitivity(grid: Grid, totals: readonly BidTotals[], winner: string): WeightSensitivity[] {
  const W = totals.find((t) => t.bidder === winner)!;
  const out: WeightSensitivity[] = [];
  for (const c of grid.criteria) {
    const wk = c.weightHundredths / 100;
    let up: WeightSensitivity['up'] = null;
    let down: WeightSensitivity['down'] = null;
    if (wk > 0 && wk < 100) {
      const r = (t: BidTotals): number => (t.criterionPoints[c.id] ?? 0) / wk;
      const R = (t: BidTotals): number => (t.total - (t.criterionPoints[c.id] ?? 0)) / (100 - wk);
      for (const b of totals) {
        if (b.bidder === winner) continue;
        const margin = Math.max(0, W.total - b.total);
        const s = r(W) - r(b) - (R(W) - R(b));
        if (Math.abs(s) < 1e-15) {
          if (margin < TIE_EPSILON) up = down = { weight: wk, delta: 0, newWinner: b.bidder };
          continue;
        }
        const x = wk - margin / s;
        if (s < 0 && x <= 100 + 1e-12 && (!up || x - wk < up.delta)) up = { weight: Math.min(x, 100), delta: x - wk, newWinner: b.bidder };
        if (s > 0 && x >= -1e-12 && (!down || wk - x < down.delta)) down = { weight: Math.max(x, 0), delta: wk - x, newWinner: b.bidder };
      }
    }
    out.push({ criterion: c.id, weight: wk, up, down });
  }
  return out;
}

/**
 * Lowering the winner's mark on sub-criterion s by δ costs weight_s × δ / max points, so δ = margin × max / weight_s.
 * For an award criterion, all its sub-criteria marks drop by the same δ: δ = margin × max / weight_c, feasible
 * while δ stays below the weighted mean of those marks.
 */
export function markSensitivity(grid: Grid, totals: readonly BidTotals[], winner: string, winnerMarks: Readonly<Record<string, number>>): MarkSensitivity[] {
  const W = totals.find((t) => t.bidder === winner)!;
  const others = totals.filter((t) => t.bidder !== winner).sort((a, b) => b.total - a.total);
  const runnerUp = others[0];
  const margin = runnerUp ? Math.max(0, W.total - runnerUp.total) : Infinity;
  const step = grid.scale.max / 5;
  const row = (scope: MarkSensitivity['scope'], criterion: string, weight: number, markNow: number): MarkSensitivity => {
    const delta = weight > 0 ? (margin * grid.scale.max) / weight : Infinity;
    const drop = runnerUp && delta <= markNow + 1e-12 ? { marks: delta, levels: delta / step, newWinner: runnerUp.bidder } : null;
    return { scope, criterion, weight, mark: markNow, drop };
  };
  return grid.criteria
    .filter((c) => c.kind === 'quality')
    .flatMap((c) => {
      const subs = c.subCriteria.map((s) => row('sub-criterion', s.id, s.weightHundredths / 100, winnerMarks[s.id] ?? 0));
      const wc = c.subCriteria.reduce((sum, s) => sum + s.weightHundredths, 0) / 100;
      const meanMark = wc > 0 ? c.subCriteria.reduce((sum, s) => sum + (s.weightHundredths / 100) * (winnerMarks[s.id] ?? 0), 0) / wc : 0;
      return [row('criterion', c.id, wc, meanMark), ...subs];
    });
}

/**
 * What one level is worth in euros: the price gap above the lowest offer that costs as many price points as one
 * level (weight / 5) on the sub-criterion, for a hypothetical extra offer priced Pmin + gap, all offers unchanged.
 * Found by bisection on the announced formula itself, so it holds for every formula of PRICE_FORMULA_INFO.
 */
export function levelPrices(grid: Grid, prices: readonly number[]): LevelPrice[] {
  if (!grid.price || prices.length === 0) return [];
  const info = priceFormulaOf(grid.price);
  const wp = grid.price.weightHundredths / 100;
  const pmin = Math.min(...prices);
  const lost = (q: number): number => {
    const all = [...prices, q];
    return wp * (info.ratio(pmin, all) - info.ratio(q, all));
  };
  const gapFor = (pointsLost: number): number | null => {
    let hi = pmin * 2;
    while (lost(hi) < pointsLost) {
      hi *= 2;
      if (hi > pmin * 1e6) return null;
    }
    let lo = pmin;
    for (let k = 0; k < 200 && hi - lo > pmin * 1e-13; k++) {
      const mid = (lo + hi) / 2;
      if (lost(mid) < pointsLost) lo = mid;
      else hi = mid;
    }
    return hi - pmin;
  };
  return grid.criteria.flatMap((c) =>
    c.subCriteria.map((s) => {
      const weight = s.weightHundredths / 100;
      const pointsPerLevel = weight / 5;
      const price = weight > 0 ? gapFor(pointsPerLevel) : null;
      return { criterion: s.id, weight, pointsPerLevel, price, percentOfLowest: price === null ? null : (price / pmin) * 100 };
    }),
  );
}

export function robustness(input: RobustnessInput): Robustness {
  const { grid, totals, winner, lang } = input;
  const W = totals.find((t) => t.bidder === winner)!;
  const others = totals.filter((t) => t.bidder !== winner).sort((a, b) => b.total - a.total);
  const runnerUp = others[0]?.bidder;
  const margin = others[0] ? W.total - others[0].total : W.total;
  const weights = weightSensitivity(grid, totals, winner);
  const marks = markSensitivity(grid, totals, winner, input.winnerMarks);
  const subs = new Map(grid.criteria.flatMap((c) => c.subCriteria).map((s) => [s.id, s]));
  const crits = new Map(grid.criteria.map((c) => [c.id, c]));
  const reasons: string[] = [];
  if (runnerUp && margin < TIE_EPSILON) reasons.push(message('fragile-tie', lang));
  const weakestMark = marks.filter((m) => m.drop && m.scope === 'sub-criterion').sort((a, b) => a.drop!.levels - b.drop!.levels)[0];
  if (runnerUp && margin >= TIE_EPSILON && weakestMark && weakestMark.drop!.levels <= FRAGILE_LEVELS + 1e-9) {
    const s = subs.get(weakestMark.criterion)!;
    reasons.push(message('fragile-mark', lang, { levels: fmtMark(weakestMark.drop!.levels, lang), winner, criterion: `${s.number} ${s.label}` }));
  }
  const moves = weights.flatMap((w) => [w.up, w.down].filter((x) => x !== null).map((x) => ({ w, x: x! })));
  const weakestWeight = moves.sort((a, b) => a.x.delta - b.x.delta)[0];
  if (runnerUp && margin >= TIE_EPSILON && weakestWeight && weakestWeight.x.delta <= FRAGILE_WEIGHT_POINTS + 1e-9) {
    const c = crits.get(weakestWeight.w.criterion)!;
    reasons.push(message('fragile-weight', lang, { delta: num(weakestWeight.x.delta, lang, 2), criterion: `${c.number} ${c.label}` }));
  }
  return {
    winner,
    ...(runnerUp ? { runnerUp } : {}),
    margin,
    weights,
    marks,
    levelPrice: levelPrices(grid, input.prices),
    fragile: reasons.length > 0,
    reasons,
  };
}
