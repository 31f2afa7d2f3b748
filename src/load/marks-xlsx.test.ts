import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillGrid } from '../../test/fixtures/score/fill-grid.js';
import { renderGridXlsx } from '../render/xlsx/grid-workbook.js';
import { gridLayout, markCol, priceCell } from '../render/xlsx/layout.js';
import { selectCriteria } from '../select/select.js';
import { loadCatalog } from './catalog.js';
import { readMarksXlsx } from './marks-xlsx.js';
import { loadSpec } from './spec.js';

const loaded = loadSpec('examples/sicoval-waste.yaml');
const grid = selectCriteria(loaded, loadCatalog([]));
const ref = loaded.spec.tender.reference;
const subs = grid.criteria.flatMap((c) => c.subCriteria);
const filling = { bidders: [{ name: 'Alpha', price: 27_480_000, marks: Object.fromEntries(subs.map((s) => [s.id, 3])) }] };
const dir = mkdtempSync(join(tmpdir(), 'efc-xlsx-cells-'));
const layout = gridLayout(grid, 2, 'fr');
const row = layout.subRows[0]!.row;

async function withCell(name: string, value: unknown, where: 'mark' | 'price' = 'mark'): Promise<string> {
  const blank = await renderGridXlsx(grid, { title: 't', reference: ref, date: '2026-12-01', bidders: 2, lang: 'fr' });
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(
    file,
    await fillGrid(blank, grid, 2, filling, (wb) => {
      const pc = priceCell(layout, 0)!;
      const [sheet, r, c] = where === 'mark' ? [layout.sheets.marks, row, markCol(0)] : [layout.sheets.prices, pc.row, pc.col];
      wb.getWorksheet(sheet)!.getCell(r, c).value = value as never;
    }),
  );
  return file;
}

describe('XLSX mark cells', () => {
  it('recomputes a formula of plain arithmetic, never its cached value', async () => {
    const r = await readMarksXlsx(await withCell('arith', { formula: '(4+3)/2', result: 5 }), grid, ref);
    expect(r.problems).toEqual([]);
    expect(r.marks.find((m) => m.criterion === subs[0]!.id)!.mark).toBe(3.5);
  });
  it('refuses any other formula with its sheet and cell', async () => {
    const r = await readMarksXlsx(await withCell('ref', { formula: 'AVERAGE(H5:H7)', result: 4 }), grid, ref);
    expect(r.problems).toMatchObject([{ code: 'xlsx-formula', path: [layout.sheets.marks, `E${row}`] }]);
    expect(r.problems[0]!.message).toContain('=AVERAGE(H5:H7)');
  });
  it('reads text cells with the one number reader: "3,5" is 3.5, an ambiguous price is refused', async () => {
    expect((await readMarksXlsx(await withCell('text', '3,5'), grid, ref)).marks.find((m) => m.criterion === subs[0]!.id)!.mark).toBe(3.5);
    const p = await readMarksXlsx(await withCell('price', '27.480', 'price'), grid, ref);
    expect(p.problems.map((x) => x.code)).toEqual(['number-ambiguous']);
  });
  it('refuses an absurd price', async () => {
    const p = await readMarksXlsx(await withCell('absurd', 9e307, 'price'), grid, ref, { estimatedValue: 28_000_000 });
    expect(p.problems.map((x) => x.code)).toEqual(['price-too-high']);
  });
});
