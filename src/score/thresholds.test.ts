import { describe, expect, it } from 'vitest';
import { testGrid, testSpec } from '../../test/fixtures/score/grid.js';
import { composeScoreReport } from '../compose/report-document.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import type { EvaluatorMark, MarksInput } from '../model/marks.js';
import { scoreTender } from './score.js';

const J = 'Engagements chiffrés et méthode de mesure décrite, propres au territoire.';
function input(rows: [string, string, number][], prices: Record<string, number>): MarksInput {
  const marks: EvaluatorMark[] = rows.map(([bidder, criterion, mark], k) => ({ evaluator: 'E1', bidder, criterion, mark, justification: J, source: { file: 'E1.csv', line: k + 2 } }));
  return { marks, prices: Object.entries(prices).map(([bidder, price]) => ({ bidder, price, source: { file: 'p.csv', line: 2 } })), bidders: Object.keys(prices), evaluators: ['E1'], files: [] };
}
/** crit-a (40 points) needs 20; sub-criterion b1 (30 points) needs 12. */
function withThresholds(g: Grid): Grid {
  return { ...g, criteria: g.criteria.map((c) => (c.id === 'crit-a' ? { ...c, minPoints: 20 } : { ...c, subCriteria: c.subCriteria.map((s) => (s.id === 'b1' ? { ...s, minPoints: 12 } : s)) })) };
}

describe('minimum thresholds in score', () => {
  const grid = withThresholds(testGrid());
  // X: crit-a = 25×3/5 + 15×1/5 = 18 < 20 → eliminated (and it has the lowest price). Y: 20 exactly, b1 = 12 exactly.
  // Z: crit-a 40, b1 30.
  const rows: [string, string, number][] = [
    ['X', 'a1', 3], ['X', 'a2', 1], ['X', 'b1', 5],
    ['Y', 'a1', 1], ['Y', 'a2', 5], ['Y', 'b1', 2],
    ['Z', 'a1', 5], ['Z', 'a2', 5], ['Z', 'b1', 5],
  ];
  const r = scoreTender(testSpec(), grid, input(rows, { X: 80, Y: 100, Z: 200 }), { specFile: 's.yaml' });

  it('eliminates the offer below a threshold, keeps the ones exactly at it, and ranks only the admitted', () => {
    expect(r.bidders.map((b) => b.id)).toEqual(['Z', 'Y']);
    expect(r.findings.filter((f) => f.code === 'offer-eliminated').map((f) => f.message)).toEqual([
      'X obtient 18,00 points sur « 1 Performance d’usage et effets utiles », sous le seuil de 20,00 points : offre éliminée, ni classée ni comptée dans la notation du prix',
    ]);
  });
  it('leaves the eliminated price out of the price formula: the lowest admitted price gets the full price points', () => {
    const y = r.bidders.find((b) => b.id === 'Y')!;
    expect(y.pricePoints).toBeCloseTo(30, 12);
    expect(y.total).toBeCloseTo(20 + 12 + 30, 12);
    expect(r.bidders.find((b) => b.id === 'Z')!.pricePoints).toBeCloseTo(15, 12);
  });
  it('says so in the report', () => {
    const text = JSON.stringify(composeScoreReport(r).sections);
    expect(text).toContain('X — Éliminée (note minimale non atteinte) : 18,00 points sur le critère 1 Performance d’usage et effets utiles, pour un minimum annoncé de 20,00 points');
  });
  it('refuses to rank when every offer is eliminated', () => {
    try {
      scoreTender(testSpec(), grid, input(rows.filter((x) => x[0] === 'X'), { X: 80 }), { specFile: 's.yaml' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).diagnostics.map((d) => d.code)).toEqual(['all-offers-eliminated']);
    }
  });
});
