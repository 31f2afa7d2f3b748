/**
 * Sub-criteria at any depth (criteria.children, issue 15): a sub-criterion divided into sub-sub-criteria is announced
 * with its weight as a subtotal in the RC and the DOCX grid, summed by formula in the XLSX grid, and its leaves are
 * what the committee marks; weights at every level are exact and checked, each problem at its line.
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
import { renderGridXlsx } from '../src/render/xlsx/grid-workbook.js';
import { gridLayout } from '../src/render/xlsx/layout.js';
import { scoreTender } from '../src/score/score.js';
import { composeScoreReport } from '../src/compose/report-document.js';
import { inlineText } from '../src/compose/document.js';

const catalog = loadCatalog();
const sicoval = readFileSync(join(PACKAGE_ROOT, 'examples', 'sicoval-waste.yaml'), 'utf8');
const withCriteria = (extra: string): string => sicoval.replace(/\n {2}weights: \{\}\n/, `\n${extra}\n`);
const TREE = `  weights: { integrated-solution-coherence: 12, waste-prevention-integration: 5.81, waste-user-service: 3.19 }
  children:
    integrated-solution-coherence: [waste-prevention-integration, start-up-continuity-reversibility]
    start-up-continuity-reversibility: [waste-user-service, collection-staffing]`;
const text = withCriteria(TREE);
const loaded = loadSpecText(text, 'spec.yaml');
const grid = selectCriteria(loaded, catalog);
const sol = grid.criteria.find((c) => c.id === 'solution-integree')!;
const problems = (t: string) => {
  try {
    selectCriteria(loadSpecText(t, 'spec.yaml'), catalog);
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics;
    throw e;
  }
  return [];
};
const lineOf = (t: string, needle: string, from = 0): number => t.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('criteria.children: sub-criteria at any depth', () => {
  it('numbers the levels and shares each parent’s points between its children, exactly', () => {
    expect(sol.subTotals!.map((s) => [s.number, s.id, s.weightHundredths])).toEqual([
      ['2.1', 'integrated-solution-coherence', 1200],
      ['2.1.2', 'start-up-continuity-reversibility', 619],
    ]);
    expect(sol.subCriteria.map((s) => [s.number, s.id, s.weightHundredths])).toEqual([
      ['2.1.1', 'waste-prevention-integration', 581],
      ['2.1.2.1', 'waste-user-service', 319],
      ['2.1.2.2', 'collection-staffing', 300],
      ['2.2', 'performance-linked-remuneration', 800],
    ]);
    expect(sol.subCriteria.reduce((s, x) => s + x.weightHundredths, 0)).toBe(sol.weightHundredths);
  });

  it('prints the subtotals in the RC criteria table and the DOCX grid, each level under its parent', () => {
    const rows = (specTables(loaded.spec, grid, loadTemplates('fr'), [])('criteria')![0] as { rows: unknown[][] }).rows;
    const flat = rows.map((r) => r.map((c) => (typeof c === 'string' ? c : (c as { runs: string[] }).runs.join(''))));
    const i = flat.findIndex((r) => r[0] === '2.1');
    expect(flat.slice(i, i + 6)).toEqual([
      ['2.1', expect.stringMatching(/^ {4}\S/), '12,0'],
      ['2.1.1', expect.stringMatching(/^ {8}\S/), '5,81'],
      ['2.1.2', expect.stringMatching(/^ {8}\S/), '6,19'],
      ['2.1.2.1', expect.stringMatching(/^ {12}\S/), '3,19'],
      ['2.1.2.2', expect.stringMatching(/^ {12}\S/), '3,0'],
      ['2.2', expect.stringMatching(/^ {4}\S/), '8,0'],
    ]);
    const doc = composeGridDocument(grid, { spec: loaded.spec, bidders: 2, lang: 'fr' });
    const heads = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'heading' ? [`${b.level} ${b.text}`] : []));
    expect(heads.filter((h) => /^\d 2\.\d/.test(h)).map((h) => h.replace(/ .*— /, ' ').slice(0, 2) + h.split(' ')[1] + ' ' + h.split('— ')[1])).toEqual([
      '2 2.1 12,0 points',
      '3 2.1.1 5,81 points',
      '3 2.1.2 6,19 points',
      '3 2.1.2.1 3,19 points',
      '3 2.1.2.2 3,0 points',
      '2 2.2 8,0 points',
    ]);
  });

  it('sums each subtotal by formula in the XLSX criteria sheet; the marks sheet lists the leaves only', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await renderGridXlsx(grid, { title: 'Collecte', reference: 'R-1', date: '2026-09-01', bidders: 2, lang: 'fr' }));
    const layout = gridLayout(grid, 2, 'fr');
    const ws = wb.getWorksheet('Critères')!;
    const row = (id: string) => [...Array(ws.rowCount).keys()].map((k) => ws.getRow(k + 1)).find((r) => r.getCell(2).value === id)!;
    const top = row('integrated-solution-coherence').getCell(4).value as { formula: string; result: number };
    expect(top.result).toBe(12);
    expect(top.formula).toBe(`SUM(D${row('waste-prevention-integration').number},D${row('start-up-continuity-reversibility').number})`);
    const mid = row('start-up-continuity-reversibility').getCell(4).value as { formula: string; result: number };
    expect(mid).toEqual({ formula: `SUM(D${row('waste-user-service').number},D${row('collection-staffing').number})`, result: 6.19 });
    expect(layout.subRows.map((r) => r.id)).not.toContain('integrated-solution-coherence');
    const marked: string[] = [];
    wb.getWorksheet('Notes')!.eachRow((r) => typeof r.getCell(1).value === 'string' && /^2\./.test(r.getCell(1).value as string) && marked.push(r.getCell(1).value as string));
    expect(marked).toEqual(['2.1.1', '2.1.2.1', '2.1.2.2', '2.2']);
  });

  it('scores the leaves; a subtotal’s points are its leaves’ points', () => {
    const leaves = grid.criteria.flatMap((c) => c.subCriteria);
    const marks: EvaluatorMark[] = leaves.map((s, k) => ({ evaluator: 'E1', bidder: 'A', criterion: s.id, mark: 4, justification: 'Engagements chiffrés, méthode de mesure décrite et propre au territoire.', source: { file: 'e.csv', line: k + 2 } }));
    const input: MarksInput = { marks, prices: [{ bidder: 'A', price: 100, source: { file: 'p.csv', line: 2 } }], bidders: ['A'], evaluators: ['E1'], files: [] };
    const r = scoreTender(loaded, grid, input, { specFile: 'spec.yaml' });
    const pts = (id: string) => r.marks.find((m) => m.criterion === id)!.points;
    expect(pts('waste-prevention-integration') + pts('waste-user-service') + pts('collection-staffing')).toBeCloseTo((12 * 4) / 5, 12);
    expect(r.bidders[0]!.total).toBeCloseTo(70 * 0.8 + 30, 9);
    expect(r.criteria.find((c) => c.id === 'solution-integree')!.subTotals!.map((s) => [s.number, s.weight])).toEqual([
      ['2.1', 12],
      ['2.1.2', 6.19],
    ]);
    const blocks = composeScoreReport(r).sections.flatMap((s) => s.blocks);
    const text = blocks.map((b) => (b.type === 'heading' ? b.text : b.type === 'paragraph' ? inlineText(b.runs) : b.type === 'table' ? JSON.stringify(b.rows) : '')).join('\n');
    expect(text).toContain('Sous-total 2.1 — ');
    expect(text).toContain('(12,0 pts)');
    // 12 points at mark 4 of 5: 9,60; 6,19 at 4 of 5: 4,952 → 4,95.
    expect(text).toContain('Points obtenus, somme des sous-critères 2.1.1, 2.1.2.1, 2.1.2.2 : A 9,60.');
    expect(text).toContain('sous-critères 2.1.2.1, 2.1.2.2 : A 4,95.');
  });
});

describe('criteria.children: every problem at its line', () => {
  it('refuses children whose weights exceed their parent’s, at the weight', () => {
    const t = withCriteria(TREE.replace('waste-prevention-integration: 5.81', 'waste-prevention-integration: 12.5'));
    const d = problems(t).find((x) => x.code === 'weights-sum')!;
    expect(d.line).toBe(lineOf(t, 'waste-prevention-integration: 12.5'));
  });

  it('reports a child named twice at both places', () => {
    const t = withCriteria(TREE.replace('[waste-user-service, collection-staffing]', '[waste-user-service, collection-staffing, waste-prevention-integration]'));
    const ds = problems(t).filter((x) => x.code === 'duplicate-child');
    const first = lineOf(t, '    integrated-solution-coherence: [waste-prevention-integration');
    expect(ds.map((d) => d.line).sort()).toEqual([first, lineOf(t, '    start-up-continuity-reversibility: [')].sort());
    expect(ds[0]!.hint).toContain('spec.yaml:');
  });

  it('reports an unknown child, an unknown parent, and a loop', () => {
    const t = withCriteria(`  children:
    integrated-solution-coherence: [waste-prevention-integraton]
    nope-parent: [collection-staffing]
    waste-user-service: [collection-fleet-equipment]
    collection-fleet-equipment: [waste-user-service]`);
    const codes = problems(t).map((d) => [d.code, d.line]);
    expect(codes).toContainEqual(['unknown-criterion', lineOf(t, 'waste-prevention-integraton')]);
    expect(codes).toContainEqual(['unknown-parent', lineOf(t, 'nope-parent')]);
    expect(codes.filter((c) => c[0] === 'tree-cycle')).toHaveLength(1);
  });

  it('reports two custom criteria with one id at both places', () => {
    const custom = (label: string) => `    - id: custom-quartiers
      label: { fr: "${label}", en: "${label}" }
      family: usage-performance
      judges: effects
      question: { fr: "Quels résultats ?", en: "Which results?" }
      evidence: { fr: ["Plan"], en: ["Plan"] }
      levels:
        fr: ["a", "b", "c", "d", "e", "f"]
        en: ["a", "b", "c", "d", "e", "f"]`;
    const t = sicoval.replace(/\n {2}custom: \[\]\n/, `\n  custom:\n${custom('Un')}\n${custom('Deux')}\n`);
    const ds = problems(t).filter((d) => d.code === 'duplicate-custom-id');
    expect(ds.map((d) => d.line)).toEqual([lineOf(t, '- id: custom-quartiers'), lineOf(t, '- id: custom-quartiers', lineOf(t, '- id: custom-quartiers'))]);
  });
});
