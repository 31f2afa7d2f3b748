import { describe, expect, it } from 'vitest';
import { settled } from '../../test/fixtures/score/committee.js';
import { testGrid, testSpec } from '../../test/fixtures/score/grid.js';
import { composeScoreReport } from '../compose/report-document.js';
import { InputError } from '../model/errors.js';
import type { EvaluatorMark, MarksInput } from '../model/marks.js';
import { scoreTender } from './score.js';

const J = 'Engagements chiffrés et méthode de mesure décrite, propres au territoire.';
function input(rows: [string, string, string, number][], prices: Record<string, number>): MarksInput {
  const marks: EvaluatorMark[] = rows.map(([evaluator, bidder, criterion, mark], k) => ({ evaluator, bidder, criterion, mark, justification: `${J} (${bidder}, ${criterion})`, source: { file: `${evaluator}.csv`, line: k + 2 } }));
  return { marks, prices: Object.entries(prices).map(([bidder, price]) => ({ bidder, price, source: { file: 'p.csv', line: 2 } })), bidders: Object.keys(prices), evaluators: [...new Set(marks.map((m) => m.evaluator))], files: ['E1.csv'] };
}
const full = (e: string, b: string, a1: number, a2: number, b1: number): [string, string, string, number][] => [
  [e, b, 'a1', a1],
  [e, b, 'a2', a2],
  [e, b, 'b1', b1],
];
const codesOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.map((d) => d.code);
    throw e;
  }
  return [];
};
const text = (r: ReturnType<typeof scoreTender>): string => JSON.stringify(composeScoreReport(r));

