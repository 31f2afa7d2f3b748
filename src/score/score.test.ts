import { describe, expect, it } from 'vitest';
import { testGrid, testSpec } from '../../test/fixtures/score/grid.js';
import { composeScoreReport } from '../compose/report-document.js';
import { inlineText } from '../compose/document.js';
import { InputError } from '../model/errors.js';
import type { EvaluatorMark, MarksInput } from '../model/marks.js';
import { settled } from '../../test/fixtures/score/committee.js';
import { scoreTender } from './score.js';

const J = 'Engagements chiffrés et méthode de mesure décrite, propres au territoire.';
function input(rows: [string, string, string, number, string?][], prices: Record<string, number>): MarksInput {
  const marks: EvaluatorMark[] = rows.map(([evaluator, bidder, criterion, mark, justification], k) => ({ evaluator, bidder, criterion, mark, justification: justification ?? `${J} (${bidder}, ${criterion})`, source: { file: `${evaluator}.csv`, line: k + 2 } }));
  return {
    marks,
    prices: Object.entries(prices).map(([bidder, price]) => ({ bidder, price, source: { file: 'p.csv', line: 2 } })),
    bidders: Object.keys(prices),
    evaluators: [...new Set(marks.map((m) => m.evaluator))],
    files: [],
  };
}
const full = (e: string, b: string, a1: number, a2: number, b1: number): [string, string, string, number][] => [
  [e, b, 'a1', a1],
  [e, b, 'a2', a2],
  [e, b, 'b1', b1],
];

describe('scoreTender', () => {
  const grid = testGrid();
  it('ranks, and its totals are those computed by hand', () => {
    const r = scoreTender(testSpec(), grid, input([...full('E1', 'X', 4, 2, 3), ...full('E1', 'Y', 2, 4, 4)], { X: 100, Y: 150 }), { specFile: 's.yaml' });
    expect(r.bidders.map((b) => [b.id, b.total, b.rank])).toEqual([
      ['X', 74, 1],
      ['Y', 66, 2],
    ]);
    expect(r.robustness?.winner).toBe('X');
    expect(r.meta.date).toBe('2026-09-01');
  });
  it('refuses to rank with missing marks, unless allowed', () => {
    const data = input([...full('E1', 'X', 4, 2, 3), ...full('E2', 'X', 4, 2, 3), ['E1', 'Y', 'a1', 3], ['E2', 'Y', 'a1', 3]], { X: 100, Y: 100 });
    try {
      scoreTender(testSpec(), grid, data, { specFile: 's.yaml' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const codes = (e as InputError).diagnostics.map((d) => d.code);
      // Each (offer, sub-criterion) nobody marked is listed once, by its number.
      const listed = (e as InputError).diagnostics.filter((d) => d.code === 'mark-missing').map((d) => d.message);
      expect(listed).toHaveLength(2);
      expect(listed.join('\n')).toMatch(/Y.*1\.2[\s\S]*Y.*2\.1/);
      expect(codes).toContain('marks-incomplete');
    }
    const r = scoreTender(testSpec(), grid, data, { specFile: 's.yaml', allowMissing: true });
    expect(r.missing).toHaveLength(4);
    expect(r.findings.map((f) => f.code)).toContain('marks-missing-allowed');
  });
  it('requires a price for every bidder when the grid has a price criterion', () => {
    const data = input(full('E1', 'X', 4, 2, 3), { X: 100 });
    expect(() => scoreTender(testSpec(), grid, { ...data, prices: [] }, { specFile: 's.yaml' })).toThrow(InputError);
  });
  it('flags the committee checks: empty, short and contradicting justifications, pasted text', () => {
    const rows: [string, string, string, number, string?][] = [
      ['E1', 'X', 'a1', 5, 'Aucune preuve fournie, réponse générique.'],
      ['E1', 'X', 'a2', 2, ''],
      ['E1', 'X', 'b1', 3, 'Trop court.'],
      ['E1', 'Y', 'a1', 1, 'Excellent dossier, très complet et chiffré pour le territoire.'],
      ['E1', 'Y', 'a2', 2.5, 'Texte collé tel quel pour les deux offres examinées.'],
      ['E1', 'Y', 'b1', 3, J],
    ];
    const data = input(rows, { X: 100, Y: 110 });
    const withPaste = { ...data, marks: data.marks.map((m) => (m.bidder === 'X' && m.criterion === 'a2' ? { ...m, justification: 'Texte collé tel quel pour les deux offres examinées.' } : m)) };
    const r1 = scoreTender(testSpec(), grid, data, { specFile: 's.yaml' });
    const codes = r1.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['justification-missing', 'justification-short', 'justification-contradicts-level', 'mark-between-levels']));
    expect(r1.findings.filter((f) => f.code === 'justification-contradicts-level').map((f) => f.bidder)).toEqual(['X', 'Y']);
    const r2 = scoreTender(testSpec(), grid, withPaste, { specFile: 's.yaml' });
    expect(r2.findings.map((f) => f.code)).toContain('justification-duplicate');
  });
  it('reports a tie, and applies the announced rule when it names a criterion', () => {
    const data = input([...full('E1', 'W', 5, 1, 2), ...full('E1', 'V', 2, 5, 3)], { W: 100, V: 100 / 0.9 });
    const none = scoreTender(testSpec(), grid, data, { specFile: 's.yaml' });
    expect(none.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['tie', 'tie-no-rule']));
    expect(none.bidders.map((b) => b.rank)).toEqual([1, 1]);
    expect(none.robustness!.fragile).toBe(true);
    const rule = scoreTender(testSpec({ tieBreak: 'meilleure note sur le critère 2' }), grid, data, { specFile: 's.yaml' });
    expect(rule.bidders.map((b) => [b.id, b.rank])).toEqual([
      ['V', 1],
      ['W', 2],
    ]);
    expect(rule.findings.map((f) => f.code)).toContain('tie-broken');
  });
  it('composes a report with every section, in French and in English', () => {
    const data = input([...full('E1', 'X', 4, 2, 3), ...full('E1', 'Y', 2, 4, 4), ...full('E1', 'Z', 1, 1, 1)], { X: 100, Y: 150, Z: 55 });
    const r = scoreTender(testSpec(), grid, data, { specFile: 's.yaml', ...settled(data, { accepted: ['Z'] }), final: true });
    expect(r.state).toBe('final');
    expect(r.abnormallyLow.toQuestion.map((q) => q.bidder)).toEqual(['Z']);
    const doc = composeScoreReport(r);
    const headings = doc.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'heading' && b.level === 1).map((b) => (b as { text: string }).text);
    // context, criteria, regularity, analysis, prices, ranking, checks, robustness, proposal, signatures
    expect(headings).toHaveLength(10);
    const text = JSON.stringify(doc);
    expect(text).toContain('Signatures');
    expect(text).toContain('L2152-5');
    const en = composeScoreReport({ ...r, meta: { ...r.meta, lang: 'en' } });
    expect(en.meta.lang).toBe('en');
    expect(JSON.stringify(en)).toContain('Tender evaluation report');
    expect(inlineText(['a', { text: 'b' }])).toBe('ab');
  });
});
