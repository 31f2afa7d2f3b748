import type { Grid } from '../model/grid.js';
import { formatSource, type MarksInput } from '../model/marks.js';
import type { MissingMark, ResultMark } from '../model/result.js';

export interface ConsolidateOptions {
  readonly method: 'mean' | 'median';
  /** Evaluators whose marks differ by more than this many levels must reach a consensus. */
  readonly spreadLevels: number;
}

export interface Consolidated {
  readonly marks: ResultMark[];
  readonly missing: MissingMark[];
  /** bidder → sub-criterion id → consolidated mark (absent when nobody marked it). */
  readonly values: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

export const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A level is one step of the anchored scale: a mark of 8 on a 0–20 scale is level 2. */
export const levelOf = (mark: number, scaleMax: number): number => mark / (scaleMax / 5);

/**
 * Merge the evaluators' marks into one mark per bidder and sub-criterion, by mean or median as the spec says.
 * Every expected (evaluator, bidder, sub-criterion) triple that has no mark is listed as missing: a committee
 * signs a report where each member marked each offer, or says why not.
 */
export function consolidate(grid: Grid, input: MarksInput, opts: ConsolidateOptions): Consolidated {
  const subs = grid.criteria.flatMap((c) => c.subCriteria);
  const index = new Map<string, MarksInput['marks'][number][]>();
  for (const m of input.marks) {
    const key = `${m.bidder}\u0000${m.criterion}`;
    (index.get(key) ?? index.set(key, []).get(key)!).push(m);
  }
  const marks: ResultMark[] = [];
  const missing: MissingMark[] = [];
  const values = new Map<string, Record<string, number>>();
  for (const bidder of input.bidders) {
    const row: Record<string, number> = {};
    for (const s of subs) {
      const given = [...(index.get(`${bidder}\u0000${s.id}`) ?? [])].sort((a, b) => input.evaluators.indexOf(a.evaluator) - input.evaluators.indexOf(b.evaluator));
      for (const ev of input.evaluators) {
        if (!given.some((g) => g.evaluator === ev)) missing.push({ evaluator: ev, bidder, criterion: s.id });
      }
      const xs = given.map((g) => g.mark);
      const value = xs.length ? (opts.method === 'median' ? median(xs) : mean(xs)) : null;
      if (value !== null) row[s.id] = value;
      const spread = xs.length ? levelOf(Math.max(...xs) - Math.min(...xs), grid.scale.max) : 0;
      marks.push({
        bidder,
        criterion: s.id,
        value,
        level: value === null ? null : levelOf(value, grid.scale.max),
        points: value === null ? 0 : (s.weightHundredths / 100) * (value / grid.scale.max),
        byEvaluator: given.map((g) => ({ evaluator: g.evaluator, mark: g.mark, justification: g.justification, source: formatSource(g.source) })),
        spreadLevels: spread,
        // "More than N levels": a gap of exactly N is tolerated; 1e-9 absorbs decimal marks such as 2.4 on 0–20.
        needsConsensus: spread > opts.spreadLevels + 1e-9,
      });
    }
    values.set(bidder, row);
  }
  return { marks, missing, values };
}
