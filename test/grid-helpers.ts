import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import { loadCatalog } from '../src/load/catalog.js';
import { loadSpecText, type LoadedSpec } from '../src/load/spec.js';
import type { Lang } from '../src/model/common.js';
import type { Grid } from '../src/model/grid.js';
import type { PriceFormula } from '../src/model/spec.js';
import { bidderNameCell, justificationCell, markCell, priceCell, summaryCriterionCell, summaryRankCell, summaryTotalCell, type CellRef, type GridLayout } from '../src/render/xlsx/layout.js';
import { computeTotals, type BidInput } from '../src/score/totals.js';
import { selectCriteria } from '../src/select/select.js';
import { xlsxSheetCsv } from './helpers/office.js';

/** Fixture of the scoring-grid tests: a small library, a profile with a price group, a spec. */
export const GRID_FIXTURES = join(import.meta.dirname, 'fixtures', 'grid');

/** The fixture spec's grid, with the price formula and scale swapped in when asked. */
/** `formula` may carry its parameters as YAML lines, e.g. "cut-off\n  cut_off: 1.5". */
export function fixtureGrid(o: { formula?: PriceFormula | string; scale?: number | 'percent'; lang?: Lang; currency?: string; thresholds?: Record<string, number>; cost?: string } = {}): { grid: Grid; loaded: LoadedSpec } {
  let text = readFileSync(join(GRID_FIXTURES, 'spec.yaml'), 'utf8');
  if (o.formula) text = text.replace('formula: proportional', `formula: ${o.formula}`);
  if (o.thresholds) text = text.replace('  libraries: [fx-grid-library]', `  libraries: [fx-grid-library]\n  thresholds: ${JSON.stringify(o.thresholds)}`);
  if (o.cost) text = text.replace('\nprice:\n', `\nprice:\n  cost:\n${o.cost}\n`);
  if (o.currency) text = text.replace('formula: proportional', `formula: proportional\n  currency: ${o.currency}`);
  if (o.scale) text += `scoring:\n  scale: ${o.scale}\n`;
  const loaded = loadSpecText(text, join(GRID_FIXTURES, 'spec.yaml'));
  const grid = selectCriteria(loaded, loadCatalog([join(GRID_FIXTURES, 'criteria')]), o.lang);
  return { grid, loaded };
}

/** The same grid without its price criterion (as when the spec justifies an award without price). */
export function withoutPrice(grid: Grid): Grid {
  return { ...grid, criteria: grid.criteria.filter((c) => c.kind !== 'price'), price: undefined };
}

/** Minimal RFC 4180 reader: LibreOffice quotes fields holding commas, quotes or line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (ch !== '\r') field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** Type names, marks, justifications and prices into a generated grid's input cells, as a committee would (null: unused column). */
export async function fillGrid(xlsx: Buffer, layout: GridLayout, entries: (BidInput | null)[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx);
  const put = (ref: CellRef, value: string | number): void => {
    wb.getWorksheet(ref.sheet)!.getCell(ref.address).value = value;
  };
  entries.forEach((bid, k) => {
    if (!bid) return;
    put(bidderNameCell(layout, k), bid.bidder);
    for (const [id, mark] of Object.entries(bid.marks)) {
      put(markCell(layout, k, id), mark);
      put(justificationCell(layout, k, id), `Mark ${mark} justified by the offer, section ${id}.`);
    }
    if (bid.price !== undefined) put(priceCell(layout, k)!, bid.price);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}


/** The Summary sheet after LibreOffice recalculated the workbook: a cell reader by layout reference. */
export function readSummary(file: string): (ref: CellRef) => string {
  const csv = xlsxSheetCsv(file, 4);
  if (process.env.EFC_DEBUG) console.log(csv);
  const rows = parseCsv(csv);
  return (ref) => rows[ref.row - 1]?.[ref.col - 1] ?? '';
}

/** Every active bidder's criterion points, total and rank in the recalculated sheet equal computeTotals(), to 0.01. */
export function expectSummaryMatches(grid: Grid, layout: GridLayout, entries: readonly (BidInput | null)[], at: (ref: CellRef) => string, opts: { skip?: readonly number[] } = {}): void {
  const active = entries.map((b, k) => ({ b, k })).filter((x): x is { b: BidInput; k: number } => x.b !== null);
  const expected = computeTotals(grid, active.map((x) => x.b));
  active.forEach(({ k }, i) => {
    const e = expected[i]!;
    for (const c of grid.criteria) expect(Number(at(summaryCriterionCell(layout, k, c.id))), `${c.id} of bidder ${k}`).toBeCloseTo(e.criterionPoints[c.id]!, 2);
    expect(at(summaryTotalCell(layout, k))).toMatch(/^\d+(\.\d+)?$/); // computed by LibreOffice, not left blank
    expect(Number(at(summaryTotalCell(layout, k))), `total of bidder ${k}`).toBeCloseTo(e.total, 2);
    expect(Number(at(summaryRankCell(layout, k))), `rank of bidder ${k}`).toBe(e.rank);
  });
  entries.forEach((b, k) => {
    if (b === null && !opts.skip?.includes(k)) expect(at(summaryTotalCell(layout, k)) + at(summaryRankCell(layout, k))).toBe('');
  });
}