describe('the committee: regularity before scoring, consensus, provisional and final reports', () => {
  const grid = testGrid();
  const data = input([...full('E1', 'X', 4, 2, 3), ...full('E1', 'Y', 2, 4, 4), ...full('E1', 'W', 5, 5, 5)], { X: 100, Y: 150, W: 120 });

  it('an irregular offer is set aside before scoring: not marked, not ranked, and the lowest price is taken among the others', () => {
    const committee = settled(data);
    const regularity = committee.regularity.map((r) => (r.bidder === 'X' ? { ...r, status: 'irregular' as const, reason: 'Acte d’engagement non signé.' } : r));
    const r = scoreTender(testSpec(), grid, data, { specFile: 's.yaml', regularity, consensus: committee.consensus.filter((c) => c.bidder !== 'X'), final: true });
    expect(r.bidders.map((b) => b.id)).toEqual(['W', 'Y']);
    expect(r.setAside).toEqual([{ bidder: 'X', ground: 'irregular', reason: 'Acte d’engagement non signé.' }]);
    expect(r.marks.some((m) => m.bidder === 'X')).toBe(false);
    // W (120) is now the lowest price: full price points.
    expect(r.bidders.find((b) => b.id === 'W')!.pricePoints).toBeCloseTo(30, 9);
    const doc = text(r);
    expect(doc).toContain('Irrégulière — éliminée');
    expect(doc).toContain('Acte d’engagement non signé.');
  });

  it('an abnormally low offer whose justification was rejected is not ranked (L2152-6); accepted, it is', () => {
    const low = input([...full('E1', 'X', 4, 2, 3), ...full('E1', 'Y', 2, 4, 4), ...full('E1', 'Z', 1, 1, 1)], { X: 100, Y: 150, Z: 55 });
    const committee = settled(low, { accepted: ['Z'] });
    const accepted = scoreTender(testSpec(), grid, low, { specFile: 's.yaml', ...committee, final: true });
    expect(accepted.bidders.map((b) => b.id)).toContain('Z');
    const rejected = committee.regularity.map((r) => (r.bidder === 'Z' ? { ...r, priceJustification: 'rejected' as const, reason: 'Justifications insuffisantes.' } : r));
    const r = scoreTender(testSpec(), grid, low, { specFile: 's.yaml', regularity: rejected, consensus: committee.consensus, final: true });
    expect(r.bidders.map((b) => b.id)).not.toContain('Z');
    expect(r.setAside).toEqual([{ bidder: 'Z', ground: 'abnormally-low', reason: 'Justifications insuffisantes.' }]);
    // Without a decision, the justification is an open item.
    expect(codesOf(() => scoreTender(testSpec(), grid, low, { specFile: 's.yaml', regularity: settled(low).regularity, consensus: committee.consensus, final: true }))).toContain('open-price-justification');
  });

  it('the consensus whole mark replaces the mean, with who agreed and the collegial assessment', () => {
    const two = input([...full('E1', 'X', 4, 2, 3), ...full('E2', 'X', 1, 2, 3), ...full('E1', 'Y', 2, 4, 4), ...full('E2', 'Y', 2, 4, 4)], { X: 100, Y: 150 });
    const provisional = scoreTender(testSpec(), grid, two, { specFile: 's.yaml' });
    const gap = provisional.marks.find((m) => m.bidder === 'X' && m.criterion === 'a1')!;
    expect(gap.value).toBe(2.5);
    expect(gap.needsConsensus).toBe(true);
    expect(provisional.openItems.map((o) => o.kind)).toContain('consensus');
    const committee = settled(two, { accepted: ['X'] });
    const consensus = committee.consensus.map((c) => (c.bidder === 'X' && c.criterion === 'a1' ? { ...c, mark: 3, agreedBy: ['E1', 'E2'], assessment: 'Cibles chiffrées sur quatre indicateurs ; méthode de mesure partielle.' } : c));
    const r = scoreTender(testSpec(), grid, two, { specFile: 's.yaml', regularity: committee.regularity, consensus, final: true });
    const m = r.marks.find((x) => x.bidder === 'X' && x.criterion === 'a1')!;
    expect(m).toMatchObject({ value: 3, needsConsensus: false, consensus: { mark: 3, agreedBy: ['E1', 'E2'] } });
    expect(m.points).toBeCloseTo(15, 9);
    const doc = text(r);
    expect(doc).toContain('Cibles chiffrées sur quatre indicateurs');
    expect(doc).toContain('Note arrêtée en commission, accord de : E1, E2.');
    expect(doc).toContain('Notes des évaluateurs : E1 4, E2 1.');
    // The level printed is the level of the mark retained, never a "nearest" one.
    expect(doc).toContain('Niveau 3 — Niveau 3');
    // Provisional: a mean between two levels names both.
    expect(text(provisional)).toContain('Entre le niveau 2 et le niveau 3');
  });

  it('--final refuses while any item is open, listing each; the provisional report lists them as actions and proposes nothing', () => {
    const codes = codesOf(() => scoreTender(testSpec(), grid, data, { specFile: 's.yaml', final: true }));
    expect(codes.filter((c) => c === 'open-regularity')).toHaveLength(3);
    expect(codes.filter((c) => c === 'open-consensus-mark')).toHaveLength(3);
    expect(codes).toContain('final-refused');
    const r = scoreTender(testSpec(), grid, data, { specFile: 's.yaml' });
    expect(r.state).toBe('provisional');
    const doc = text(r);
    expect(doc).toContain('Points à régler avant le rapport définitif');
    expect(doc).toContain('Projet de rapport d’analyse des offres');
    expect(doc).not.toContain('propose d’attribuer');
    expect(doc).not.toContain('document à signer');
    expect(doc).not.toContain('"Signatures"');
    // Everything settled, but --final not asked: still provisional, and it says nothing is open.
    const ready = scoreTender(testSpec(), grid, data, { specFile: 's.yaml', ...settled(data, { accepted: ['X'] }) });
    expect(ready.state).toBe('provisional');
    expect(ready.openItems).toEqual([]);
    expect(text(ready)).toContain('Aucun point ne reste ouvert');
    const final = scoreTender(testSpec(), grid, data, { specFile: 's.yaml', ...settled(data, { accepted: ['X'] }), final: true });
    expect(text(final)).toContain('propose d’attribuer le marché à W');
    expect(text(final)).toContain('document à signer');
  });

  it('missing marks allowed make a provisional ranking that --final refuses', () => {
    const part = input([...full('E1', 'X', 4, 2, 3), ['E1', 'Y', 'a1', 3]], { X: 100, Y: 100 });
    const r = scoreTender(testSpec(), grid, part, { specFile: 's.yaml', allowMissing: true });
    expect(r.state).toBe('provisional');
    expect(text(r)).toContain('Classement provisoire');
    expect(codesOf(() => scoreTender(testSpec(), grid, part, { specFile: 's.yaml', allowMissing: true, final: true }))).toContain('final-refused');
  });

  it('no mark at all is an error even with --allow-missing: a ranking on price alone is no evaluation', () => {
    const none: MarksInput = { ...data, marks: [], evaluators: [] };
    expect(codesOf(() => scoreTender(testSpec(), grid, none, { specFile: 's.yaml', allowMissing: true }))).toEqual(['marks-none']);
  });

  it('a committee file naming an unknown bidder is an error with its line and a guess', () => {
    const committee = settled(data);
    const regularity = [...committee.regularity.slice(1), { ...committee.regularity[0]!, bidder: 'XX', source: { file: 'reg.csv', line: 9 } }];
    try {
      scoreTender(testSpec(), grid, data, { specFile: 's.yaml', regularity });
      expect.unreachable();
    } catch (e) {
      const d = (e as InputError).diagnostics[0]!;
      expect(d).toMatchObject({ code: 'unknown-bidder', file: 'reg.csv', line: 9 });
    }
  });
});
