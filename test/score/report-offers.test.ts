import { describe, expect, it } from 'vitest';
import { composeScoreReport } from '../../src/compose/report-document.js';
import { offerOutcomes } from '../../src/compose/report-offers.js';
import type { DocumentModel } from '../../src/compose/document.js';
import type { RegularityEntry } from '../../src/model/committee.js';
import type { Grid } from '../../src/model/grid.js';
import type { EvaluatorMark, MarksInput } from '../../src/model/marks.js';
import { reportText } from '../../src/score/report-text.js';
import { scoreTender } from '../../src/score/score.js';
import { documentWords } from '../../src/wording/catalog.js';
import { testGrid, testSpec } from '../fixtures/score/grid.js';

/**
 * Five offers: two ranked, one below the minimum threshold on criterion 2 (15 of 30 points), one set aside as
 * irregular, one whose abnormally low price was examined and rejected. Each must appear in the report's list of the
 * offers analysed with its outcome and reason, and the marked ones in the analysis tables.
 */
const base = testGrid();
const grid: Grid = { ...base, criteria: base.criteria.map((c) => (c.id === 'crit-b' ? { ...c, minPoints: 15 } : c)) };
const MARKS: Record<string, [number, number, number, number]> = {
  // a1, a2, b1, price
  Alpha: [4, 4, 4, 100_000],
  Bravo: [3, 3, 3, 95_000],
  Charlie: [5, 5, 2, 90_000], // b1 = 2 → 12 points < 15: eliminated
  Delta: [3, 3, 3, 98_000], // irregular: set aside
  Echo: [3, 3, 3, 40_000], // abnormally low, justification rejected
};
function input(): MarksInput {
  const names = Object.keys(MARKS);
  const marks: EvaluatorMark[] = names.flatMap((bidder) => (['a1', 'a2', 'b1'] as const).map((criterion, j) => ({ evaluator: 'E1', bidder, criterion, mark: MARKS[bidder]![j]!, justification: `Engagements chiffrés de ${bidder} sur ${criterion}, méthode décrite.`, source: { file: 'e1.csv', line: 2 + j } })));
  return { marks, prices: names.map((bidder) => ({ bidder, price: MARKS[bidder]![3], source: { file: 'prix.csv', line: 2 } })), bidders: names, evaluators: ['E1'], files: ['e1.csv'] };
}
const reg = (bidder: string, more: Partial<RegularityEntry> = {}): RegularityEntry => ({ bidder, status: 'regular', reason: '', regularised: false, source: { file: 'regularite.csv', line: 2 }, ...more });
const regularity = [reg('Alpha'), reg('Bravo'), reg('Charlie'), reg('Delta', { status: 'irregular', reason: 'Acte d’engagement non signé' }), reg('Echo', { priceJustification: 'rejected', reason: 'Les coûts salariaux annoncés sont inférieurs aux minima de la convention collective' })];
const result = scoreTender(testSpec(), grid, input(), { specFile: 's.yaml', regularity, regularityFile: 'regularite.csv' });

/** The text of the blocks under one heading, up to the next heading of the same level or above. */
function under(doc: DocumentModel, heading: string): string {
  const blocks = doc.sections.flatMap((s) => s.blocks);
  const start = blocks.findIndex((x) => x.type === 'heading' && JSON.stringify(x).includes(heading));
  const level = (blocks[start] as { level: number }).level;
  const end = blocks.findIndex((x, k) => k > start && x.type === 'heading' && (x as { level: number }).level <= level);
  return JSON.stringify(blocks.slice(start, end < 0 ? undefined : end));
}

describe('offers eliminated, set aside or rejected in the report', () => {
  it('the scoring ranks only Alpha and Bravo, and keeps why the others are not ranked', () => {
    expect(result.bidders.map((b) => b.id)).toEqual(['Alpha', 'Bravo']);
    expect(result.eliminated).toMatchObject([{ bidder: 'Charlie', criterion: 'crit-b', points: 12, min: 15 }]);
    expect(result.setAside.map((x) => [x.bidder, x.ground])).toEqual([['Delta', 'irregular'], ['Echo', 'abnormally-low']]);
  });

  it('lists every offer received with its outcome and reason', () => {
    const t = reportText(documentWords('fr'));
    expect(offerOutcomes(result, t).map((o) => [o.bidder, o.kind, o.outcome])).toEqual([
      ['Alpha', 'ranked', 'Classée (1)'],
      ['Bravo', 'ranked', 'Classée (2)'],
      ['Charlie', 'eliminated', 'Éliminée (note minimale non atteinte)'],
      ['Echo', 'rejected', 'Rejetée (offre anormalement basse, article L2152-6)'],
      ['Delta', 'set-aside', 'Irrégulière — éliminée'],
    ]);
    const list = under(composeScoreReport(result), 'Soumissionnaires dont l’offre a été analysée');
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']) expect(list).toContain(name);
    expect(list).toContain('12,00 points sur le critère 2 Coopération territoriale, pour un minimum annoncé de 15,00 points');
    expect(list).toContain('Acte d’engagement non signé. L’offre a été écartée avant toute notation');
    expect(list).toContain('Justification du prix examinée et rejetée : Les coûts salariaux annoncés sont inférieurs aux minima');
  });

  it('shows the marks of the eliminated and rejected offers in the analysis, and names all three under the ranking', () => {
    const doc = composeScoreReport(result);
    const analysis = under(doc, 'Analyse des offres au regard des critères techniques');
    expect(analysis).toContain('Charlie');
    expect(analysis).toContain('Notée, non classée : Éliminée (note minimale non atteinte)');
    expect(analysis).toContain('Echo');
    expect(analysis).not.toContain('Delta'); // set aside before scoring: never marked
    const ranking = under(doc, 'Notes totales et classement');
    expect(ranking).toContain('Offres analysées mais non classées');
    for (const name of ['Charlie', 'Delta', 'Echo']) expect(ranking).toContain(name);
  });

  it('says the same in English', () => {
    const list = under(composeScoreReport({ ...result, meta: { ...result.meta, lang: 'en' } }), 'Bidders whose offer was evaluated');
    expect(list).toContain('Eliminated (minimum mark not reached)');
    expect(list).toContain('Rejected (abnormally low offer, article L2152-6)');
  });
});
