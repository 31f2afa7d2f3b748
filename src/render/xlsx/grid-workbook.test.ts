import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureGrid, withoutPrice } from '../../../test/grid-helpers.js';
import type { Grid } from '../../model/grid.js';
import { PRICE_FORMULA_INFO } from '../../score/price-formulas.js';
import { renderGridXlsx } from './grid-workbook.js';
import { MARKS, META_SHEET, PRICES, bidderNameCell, gridFingerprint, gridLayout, justificationCell, markCell, metaRow, priceCell, pricePointsCell, summaryTotalCell } from './layout.js';

const ctx = (bidders = 5, lang: 'fr' | 'en' = 'fr') => ({ title: 'Collecte (essai)', reference: 'ESSAI-2026-01', date: '2026-09-01', bidders, lang });

async function open(grid: Grid, c = ctx()): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await renderGridXlsx(grid, c));
  return wb;
}

describe('renderGridXlsx', () => {
  const { grid } = fixtureGrid();

  it('is byte-identical across runs, and dated by the spec, not the clock', async () => {
    const [a, b] = [await renderGridXlsx(grid, ctx()), await renderGridXlsx(grid, ctx())];
    expect(a.equals(b)).toBe(true);
    expect(a.equals(await renderGridXlsx(grid, { ...ctx(), date: '2026-10-01' }))).toBe(false);
    const core = new TextDecoder().decode(unzipSync(a)['docProps/core.xml']);
    expect(core).toContain('2026-09-01T00:00:00Z');
  });

  it('has the four sheets in the language asked, and a hidden fingerprint', async () => {
    const fr = await open(grid);
    expect(fr.worksheets.map((w) => w.name)).toEqual(['Critères', 'Notes', 'Prix', 'Synthèse', META_SHEET]);
    const meta = fr.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe('veryHidden');
    expect(meta.getCell(metaRow('fingerprint'), 2).value).toBe(gridFingerprint(grid, 'ESSAI-2026-01'));
    expect(meta.getCell(metaRow('bidders'), 2).value).toBe(5);
    const en = await open(fixtureGrid({ lang: 'en' }).grid, ctx(5, 'en'));
    expect(en.worksheets.map((w) => w.name)).toEqual(['Criteria', 'Marks', 'Prices', 'Summary', META_SHEET]);
  });

  it('unlocks and shades only the input cells, and protects every sheet without a password', async () => {
    const wb = await open(grid);
    const l = gridLayout(grid, 5, 'fr');
    for (const ws of wb.worksheets) {
      expect(ws.sheetProtection?.sheet).toBe(true);
      expect(ws.sheetProtection?.hashValue).toBeUndefined();
    }
    const cell = (r: { sheet: string; address: string }) => wb.getWorksheet(r.sheet)!.getCell(r.address);
    const inputs = [bidderNameCell(l, 4), markCell(l, 4, 'fx-emissions'), justificationCell(l, 0, 'fx-reuse'), priceCell(l, 2)!];
    for (const r of inputs) {
      expect(cell(r).protection?.locked).toBe(false);
      expect((cell(r).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    }
    for (const r of [summaryTotalCell(l, 0), pricePointsCell(l, 0)!, { sheet: 'Notes', address: `C${MARKS.firstRow}` }]) {
      expect(cell(r).protection?.locked).not.toBe(false);
      expect(cell(r).formula).toBeTruthy();
    }
  });

  it('validates marks against the scale and notes the level descriptors on each mark cell', async () => {
    const { grid: g10 } = fixtureGrid({ scale: 10 });
    const wb = await open(g10);
    const l = gridLayout(g10, 5, 'fr');
    const m = wb.getWorksheet('Notes')!.getCell(markCell(l, 3, 'fx-governance').address);
    expect(m.dataValidation).toMatchObject({ type: 'list', formulae: ['"0,2,4,6,8,10"'] });
    const note = JSON.stringify(m.note);
    const sub = g10.criteria.flatMap((c) => c.subCriteria).find((s) => s.id === 'fx-governance')!;
    for (const level of sub.levels) expect(note).toContain(level.descriptor);
  });

  it('writes a column pair per bidder and takes weights from the Criteria sheet', async () => {
    const wb = await open(grid, ctx(2));
    const marks = wb.getWorksheet('Notes')!;
    expect(marks.getCell(MARKS.headerRow, MARKS.firstBidderCol + 3).value).toBe('Justification');
    expect(marks.getCell(MARKS.headerRow, MARKS.firstBidderCol + 4).value).toBeNull();
    const ids = [];
    for (let r = MARKS.firstRow; marks.getCell(r, MARKS.colId).value; r++) ids.push(marks.getCell(r, MARKS.colId).value);
    expect(ids).toEqual(grid.criteria.flatMap((c) => c.subCriteria.map((s) => s.id)));
    const w = marks.getCell(MARKS.firstRow, MARKS.colPoints);
    expect(w.formula).toMatch(/^'Critères'!D\d+$/);
    expect(w.result).toBe(17.5);
  });

  it('computes price points with the announced formula of PRICE_FORMULA_INFO only', async () => {
    for (const formula of ['proportional', 'linear', 'mean-gap'] as const) {
      const { grid: g } = fixtureGrid({ formula });
      const wb = await open(g, ctx(3));
      const f = wb.getWorksheet('Prix')!.getCell(PRICES.firstRow + 1, PRICES.colPoints).formula;
      expect(f).toContain(PRICE_FORMULA_INFO[formula].spreadsheet('B7', '$B$6:$B$8'));
      expect(f).toMatch(/^IF\(B7="",""/); // no price, no mark, and the blank is ignored by MIN/MAX/AVERAGE
    }
  });

  it('works without a price criterion', async () => {
    const g = withoutPrice(grid);
    const wb = await open(g);
    const prices = wb.getWorksheet('Prix')!;
    let unlocked = 0;
    prices.eachRow((row) => row.eachCell((c) => void (c.protection?.locked === false && unlocked++)));
    expect(unlocked).toBe(0);
    const summaryFormulas: string[] = [];
    wb.getWorksheet('Synthèse')!.eachRow((row) => row.eachCell((c) => void (c.formula && summaryFormulas.push(c.formula))));
    expect(summaryFormulas.join(' ')).not.toContain("'Prix'");
  });

  it('prints on A4 landscape with frozen header rows', async () => {
    const wb = await open(grid);
    for (const name of ['Critères', 'Notes', 'Prix', 'Synthèse']) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
      expect((ws.views[0] as ExcelJS.WorksheetViewFrozen).ySplit).toBeGreaterThan(0);
    }
  });
});
