import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { composeScoreReport } from '../../src/compose/report-document.js';
import { readMarksXlsx } from '../../src/load/marks-xlsx.js';
import { InputError } from '../../src/model/errors.js';
import type { Grid } from '../../src/model/grid.js';
import { QUANTITY_FIRST_COL as QUANTITY_COL } from '../../src/render/xlsx/price-columns.js';
import { renderGridXlsx } from '../../src/render/xlsx/grid-workbook.js';
import { addr, gridLayout, PRICES } from '../../src/render/xlsx/layout.js';
import { loadMarksInput } from '../../src/score/inputs.js';
import { scoreTender } from '../../src/score/score.js';
import { fillGrid } from '../fixtures/score/fill-grid.js';
import { testGrid, testSpec } from '../fixtures/score/grid.js';

/** Coût élargi with two externalities: the committee types each offer's committed quantities in the grid's Prices sheet. */
const COST = {
  years: 5,
  externalities: [
    { id: 'co2', label: 'Émissions de GES', unit: 'tCO2e', value: 256, source: 'Valeur de l’action pour le climat, 2030 (France Stratégie, 2019)' },
    { id: 'km', label: 'Kilomètres parcourus', unit: 'km', value: 0.35, source: 'Barème test' },
  ],
};
const grid: Grid = { ...testGrid(), price: { ...testGrid().price!, cost: COST } };
const REF = 'T-1';
const layout = gridLayout(grid, 3, 'fr');
const dir = mkdtempSync(join(tmpdir(), 'efc-cost-grid-'));
const bidders = [
  { name: 'Sobre', price: 104_000, marks: { a1: 3, a2: 3, b1: 3 } },
  { name: 'Émetteur', price: 100_000, marks: { a1: 3, a2: 3, b1: 3 } },
];
const rowOf = (k: number): number => PRICES.firstRow + k;

/** A grid filled by exceljs with the quantities given per bidder (undefined leaves the cell blank). */
async function filled(name: string, quantities: readonly (readonly unknown[])[], opts: { prices?: boolean } = {}): Promise<string> {
  const blank = await renderGridXlsx(grid, { title: 'Marché test', reference: REF, date: '2026-12-01', bidders: 3, lang: 'fr' });
  const file = join(dir, `${name}.xlsx`);
  const edit = (wb: ExcelJS.Workbook): void => {
    const ws = wb.getWorksheet(layout.sheets.prices)!;
    quantities.forEach((qs, k) => qs.forEach((v, j) => v !== undefined && (ws.getCell(rowOf(k), QUANTITY_COL + j).value = v as ExcelJS.CellValue)));
  };
  const typed = opts.prices === false ? bidders.map(({ price: _p, ...b }) => b) : bidders;
  writeFileSync(file, await fillGrid(blank, grid, 3, { bidders: typed }, edit));
  return file;
}

