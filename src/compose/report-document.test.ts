import { describe, expect, it } from 'vitest';
import { testGrid, testSpec } from '../../test/fixtures/score/grid.js';
import type { EvaluatorMark, MarksInput } from '../model/marks.js';
import { scoreTender } from '../score/score.js';
import { settled } from '../../test/fixtures/score/committee.js';
import { documentWords } from '../wording/catalog.js';
import type { Block } from './document.js';
import { composeScoreReport } from './report-document.js';

function input(): MarksInput {
  const rows: [string, string, number][] = [['X', 'a1', 4], ['X', 'a2', 2], ['X', 'b1', 3], ['Y', 'a1', 2], ['Y', 'a2', 4], ['Y', 'b1', 4]];
  const marks: EvaluatorMark[] = rows.map(([bidder, criterion, mark], k) => ({ evaluator: 'E1', bidder, criterion, mark, justification: `Engagements chiffrés et méthode de mesure décrite (${bidder}, ${criterion}).`, source: { file: 'E1.csv', line: k + 2 } }));
  return { marks, prices: [{ bidder: 'X', price: 1234.5, source: { file: 'p.csv', line: 2 } }, { bidder: 'Y', price: 2000, source: { file: 'p.csv', line: 3 } }], bidders: ['X', 'Y'], evaluators: ['E1'], files: [] };
}

const headings = (blocks: readonly Block[]) => blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading');

describe('evaluation report document', () => {
  const result = scoreTender(testSpec(), testGrid(), input(), { specFile: 's.yaml' });

  it('numbers each heading once: criteria headings carry the RC numbers and are not numbered again', () => {
    const hs = headings(composeScoreReport(result).sections.flatMap((s) => s.blocks));
    const numbered = hs.filter((h) => h.numbered !== false);
    expect(numbered.filter((h) => /^\d/.test(h.text))).toEqual([]);
    expect(hs.some((h) => h.numbered === false && /^Critère \d+ — /.test(h.text))).toBe(true);
    expect(hs.some((h) => h.numbered === false && /^Sous-critère \d+\.\d+ — /.test(h.text))).toBe(true);
  });

  it('writes money with the one formatter (to the cent, narrow no-break space, no-break space before €)', () => {
    const text = JSON.stringify(composeScoreReport(result));
    expect(text).toContain('1\u202F234,50\u00A0€');
    const en = JSON.stringify(composeScoreReport({ ...result, meta: { ...result.meta, lang: 'en' } }));
    expect(en).toContain('€1,234.50');
  });

  it('takes overridden words', () => {
    const final = scoreTender(testSpec(), testGrid(), input(), { specFile: 's.yaml', ...settled(input(), { accepted: ['X'] }), final: true });
    const doc = composeScoreReport(final, documentWords('fr', { 'report.s9': 'Visas des membres' }));
    expect(headings(doc.sections.flatMap((s) => s.blocks)).map((h) => h.text)).toContain('Visas des membres');
  });
});
