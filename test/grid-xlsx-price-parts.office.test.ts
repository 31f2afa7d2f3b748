import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../src/model/grid.js';
import { scoredTotal } from '../src/model/price-parts.js';
import { renderGridXlsx } from '../src/render/xlsx/grid-workbook.js';
import { gridLayout, pricePointsCell, summaryTotalCell, type GridLayout } from '../src/render/xlsx/layout.js';
import { componentCell } from '../src/render/xlsx/price-columns.js';
import { loadMarksInput } from '../src/score/inputs.js';
import { scoreTender } from '../src/score/score.js';
import { computeTotals, type BidInput } from '../src/score/totals.js';
import { expectSummaryMatches, fillGrid, fixtureGrid, parseCsv, readSummary } from './grid-helpers.js';
import { hasSoffice, xlsxSheetCsv } from './helpers/office.js';

/**
 * Price sub-criteria and options in the XLSX grid: LibreOffice recalculates the Prices and Summary sheets, and the
 * totals and ranks equal computeTotals() — and `score` reading the same filled workbook — to 0.01.
 * The fixture's price criterion (30 points) is split: 15 linear on the scored price (base + the retained option),
 * 10 proportional on the DPGF total, 5 cut-off at 1.5 × the lowest DQE total.
 */
const PRICE = `proportional
  pse:
    - { id: pse1, label: Collecte des biodéchets, retained: true }
    - { id: pse2, label: Broyage à domicile, retained: false }
  parts:
    - { id: global, label: Prix global, weight: 15, formula: linear, price: total }
    - { id: forfait, label: Partie forfaitaire, weight: 10, formula: proportional, price: dpgf }
    - { id: bpu, label: Prix unitaires sur DQE, weight: 5, formula: cut-off, cut_off: 1.5, price: dqe }`;

function bids(grid: Grid): (BidInput | null)[] {
  const subs = grid.criteria.flatMap((c) => c.subCriteria.map((s) => s.id));
  const marks = (levels: number[]): Record<string, number> => Object.fromEntries(subs.map((id, i) => [id, grid.scale.marks[levels[i]!]!]));
  const bid = (bidder: string, levels: number[], base: number, components: Record<string, number>): BidInput => ({ bidder, marks: marks(levels), price: scoredTotal(base, grid.price!.pse, components), base, components });
  return [
    bid('Alpha Environnement', [4, 3, 5, 2, 3, 1], 1_000_000, { pse1: 120_000, pse2: 30_000, dpgf: 700_000, dqe: 300_000 }),
    bid('Beta Services', [3, 4, 4, 3, 5, 2], 1_080_000.5, { pse1: 20_000, pse2: 0, dpgf: 640_000, dqe: 440_000.5 }),
    null,
    bid('Delta Coop', [5, 4, 3, 3, 2, 4], 1_250_000, { pse1: 60_000, pse2: 90_000, dpgf: 900_000, dqe: 350_000 }),
  ];
}