describe('coût élargi: committed quantities read from the filled XLSX grid', () => {
  it('reads each quantity from its cell of the Prices sheet (numbers, French text, plain arithmetic)', async () => {
    const r = await readMarksXlsx(await filled('ok', [[10, '12 000,5'], [{ formula: '100+20', result: 999 }, 0]]), grid, REF);
    expect(r.problems).toEqual([]);
    expect(r.prices.map((p) => [p.bidder, p.price, p.quantities])).toEqual([
      ['Sobre', 104_000, { co2: 10, km: 12_000.5 }],
      ['Émetteur', 100_000, { co2: 120, km: 0 }],
    ]);
  });

  it('refuses a blank, negative or unreadable quantity at its sheet and cell, every problem at once', async () => {
    const r = await readMarksXlsx(await filled('bad', [[undefined, -3], ['beaucoup', { formula: 'SUM(E6:E7)' }]]), grid, REF);
    const col = (j: number) => addr(rowOf(0), QUANTITY_COL + j).replace(/\d+$/, '');
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['xlsx-quantity-missing', [layout.sheets.prices, `${col(0)}${rowOf(0)}`]],
      ['xlsx-quantity-negative', [layout.sheets.prices, `${col(1)}${rowOf(0)}`]],
      ['xlsx-quantity-not-number', [layout.sheets.prices, `${col(0)}${rowOf(1)}`]],
      ['xlsx-formula', [layout.sheets.prices, `${col(1)}${rowOf(1)}`]],
    ]);
    expect(r.problems[0]!.message).toContain('Émissions de GES');
    // An offer whose quantities are at fault is not priced at all: never a cost computed with a 0 in place of a blank.
    expect(r.prices).toEqual([]);
  });

  it('refuses two grids that disagree on an offer’s committed quantity', async () => {
    const a = await filled('e1', [[10, 0], [120, 0]]);
    const b = await filled('e2', [[10, 0], [125, 0]]);
    await expect(loadMarksInput([a, b], grid, REF)).rejects.toSatisfy((e: unknown) => e instanceof InputError && e.diagnostics.some((d) => d.code === 'quantity-conflict' && d.message.includes('Émetteur') && d.message.includes('125')));
  });

  it('reads the quantities of a grid whose prices come from the price schedules (no price typed in the grid)', async () => {
    const schedules = [
      { bidder: 'Sobre', price: 104_000, source: { file: 'offres/sobre.xlsx', sheet: 'DPGF', cell: 'F12' } },
      { bidder: 'Émetteur', price: 100_000, source: { file: 'offres/emetteur.xlsx', sheet: 'DPGF', cell: 'F12' } },
    ];
    const input = await loadMarksInput([await filled('schedules', [[10, 0], [120, 0]], { prices: false })], grid, REF, undefined, { prices: schedules });
    expect(input.prices.map((p) => [p.bidder, p.price, p.quantities])).toEqual([
      ['Sobre', 104_000, { co2: 10, km: 0 }],
      ['Émetteur', 100_000, { co2: 120, km: 0 }],
    ]);
    // A row left wholly blank (no price, no quantity) is no error in the grid: score then says which quantities it lacks.
    const none = await readMarksXlsx(await filled('blank-row', [[], []], { prices: false }), grid, REF);
    expect(none.problems).toEqual([]);
    expect(none.quantities).toEqual([]);
    // One quantity typed, the other blank: the blank one is refused, price or not.
    const half = await readMarksXlsx(await filled('half-row', [[10], []], { prices: false }), grid, REF);
    expect(half.problems.map((p) => [p.code, p.path])).toEqual([['xlsx-quantity-missing', [layout.sheets.prices, addr(rowOf(0), QUANTITY_COL + 1)]]]);
  });

  it('scores the cost computed from the grid and shows each step in the report', async () => {
    const input = await loadMarksInput([await filled('score', [[10, 1000], [120, 0]])], grid, REF);
    const r = scoreTender(testSpec(), grid, input, { specFile: 's.yaml' });
    const sobre = r.bidders.find((b) => b.id === 'Sobre')!;
    const emetteur = r.bidders.find((b) => b.id === 'Émetteur')!;
    expect(sobre.cost!.total).toBeCloseTo(104_000 * 5 + 10 * 256 + 1000 * 0.35, 9); // 522 910
    expect(emetteur.cost!.total).toBe(100_000 * 5 + 120 * 256); // 530 720
    expect(sobre.pricePoints).toBeCloseTo(30, 12);
    expect(emetteur.pricePoints).toBeCloseTo((30 * 522_910) / 530_720, 10);
    expect(sobre.rank).toBe(1);
    const text = JSON.stringify(composeScoreReport(r).sections);
    expect(text).toContain('104\u202f000,00\u00a0€ × 5 = 520\u202f000,00\u00a0€');
    expect(text).toContain('10 × 256,00\u00a0€ = 2\u202f560,00\u00a0€');
    expect(text).toContain('1\u202f000 × 0,35\u00a0€ = 350,00\u00a0€');
    expect(text).toContain('522\u202f910,00\u00a0€');
  });
});
