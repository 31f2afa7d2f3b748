import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.js';
import { parseCsv } from '../../src/load/marks-csv.js';

/**
 * LibreOffice writes the recalculated CSV with a dot and no grouping ("24.376"), a machine format: read it as such,
 * not with the buyer-facing parser, for which "24.376" is ambiguous (24,376 or 24 376).
 */
const machineNumber = (s: string): number => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN);
import { readMarksXlsx } from '../../src/load/marks-xlsx.js';
import { loadSpec } from '../../src/load/spec.js';
import { CRITERIA, META_SHEET, SUMMARY } from '../../src/render/xlsx/layout.js';
import { renderGridXlsx } from '../../src/render/xlsx/grid-workbook.js';
import { loadMarksInput } from '../../src/score/inputs.js';
import { scoreTender } from '../../src/score/score.js';
import { selectCriteria } from '../../src/select/select.js';
import { InputError } from '../../src/model/errors.js';
import { hasSoffice, xlsxSheetCsv } from '../helpers/office.js';
import { fillGrid } from '../fixtures/score/fill-grid.js';

const loaded = loadSpec('examples/sicoval-waste.yaml');
const grid = selectCriteria(loaded, loadCatalog([]));
const ref = loaded.spec.tender.reference;
const BIDDERS = 5;
const subs = grid.criteria.flatMap((c) => c.subCriteria);
// Marks chosen so that weights, decimals and the proportional formula all matter.
const filling = {
  bidders: [
    { name: 'Alpha', price: 27_480_000, marks: Object.fromEntries(subs.map((s, k) => [s.id, [5, 4, 3, 4][k % 4]!])) },
    { name: 'Bêta', price: 25_950_000, marks: Object.fromEntries(subs.map((s, k) => [s.id, [3, 4, 4, 2][k % 4]!])) },
    { name: 'Gamma', price: 19_800_000, marks: Object.fromEntries(subs.map((s, k) => [s.id, [2, 1, 3, 2][k % 4]!])) },
  ],
};
const dir = mkdtempSync(join(tmpdir(), 'efc-score-xlsx-'));
const blank = () => renderGridXlsx(grid, { title: loaded.spec.tender.title, reference: ref, date: '2026-12-01', bidders: BIDDERS, lang: 'fr' });

describe('XLSX grid → score', () => {
  it('reads names, marks, justifications and prices from a filled grid', async () => {
    const file = join(dir, 'dupont.xlsx');
    writeFileSync(file, await fillGrid(await blank(), grid, BIDDERS, filling));
    const r = await readMarksXlsx(file, grid, ref);
    expect(r.problems).toEqual([]);
    expect(r.marks).toHaveLength(3 * subs.length);
    expect(r.marks[0]).toMatchObject({ evaluator: 'dupont', bidder: 'Alpha', criterion: subs[0]!.id, mark: 5, source: { sheet: 'Notes', cell: 'E5' } });
    expect(r.prices.map((p) => [p.bidder, p.price])).toEqual([
      ['Alpha', 27_480_000],
      ['Bêta', 25_950_000],
      ['Gamma', 19_800_000],
    ]);
  });

  it('refuses a grid whose weights were edited, naming the sheet and the cell', async () => {
    const file = join(dir, 'edited.xlsx');
    const row = CRITERIA.firstRow + 1; // first sub-criterion of criterion 1
    writeFileSync(file, await fillGrid(await blank(), grid, BIDDERS, filling, (wb) => (wb.getWorksheet('Critères')!.getCell(row, CRITERIA.colPoints).value = 9)));
    const r = await readMarksXlsx(file, grid, ref);
    const edited = r.problems.find((p) => p.code === 'xlsx-weight-edited')!;
    expect(edited.message).toContain(`sheet "Critères", cell D${row}`);
    expect(edited.file).toBe(file);
    expect(r.marks).toEqual([]);
  });

  it('refuses a grid made for another spec, and a mark outside the scale with its cell', async () => {
    const other = join(dir, 'other.xlsx');
    writeFileSync(other, await fillGrid(await renderGridXlsx(grid, { title: 'Autre', reference: 'AUTRE-1', date: '2026-12-01', bidders: BIDDERS, lang: 'fr' }), grid, BIDDERS, filling));
    const r = await readMarksXlsx(other, grid, ref);
    expect(r.problems.map((p) => p.code)).toEqual(['xlsx-other-spec']);
    expect(r.problems[0]!.message).toContain('AUTRE-1');
    const bad = join(dir, 'bad-mark.xlsx');
    writeFileSync(bad, await fillGrid(await blank(), grid, BIDDERS, { bidders: [{ ...filling.bidders[0]!, marks: { ...filling.bidders[0]!.marks, [subs[1]!.id]: 7 } }] }));
    await expect(loadMarksInput([bad], grid, ref)).rejects.toSatisfy((e: unknown) => e instanceof InputError && e.diagnostics.some((d) => d.code === 'mark-out-of-scale' && d.message.includes('cell E6')));
    const notGrid = join(dir, 'not-a-grid.xlsx');
    writeFileSync(notGrid, await fillGrid(await blank(), grid, BIDDERS, filling, (wb) => wb.removeWorksheet(wb.getWorksheet(META_SHEET)!.id)));
    expect((await readMarksXlsx(notGrid, grid, ref)).problems.map((p) => p.code)).toEqual(['xlsx-not-a-grid']);
  });

  it.skipIf(!hasSoffice())('generate → fill → LibreOffice recalculation → score: identical totals', async () => {
    const file = join(dir, 'membre-1.xlsx');
    writeFileSync(file, await fillGrid(await blank(), grid, BIDDERS, filling));
    const csv = parseCsv(xlsxSheetCsv(file, 4)); // Summary sheet, recalculated by LibreOffice
    const header = csv.find((r) => r.line === SUMMARY.headerRow)!;
    expect(header).toBeDefined();
    const input = await loadMarksInput([file], grid, ref);
    const result = scoreTender(loaded, grid, input, { specFile: 'examples/sicoval-waste.yaml' });
    const totalCol = SUMMARY.firstCriterionCol + grid.criteria.length - 1;
    for (const [k, b] of filling.bidders.entries()) {
      const row = csv.find((r) => r.line === SUMMARY.firstRow + k)!;
      expect(row.fields[0]).toBe(b.name);
      const mine = result.bidders.find((x) => x.id === b.name)!;
      grid.criteria.forEach((c, ci) => expect(Math.abs(machineNumber(row.fields[SUMMARY.firstCriterionCol - 1 + ci]!) - mine.criterionPoints[c.id]!)).toBeLessThanOrEqual(0.01));
      expect(Math.abs(machineNumber(row.fields[totalCol]!) - mine.total)).toBeLessThanOrEqual(0.01);
      expect(Number(row.fields[totalCol + 1])).toBe(mine.rank);
    }
  });
});