/** Type each offer's option and total prices in their columns, as the committee does. */
async function typeComponents(xlsx: Buffer, grid: Grid, layout: GridLayout, entries: readonly (BidInput | null)[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  entries.forEach((b, k) => {
    for (const [id, v] of Object.entries(b?.components ?? {})) {
      const c = componentCell(grid, layout, k, id)!;
      wb.getWorksheet(c.sheet)!.getCell(c.address).value = v;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.skipIf(!hasSoffice())('XLSX grid with price sub-criteria and options, recalculated by LibreOffice', () => {
  it('gives the totals and ranks of computeTotals and of score, part by part', async () => {
    const { grid, loaded } = fixtureGrid({ formula: PRICE, lang: 'fr' });
    expect(grid.price!.parts).toHaveLength(3);
    const layout = gridLayout(grid, 4, 'fr');
    const entries = bids(grid);
    const xlsx = await renderGridXlsx(grid, { title: loaded.spec.tender.title, reference: loaded.spec.tender.reference, date: '2026-09-01', bidders: 4, lang: 'fr' });
    const dir = mkdtempSync(join(tmpdir(), 'efc-grid-parts-'));
    const file = join(dir, 'filled-parts.xlsx');
    // The committee types the base offer's price; the sheet adds the retained option.
    const typed = entries.map((b) => (b ? { ...b, price: b.base! } : null));
    writeFileSync(file, await typeComponents(await fillGrid(xlsx, layout, typed), grid, layout, entries));
    const at = readSummary(file);
    expectSummaryMatches(grid, layout, entries, at);

    // Each part's points in the Prices sheet equal the reference computation's.
    const active = entries.filter((b): b is BidInput => b !== null);
    const expected = computeTotals(grid, active);
    const prices = parseCsv(xlsxSheetCsv(file, 3));
    const cellAt = (row: number, col: number): string => prices[row - 1]?.[col - 1] ?? '';
    const ks = [0, 1, 3];
    ks.forEach((k, i) => {
      const pts = pricePointsCell(layout, k)!;
      expect(Number(cellAt(pts.row, pts.col)), `price points of bidder ${k}`).toBeCloseTo(expected[i]!.pricePoints, 2);
      grid.price!.parts!.forEach((p, j) => {
        // The parts' points columns follow the components and the scored-price column (price-columns.ts).
        const col = pts.col + 1 + 1 + 4 + 1 + j;
        expect(Number(cellAt(pts.row, col)), `${p.id} of bidder ${k}`).toBeCloseTo(expected[i]!.partPoints[p.id]!, 2);
      });
    });
    // A hand check of one part: forfait (10 pts, proportional on the DPGF): Beta 640 000 is the lowest → 10; Delta 10 × 640/900.
    expect(expected[1]!.partPoints['forfait']).toBe(10);
    expect(expected[2]!.partPoints['forfait']).toBeCloseTo((10 * 640) / 900, 10);

    // `score` reads the same workbook (base and component prices from the Prices sheet) and finds the same totals.
    const input = await loadMarksInput([file], grid, loaded.spec.tender.reference);
    const result = scoreTender(loaded, grid, input, { specFile: 'spec.yaml' });
    for (const b of result.bidders) {
      const k = entries.findIndex((e) => e?.bidder === b.id);
      expect(b.total, b.id).toBeCloseTo(Number(at(summaryTotalCell(layout, k))), 2);
      expect(b.pricing!.total).toBe(entries[k]!.price);
    }
  }, 120_000);

  it('with minimum thresholds, an eliminated offer’s prices move no part’s points (as score)', async () => {
    // Alpha has 2 points on fx-emissions (< 4): eliminated, although its DPGF total is not the highest.
    const { grid, loaded } = fixtureGrid({ formula: PRICE, lang: 'fr', thresholds: { 'fx-emissions': 4 } });
    const layout = gridLayout(grid, 4, 'fr');
    const entries = bids(grid);
    const xlsx = await renderGridXlsx(grid, { title: loaded.spec.tender.title, reference: loaded.spec.tender.reference, date: '2026-09-01', bidders: 4, lang: 'fr' });
    const file = join(mkdtempSync(join(tmpdir(), 'efc-grid-parts-')), 'filled-parts-thresholds.xlsx');
    const typed = entries.map((b) => (b ? { ...b, price: b.base! } : null));
    writeFileSync(file, await typeComponents(await fillGrid(xlsx, layout, typed), grid, layout, entries));
    const at = readSummary(file);
    expect(at(summaryTotalCell(layout, 0))).toBe('éliminée');
    expectSummaryMatches(grid, layout, entries.map((b, k) => (k === 0 ? null : b)), at, { skip: [0] });
    const input = await loadMarksInput([file], grid, loaded.spec.tender.reference);
    const result = scoreTender(loaded, grid, input, { specFile: 'spec.yaml', allowMissing: true });
    expect(result.bidders.map((b) => b.id)).not.toContain('Alpha Environnement');
    for (const b of result.bidders) expect(b.total, b.id).toBeCloseTo(Number(at(summaryTotalCell(layout, entries.findIndex((e) => e?.bidder === b.id)))), 2);
  }, 120_000);
});
