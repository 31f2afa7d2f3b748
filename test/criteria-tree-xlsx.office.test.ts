/**
 * A grid with sub-sub-criteria and weights to 0.01, through a real spreadsheet: generate → fill → read back →
 * LibreOffice recalculation; the XLSX formulas (subtotal weights, criterion points, totals) agree with `score`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { parseCsv, parseNumber } from '../src/load/marks-csv.js';
import { readMarksXlsx } from '../src/load/marks-xlsx.js';
import { PACKAGE_ROOT } from '../src/load/paths.js';
import { loadSpecText } from '../src/load/spec.js';
import { CRITERIA, SUMMARY, gridLayout } from '../src/render/xlsx/layout.js';
import { renderGridXlsx } from '../src/render/xlsx/grid-workbook.js';
import { loadMarksInput } from '../src/score/inputs.js';
import { scoreTender } from '../src/score/score.js';
import { selectCriteria } from '../src/select/select.js';
import { hasSoffice, xlsxSheetCsv } from './helpers/office.js';
import { fillGrid } from './fixtures/score/fill-grid.js';

const sicoval = readFileSync(join(PACKAGE_ROOT, 'examples', 'sicoval-waste.yaml'), 'utf8');
const text = sicoval.replace(
  /\n {2}weights: \{\}\n/,
  `\n  weights: { integrated-solution-coherence: 12, waste-prevention-integration: 5.81, waste-user-service: 3.19, cooperation-commitments: 17.42 }
  children:
    integrated-solution-coherence: [waste-prevention-integration, start-up-continuity-reversibility]
    start-up-continuity-reversibility: [waste-user-service, collection-staffing]\n`,
);
const loaded = loadSpecText(text, join(PACKAGE_ROOT, 'examples', 'tree.yaml'));
const grid = selectCriteria(loaded, loadCatalog([]));
const ref = loaded.spec.tender.reference;
const subs = grid.criteria.flatMap((c) => c.subCriteria);
const filling = {
  bidders: [
    { name: 'Alpha', price: 27_480_000, marks: Object.fromEntries(subs.map((s, k) => [s.id, [5, 4, 3, 4][k % 4]!])) },
    { name: 'Bêta', price: 25_950_000, marks: Object.fromEntries(subs.map((s, k) => [s.id, [3, 4, 4, 2][k % 4]!])) },
  ],
};
const dir = mkdtempSync(join(tmpdir(), 'efc-tree-xlsx-'));

describe('XLSX grid with sub-sub-criteria and weights to 0.01', () => {
  it.skipIf(!hasSoffice())('generate → fill → read → LibreOffice recalculation → score: same weights, points and totals', async () => {
    const file = join(dir, 'membre.xlsx');
    writeFileSync(file, await fillGrid(await renderGridXlsx(grid, { title: 'Collecte', reference: ref, date: '2026-12-01', bidders: 3, lang: 'fr' }), grid, 3, filling));
    const read = await readMarksXlsx(file, grid, ref);
    expect(read.problems).toEqual([]);
    expect(read.marks).toHaveLength(2 * subs.length);

    // Criteria sheet, recalculated: every weight as written, each subtotal the sum of its children.
    const layout = gridLayout(grid, 3, 'fr');
    const crit = parseCsv(xlsxSheetCsv(file, 1));
    // Found by the id column: question cells hold line breaks, so CSV lines are not sheet rows.
    const weightOf = (id: string): number => parseNumber(crit.find((r) => r.fields[CRITERIA.colId - 1] === id)!.fields[CRITERIA.colPoints - 1]!)!;
    for (const s of layout.subRows) expect(weightOf(s.id)).toBe(subs.find((x) => x.id === s.id)!.weightHundredths / 100);
    const sol = grid.criteria.find((c) => c.id === 'solution-integree')!;
    expect(layout.subTotalRows.map((st) => [st.id, weightOf(st.id)])).toEqual(sol.subTotals!.map((x) => [x.id, x.weightHundredths / 100]));
    expect(weightOf('integrated-solution-coherence')).toBe(12);
    expect(weightOf('start-up-continuity-reversibility')).toBe(6.19);
    expect(weightOf('waste-prevention-integration')).toBe(5.81);
    expect(parseNumber(crit.find((r) => r.fields[CRITERIA.colLabel - 1] === 'Total')!.fields[CRITERIA.colPoints - 1]!)).toBe(100);

    // LibreOffice exports computed values with a dot and up to 15 decimals ("24.376"): read as plain numbers.
    const summary = parseCsv(xlsxSheetCsv(file, 4));
    const result = scoreTender(loaded, grid, await loadMarksInput([file], grid, ref), { specFile: 'tree.yaml' });
    const totalCol = SUMMARY.firstCriterionCol + grid.criteria.length - 1;
    for (const [k, b] of filling.bidders.entries()) {
      const row = summary.find((r) => r.line === SUMMARY.firstRow + k)!;
      const mine = result.bidders.find((x) => x.id === b.name)!;
      grid.criteria.forEach((c, ci) => expect(Math.abs(Number(row.fields[SUMMARY.firstCriterionCol - 1 + ci]) - mine.criterionPoints[c.id]!)).toBeLessThanOrEqual(0.005));
      expect(Math.abs(Number(row.fields[totalCol]) - mine.total)).toBeLessThanOrEqual(0.005);
    }
  });
});
