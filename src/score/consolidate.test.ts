import { describe, expect, it } from 'vitest';
import { testGrid } from '../../test/fixtures/score/grid.js';
import type { EvaluatorMark, MarksInput } from '../model/marks.js';
import { consolidate, median } from './consolidate.js';

const m = (evaluator: string, bidder: string, criterion: string, mark: number): EvaluatorMark => ({
  evaluator,
  bidder,
  criterion,
  mark,
  justification: 'Justification détaillée et propre à l’offre examinée.',
  source: { file: `${evaluator}.csv`, line: 2 },
});

function threeEvaluators(): MarksInput {
  const marks: EvaluatorMark[] = [];
  // Bidder P: a1 marked 2, 3, 5 (spread 3 levels); a2 4, 4, 4; b1 1, 2, 3 (spread 2: tolerated).
  const table: Record<string, [number, number, number]> = { a1: [2, 3, 5], a2: [4, 4, 4], b1: [1, 2, 3] };
  for (const [crit, marksOf] of Object.entries(table)) ['E1', 'E2', 'E3'].forEach((e, k) => marks.push(m(e, 'P', crit, marksOf[k]!)));
  return { marks, prices: [], bidders: ['P'], evaluators: ['E1', 'E2', 'E3'], files: [] };
}

describe('consolidation of three evaluators', () => {
  it('mean: (2+3+5)/3, 4, 2 and the weighted points follow', () => {
    const c = consolidate(testGrid(), threeEvaluators(), { method: 'mean', spreadLevels: 2 });
    const v = c.values.get('P')!;
    expect(v.a1).toBeCloseTo(10 / 3, 12);
    expect(v.a2).toBe(4);
    expect(v.b1).toBe(2);
    const a1 = c.marks.find((x) => x.criterion === 'a1')!;
    expect(a1.points).toBeCloseTo((25 * 10) / 3 / 5, 12);
    expect(c.missing).toEqual([]);
  });
  it('median: 3, 4, 2', () => {
    const c = consolidate(testGrid(), threeEvaluators(), { method: 'median', spreadLevels: 2 });
    expect(c.values.get('P')).toEqual({ a1: 3, a2: 4, b1: 2 });
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
  it('flags a spread of more than 2 levels, not a spread of exactly 2', () => {
    const c = consolidate(testGrid(), threeEvaluators(), { method: 'mean', spreadLevels: 2 });
    const flagged = c.marks.filter((x) => x.needsConsensus).map((x) => x.criterion);
    expect(flagged).toEqual(['a1']);
    expect(c.marks.find((x) => x.criterion === 'b1')!.spreadLevels).toBe(2);
    const strict = consolidate(testGrid(), threeEvaluators(), { method: 'mean', spreadLevels: 1 });
    expect(strict.marks.filter((x) => x.needsConsensus).map((x) => x.criterion)).toEqual(['a1', 'b1']);
  });
  it('measures spread in levels on a 0–20 scale (8 points = 2 levels)', () => {
    const input: MarksInput = { marks: [m('E1', 'P', 'a1', 4), m('E2', 'P', 'a1', 16)], prices: [], bidders: ['P'], evaluators: ['E1', 'E2'], files: [] };
    const c = consolidate(testGrid({ scale: 20 }), input, { method: 'mean', spreadLevels: 2 });
    const a1 = c.marks.find((x) => x.criterion === 'a1')!;
    expect(a1.spreadLevels).toBe(3);
    expect(a1.needsConsensus).toBe(true);
    expect(a1.level).toBe(2.5);
  });
  it('lists every missing (evaluator, bidder, sub-criterion)', () => {
    const input = threeEvaluators();
    const partial = { ...input, marks: input.marks.filter((x) => !(x.evaluator === 'E2' && x.criterion === 'b1')) };
    const c = consolidate(testGrid(), partial, { method: 'mean', spreadLevels: 2 });
    expect(c.missing).toEqual([{ evaluator: 'E2', bidder: 'P', criterion: 'b1' }]);
    expect(c.values.get('P')!.b1).toBe(2); // mean of 1 and 3
  });
});
