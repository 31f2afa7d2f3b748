/**
 * Weights exactly as the buyer wrote them, to 0.01, end to end (issue 15): 5.81 and 2.58 are announced by the RC's
 * criteria table and the DOCX grid, written in the XLSX grid's weight cells, applied by `score` and printed in the
 * report; a weight with a third decimal is refused at its line; a split the tool must round is reported by lint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { PACKAGE_ROOT } from '../src/load/paths.js';
import { loadSpecText } from '../src/load/spec.js';
import { InputError } from '../src/model/errors.js';
import type { EvaluatorMark, MarksInput } from '../src/model/marks.js';
import { selectCriteria } from '../src/select/select.js';
import { specTables } from '../src/compose/spec-tables.js';
import { loadTemplates } from '../src/compose/templates.js';
import { composeGridDocument } from '../src/compose/grid-document.js';
import { composeScoreReport } from '../src/compose/report-document.js';
import { inlineText } from '../src/compose/document.js';
import { renderGridXlsx } from '../src/render/xlsx/grid-workbook.js';
import { scoreTender } from '../src/score/score.js';
import { lintLoaded } from '../src/lint/index.js';

const catalog = loadCatalog();
const sicoval = readFileSync(join(PACKAGE_ROOT, 'examples', 'sicoval-waste.yaml'), 'utf8');
const withWeights = (weights: string): string => sicoval.replace(/\n {2}weights: \{\}\n/, `\n  weights: ${weights}\n`);
// solution-integree (20 points): 5.81 + 5.81 + 8.38; cooperation-territoire (20 points): 17.42 + 2.58.
const EXACT = '{ integrated-solution-coherence: 5.81, performance-linked-remuneration: 5.81, waste-prevention-integration: 8.38, cooperation-commitments: 17.42 }';
const loaded = loadSpecText(withWeights(EXACT), 'spec.yaml');
const grid = selectCriteria(loaded, catalog);
const subs = grid.criteria.flatMap((c) => c.subCriteria);
const json = (x: unknown): string => JSON.stringify(x);

describe('weights to 0.01, as the buyer wrote them', () => {
  it('keeps 5.81 and 2.58 exactly in the grid, the sums exact', () => {
    expect(subs.find((s) => s.id === 'integrated-solution-coherence')!.weightHundredths).toBe(581);
    const coop = grid.criteria.find((c) => c.id === 'cooperation-territoire')!;
    expect(coop.subCriteria.map((s) => s.weightHundredths)).toEqual([1742, 258]);
    for (const c of grid.criteria) if (c.subCriteria.length) expect(c.subCriteria.reduce((s, x) => s + x.weightHundredths, 0)).toBe(c.weightHundredths);
    expect(grid.criteria.reduce((s, c) => s + c.weightHundredths, 0)).toBe(10000);
  });

  it('prints them French-style in the RC criteria table and the DOCX grid', () => {
    const table = json(specTables(loaded.spec, grid, loadTemplates('fr'), [])('criteria'));
    expect(table).toContain('"5,81"');
    expect(table).toContain('"2,58"');
    expect(table).toContain('"17,42"');
    const doc = composeGridDocument(grid, { spec: loaded.spec, bidders: 2, lang: 'fr' });
    const heads = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(heads.some((h) => h.endsWith('— 5,81 points'))).toBe(true);
    expect(heads.some((h) => h.endsWith('— 2,58 points'))).toBe(true);
  });

  it('writes them in the XLSX grid, where the marks sheet and the summary read them by formula', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await renderGridXlsx(grid, { title: 'Collecte', reference: 'R-1', date: '2026-09-01', bidders: 2, lang: 'fr' }));
    const weights: number[] = [];
    wb.getWorksheet('Critères')!.eachRow((row) => {
      const v = row.getCell(4).value;
      if (typeof v === 'number') weights.push(v);
    });
    expect(weights).toContain(5.81);
    expect(weights).toContain(2.58);
    expect(weights).toContain(8.38);
    let linked = 0;
    wb.getWorksheet('Notes')!.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string; result?: unknown } | null;
        if (v && typeof v === 'object' && v.formula?.includes('Critères') && (v.result === 5.81 || v.result === 2.58)) linked += 1;
      }),
    );
    expect(linked).toBe(3); // the points cells of 5.81 (twice) and 2.58, each a formula on the criteria sheet
  });

  it('applies them in score and prints them in the report', () => {
    const marks: EvaluatorMark[] = ['A', 'B'].flatMap((bidder, b) =>
      subs.map((s, k) => ({ evaluator: 'E1', bidder, criterion: s.id, mark: b === 0 ? 5 : 4, justification: 'Engagements chiffrés, méthode de mesure décrite et propre au territoire.', source: { file: 'e.csv', line: k + 2 } })),
    );
    const input: MarksInput = { marks, prices: [{ bidder: 'A', price: 100, source: { file: 'p.csv', line: 2 } }, { bidder: 'B', price: 100, source: { file: 'p.csv', line: 3 } }], bidders: ['A', 'B'], evaluators: ['E1'], files: [] };
    const r = scoreTender(loaded, grid, input, { specFile: 'spec.yaml' });
    const pointsOf = (bidder: string, id: string): number => r.marks.find((m) => m.bidder === bidder && m.criterion === id)!.points;
    expect(pointsOf('A', 'integrated-solution-coherence')).toBeCloseTo(5.81, 12);
    expect(pointsOf('B', 'cooperation-commitments')).toBeCloseTo((17.42 * 4) / 5, 12);
    expect(pointsOf('B', subs.find((s) => s.weightHundredths === 258)!.id)).toBeCloseTo((2.58 * 4) / 5, 12);
    expect(r.bidders.find((b) => b.id === 'A')!.total).toBeCloseTo(100, 9);
    expect(r.criteria.flatMap((c) => c.subCriteria).map((s) => s.weight)).toContain(5.81);
    const text = composeScoreReport(r)
      .sections.flatMap((s) => s.blocks)
      .map((b) => (b.type === 'heading' ? b.text : b.type === 'paragraph' ? inlineText(b.runs) : b.type === 'table' ? JSON.stringify(b.rows) : ''))
      .join('\n');
    expect(text).toContain('5,81');
    expect(text).toContain('2,58');
    expect(text).not.toMatch(/[^\d]5,8[^\d1]/);
  });

  it('refuses a third decimal at the weight’s line and column, rather than rounding it', () => {
    const text = withWeights('{ integrated-solution-coherence: 5.815 }');
    try {
      selectCriteria(loadSpecText(text, 'spec.yaml'), catalog);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const d = (e as InputError).diagnostics.find((x) => x.code === 'weights-precision')!;
      expect(d).toBeDefined();
      expect(d.line).toBe(text.split('\n').findIndex((l) => l.includes('5.815')) + 1);
      expect(d.message).toContain('5.815');
    }
  });
});

describe('weights the tool shares between sub-criteria', () => {
  it('gives equal sub-criteria equal weights when the points divide to 0.01, with no report', () => {
    const g = selectCriteria(loadSpecText(withWeights('{ solution-integree: 21, prix: 29 }'), 'spec.yaml'), catalog);
    expect(g.criteria.find((c) => c.id === 'solution-integree')!.subCriteria.map((s) => s.weightHundredths)).toEqual([700, 700, 700]);
    expect(g.roundings?.some((r) => r.criterionId === 'solution-integree')).toBeFalsy();
  });

  it('reports a split it must round (20 points between three): exact share, announced weights, before publication', () => {
    const l = loadSpecText(sicoval, 'spec.yaml');
    const g = selectCriteria(l, catalog);
    const c = g.criteria.find((x) => x.id === 'solution-integree')!;
    expect(c.subCriteria.map((s) => s.weightHundredths)).toEqual([667, 667, 666]);
    const r = g.roundings!.find((x) => x.criterionId === 'solution-integree')!;
    expect(r.subIds).toEqual(c.subCriteria.map((s) => s.id));
    expect(r.printed).toEqual([667, 667, 666]);
    for (const x of r.exact) expect(x).toBeCloseTo(20 / 3, 12);
    const found = lintLoaded(l, catalog).findings.filter((f) => f.code === 'legal/weights-announced' && f.messageId === 'rounded');
    const one = found.find((f) => String(f.args.criterion) === c.label)!;
    expect(one.severity).toBe('info');
    expect(String(one.args.exact)).toContain('6,666…');
    expect(String(one.args.printed)).toContain('6,67');
    expect(String(one.args.printed)).toContain('6,66');
    expect(one.line).toBe(l.source.positionOf(['criteria', 'profile']).line);
  });

  it('reports nothing once the buyer writes the weights, even rounded ones: the rounding is then the buyer’s', () => {
    const l = loadSpecText(withWeights('{ integrated-solution-coherence: 6.67, performance-linked-remuneration: 6.67, waste-prevention-integration: 6.66 }'), 'spec.yaml');
    const g = selectCriteria(l, catalog);
    expect(g.roundings?.some((r) => r.criterionId === 'solution-integree')).toBeFalsy();
    expect(lintLoaded(l, catalog).findings.filter((f) => f.messageId === 'rounded' && String(f.args.criterion).includes(g.criteria.find((c) => c.id === 'solution-integree')!.label))).toEqual([]);
  });
});
