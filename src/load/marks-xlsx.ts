import { basename } from 'node:path';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import type { EvaluatorMark, PriceEntry } from '../model/marks.js';
import {
  CRITERIA,
  MARKS,
  MARKS_SIGNATURE,
  META_SHEET,
  addr,
  colLetter,
  gridFingerprint,
  gridLayout,
  justificationCol,
  langOfSheets,
  markCol,
  metaRow,
  priceCell,
  MAX_BIDDERS,
} from '../render/xlsx/layout.js';
import type { Lang } from '../model/common.js';
import { evalArithmetic } from './formula.js';
import { loadMessage } from './messages.js';
import { getTerminalLang } from '../wording/lang.js';
import { readNumber, type NumberLocale } from './number.js';
import { priceProblem } from './prices-csv.js';
import { readCheckedXlsx } from './xlsx-guard.js';
import { normaliseXlsxPackage } from './xlsx-package.js';
import { cellValue } from './xlsx-cell.js';
import { componentCell, QUANTITY_FIRST_COL as QUANTITY_COL } from '../render/xlsx/price-columns.js';
import { componentColumns } from '../model/price-parts.js';
import type { GridLayout } from '../render/xlsx/layout.js';

export interface MarksXlsxResult {
  readonly marks: EvaluatorMark[];
  readonly prices: PriceEntry[];
  /** Coût élargi: each offer's committed quantities typed in the grid, with or without its price. */
  readonly quantities?: GridQuantities[];
  readonly problems: Diagnostic[];
}

const text = (ws: Worksheet, row: number, col: number): string => {
  const v = cellValue(ws.getCell(row, col).value);
  return v === null ? '' : String(v).trim();
};
/**
 * A number of the Criteria sheet, only compared with the spec (never scored): a formula's cached result is fine
 * there, since a wrong one is refused anyway.
 */
const number = (ws: Worksheet, row: number, col: number): number | undefined | 'nan' => {
  const v = cellValue(ws.getCell(row, col).value);
  if (v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
  if (typeof v === 'number') return v;
  const r = readNumber(v);
  return r.ok ? r.value : 'nan';
};

type CellNumber =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'bad'; readonly code: string; readonly message: string; readonly hint?: string };

/**
 * A number typed in a cell: a number cell, a text cell read by the one number reader (with the grid's language as
 * its convention), or a formula of plain arithmetic recomputed here. Any other formula is refused: its cached
 * result may be stale (a workbook saved without recalculation) and must never be scored silently.
 */
function cellNumber(ws: Worksheet, row: number, col: number, locale?: NumberLocale, lang: Lang = getTerminalLang()): CellNumber {
  const cell = ws.getCell(row, col);
  const v = cell.value;
  if (typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v)) {
    const formula = cell.formula ?? '';
    const value = evalArithmetic(formula);
    if (value === undefined) return { kind: 'bad', code: 'xlsx-formula', message: loadMessage('xlsx-formula', { formula: `=${formula}` }, lang) };
    return { kind: 'number', value };
  }
  const r = cellValue(v);
  if (r === null || (typeof r === 'string' && r.trim() === '')) return { kind: 'empty' };
  if (typeof r === 'number') return Number.isFinite(r) ? { kind: 'number', value: r } : { kind: 'bad', code: 'number-not-finite', message: String(r) };
  const read = readNumber(r, { ...(locale ? { locale } : {}), lang });
  return read.ok ? { kind: 'number', value: read.value } : { kind: 'bad', code: read.code === 'number-ambiguous' ? 'number-ambiguous' : 'mark-not-number', message: read.message, ...(read.hint ? { hint: read.hint } : {}) };
}
const isFormula = (ws: Worksheet, row: number, col: number): boolean => {
  const v = ws.getCell(row, col).value;
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
};

/**
 * Read a filled XLSX grid made by `generate`: bidder names and marks from the Marks sheet, prices from the Prices
 * sheet. Formula results are never trusted: `score` recomputes everything from the inputs. Before reading marks,
 * the grid is checked against the spec (fingerprint, scale, every weight, every sub-criterion id), so a grid of
 * another spec or with edited weights is refused with the sheet and cell at fault.
 */
export interface MarksXlsxOptions {
  /** The spec's estimated value, for the prices' ceiling (see priceCeiling). */
  readonly estimatedValue?: number;
}

type At = (sheet: string, cell: string, code: string, message: string, hint?: string) => void;

/** Coût élargi: the quantities one offer commits to, as typed in one grid, and where. */
export interface GridQuantities {
  readonly bidder: string;
  readonly quantities: Readonly<Record<string, number>>;
  readonly file: string;
  readonly sheet: string;
  /** The cell of each quantity, by externality id. */
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Coût élargi: the quantities the offer commits to, typed by the committee in the Prices sheet beside its price (one
 * column per externality, as the RC lists them). Each one is required once any is typed or the price is: a blank
 * would otherwise count as 0 and make the dirtiest offer the cheapest. A row left wholly blank (no price, no
 * quantity: the prices come from elsewhere) gives undefined; a row at fault gives null, each cell reported.
 */
function committedQuantities(ws: Worksheet, row: number, cost: NonNullable<NonNullable<Grid['price']>['cost']>, bidder: string, priced: boolean, lang: Lang, at: At): Record<string, number> | null | undefined {
  const cells = cost.externalities.map((x, j) => ({ x, col: QUANTITY_COL + j, read: cellNumber(ws, row, QUANTITY_COL + j, lang) }));
  if (!priced && cells.every((c) => c.read.kind === 'empty')) return undefined;
  const out: Record<string, number> = {};
  let ok = true;
  for (const { x, col, read } of cells) {
    const cell = addr(row, col);
    const args = { bidder, label: x.label, unit: x.unit };
    if (read.kind === 'number' && read.value >= 0) out[x.id] = read.value;
    else {
      ok = false;
      if (read.kind === 'empty') at(ws.name, cell, 'xlsx-quantity-missing', loadMessage('xlsx-quantity-missing', args, lang), loadMessage('xlsx-quantity-hint', {}, lang));
      else if (read.kind === 'bad') at(ws.name, cell, read.code === 'mark-not-number' ? 'xlsx-quantity-not-number' : read.code, `${bidder}: ${read.message}`, read.hint);
      else at(ws.name, cell, 'xlsx-quantity-negative', loadMessage('xlsx-quantity-negative', { ...args, value: read.value }, lang));
    }
  }
  return ok ? out : null;
}

export async function readMarksXlsx(file: string, grid: Grid, reference: string, opts: MarksXlsxOptions = {}): Promise<MarksXlsxResult> {
  const problems: Diagnostic[] = [];
  const at = (sheet: string, cell: string, code: string, message: string, hint?: string): void => {
    problems.push({ code, severity: 'error', file, message: `sheet "${sheet}", cell ${cell}: ${message}`, path: [sheet, cell], ...(hint ? { hint } : {}) });
  };
  const { Workbook: WorkbookClass } = await import('../util/exceljs.js');
  const wb: Workbook = new WorkbookClass();
  try {
    // Size, entry count and real expanded size checked before exceljs inflates anything.
    // Part names normalised first: a workbook saved by openpyxl keeps its comments where exceljs does not look.
    await wb.xlsx.load(normaliseXlsxPackage(readCheckedXlsx(file)) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    if (e instanceof InputError) return { marks: [], prices: [], problems: [...e.diagnostics] };
    return { marks: [], prices: [], problems: [{ code: 'xlsx-unreadable', severity: 'error', file, message: `cannot read ${file} as an XLSX workbook: ${(e as Error).message}` }] };
  }
  const names = wb.worksheets.map((w) => w.name);
  const lang = langOfSheets(names);
  const meta = wb.getWorksheet(META_SHEET);
  if (!lang || !meta) {
    return { marks: [], prices: [], problems: [{ code: 'xlsx-not-a-grid', severity: 'error', file, message: `${file} is not a scoring grid made by efc-tender generate (sheets: ${names.join(', ')})`, hint: 'fill the <name>-grid.xlsx written by generate, or give marks as CSV' }] };
  }
  const bidders = Number(cellValue(meta.getCell(metaRow('bidders'), 2).value));
  const layout = gridLayout(grid, Number.isInteger(bidders) && bidders >= 1 && bidders <= MAX_BIDDERS ? bidders : 1, lang);
  const fp = String(cellValue(meta.getCell(metaRow('fingerprint'), 2).value) ?? '');
  if (fp !== gridFingerprint(grid, reference)) {
    const canonical = String(cellValue(meta.getCell(metaRow('canonical'), 2).value) ?? '');
    const other = /\|ref=([^|]*)\|/.exec(canonical)?.[1];
    const why = other && other !== reference ? `it was made for the spec ${other}, not ${reference}` : 'its criteria, weights, scale or price formula differ from the spec’s';
    problems.push({ code: 'xlsx-other-spec', severity: 'error', file, message: `${file} does not match this spec: ${why}`, path: [META_SHEET, 'B' + metaRow('fingerprint')], hint: 'regenerate the grid with efc-tender generate from this spec, and copy the marks into it' });
  }
  const crit = wb.getWorksheet(layout.sheets.criteria);
  const marksWs = wb.getWorksheet(layout.sheets.marks);
  const pricesWs = wb.getWorksheet(layout.sheets.prices);
  if (!crit || !marksWs || !pricesWs) return { marks: [], prices: [], problems };

  // The weights the formulas will use, cell by cell: an edited weight would silently change the ranking.
  const scale = number(crit, CRITERIA.scaleRow, CRITERIA.colPoints);
  if (scale !== grid.scale.max) at(crit.name, addr(CRITERIA.scaleRow, CRITERIA.colPoints), 'xlsx-scale', `the scale is ${String(scale ?? 'empty')}, the spec says 0–${grid.scale.max}`);
  const expect = (row: number, id: string, hundredths: number): void => {
    const gotId = text(crit, row, CRITERIA.colId);
    if (gotId !== id) at(crit.name, addr(row, CRITERIA.colId), 'xlsx-criterion-id', `expected criterion "${id}", found "${gotId}"`);
    const w = number(crit, row, CRITERIA.colPoints);
    if (typeof w !== 'number' || Math.abs(w - hundredths / 100) > 1e-9) at(crit.name, addr(row, CRITERIA.colPoints), 'xlsx-weight-edited', `weight of "${id}" is ${String(w ?? 'empty')}, the spec announces ${hundredths / 100}`, 'the announced weights cannot change after publication; regenerate the grid');
  };
  layout.criteria.forEach((c, k) => expect(c.criteriaRow, c.id, grid.criteria[k]!.weightHundredths));
  const subs = grid.criteria.flatMap((c) => c.subCriteria);
  for (const s of layout.subRows) {
    expect(s.criteriaRow, s.id, subs.find((x) => x.id === s.id)!.weightHundredths);
    const gotId = text(marksWs, s.row, MARKS.colId);
    if (gotId !== s.id) at(marksWs.name, addr(s.row, MARKS.colId), 'xlsx-criterion-id', `expected sub-criterion "${s.id}", found "${gotId}"`, 'rows of the Marks sheet must not be moved or deleted');
  }
  if (problems.length) return { marks: [], prices: [], problems };

  // The evaluator's name typed in the grid, else the file name.
  const evaluator = text(marksWs, MARKS_SIGNATURE.row, MARKS_SIGNATURE.evaluatorCol) || basename(file).replace(/\.xlsx$/i, '');
  const marks: EvaluatorMark[] = [];
  const prices: PriceEntry[] = [];
  const gridQuantities: GridQuantities[] = [];
  const seen = new Map<string, string>();
  for (let k = 0; k < layout.bidders; k++) {
    const nameAt = addr(MARKS.nameRow, markCol(k));
    const bidder = text(marksWs, MARKS.nameRow, markCol(k));
    const filled = layout.subRows.filter((s) => cellNumber(marksWs, s.row, markCol(k), lang).kind !== 'empty');
    if (!bidder) {
      if (filled.length) at(marksWs.name, nameAt, 'xlsx-bidder-unnamed', `marks are typed in column ${colLetter(markCol(k))} but the bidder's name is empty`);
      continue;
    }
    if (seen.has(bidder)) {
      at(marksWs.name, nameAt, 'xlsx-bidder-twice', `bidder "${bidder}" already has a column (cell ${seen.get(bidder)})`);
      continue;
    }
    seen.set(bidder, nameAt);
    for (const s of layout.subRows) {
      const cell = addr(s.row, markCol(k));
      const read = cellNumber(marksWs, s.row, markCol(k), lang);
      if (read.kind === 'empty') continue; // blank: reported as missing by the consolidation
      if (read.kind === 'bad') {
        at(marksWs.name, cell, read.code, `${bidder}: ${read.message}`, read.hint);
        continue;
      }
      const m = read.value;
      if (m < 0 || m > grid.scale.max) {
        at(marksWs.name, cell, 'mark-out-of-scale', `mark ${m} for ${bidder} is outside the scale 0–${grid.scale.max}`);
        continue;
      }
      marks.push({ evaluator, bidder, criterion: s.id, mark: m, justification: text(marksWs, s.row, justificationCol(k)), source: { file, sheet: marksWs.name, cell } });
    }
    const pc = priceCell(layout, k);
    if (pc) {
      const pv = cellNumber(pricesWs, pc.row, pc.col, lang);
      const quantities = grid.price?.cost ? committedQuantities(pricesWs, pc.row, grid.price.cost, bidder, pv.kind !== 'empty', lang, at) : undefined;
      if (quantities) gridQuantities.push({ bidder, quantities, file, sheet: pricesWs.name, cells: Object.fromEntries(grid.price!.cost!.externalities.map((x, j) => [x.id, addr(pc.row, QUANTITY_COL + j)])) });
      const bad = pv.kind === 'number' ? priceProblem(bidder, pv.value, text(pricesWs, pc.row, pc.col), { ...(opts.estimatedValue ? { estimatedValue: opts.estimatedValue } : {}) }) : undefined;
      if (isFormula(pricesWs, pc.row, pc.col)) at(pricesWs.name, pc.address, 'xlsx-price-formula', `price of ${bidder} is a formula; type the amount of the offer`);
      else if (pv.kind === 'bad') at(pricesWs.name, pc.address, pv.code === 'mark-not-number' ? 'price-not-number' : pv.code, `${bidder}: ${pv.message}`, pv.hint);
      else if (bad) at(pricesWs.name, pc.address, bad.code, bad.message, bad.hint);
      else if (pv.kind === 'number' && quantities !== null) {
        // Options and the totals a price sub-criterion scores (price.pse, price.parts): their typed columns, beside
        // the coût élargi's committed quantities (one map of the offer's extra figures, as in the prices CSV).
        const components = readComponents(grid, layout, k, pricesWs, bidder, lang ?? getTerminalLang(), at);
        const extra = quantities || components ? { quantities: { ...(quantities ?? {}), ...(components ?? {}) } } : {};
        prices.push({ bidder, price: pv.value, source: { file, sheet: pricesWs.name, cell: pc.address }, ...extra });
      }
    }
  }
  return { marks, prices, quantities: gridQuantities, problems };
}



/**
 * Bidder k's component prices (each option, the DPGF and DQE totals a price sub-criterion scores), read from their
 * columns of the Prices sheet; a blank is left out (score then names the missing price), a bad cell is a problem at
 * its cell. Undefined when the grid has no such column.
 */
function readComponents(grid: Grid, layout: GridLayout, k: number, ws: Worksheet, bidder: string, lang: Lang, at: (sheet: string, cell: string, code: string, message: string, hint?: string) => void): Record<string, number> | undefined {
  const ids = componentColumns(grid.price);
  if (!ids.length) return undefined;
  const out: Record<string, number> = {};
  for (const id of ids) {
    const c = componentCell(grid, layout, k, id)!;
    const v = cellNumber(ws, c.row, c.col, lang);
    if (v.kind === 'bad') at(ws.name, c.address, v.code === 'mark-not-number' ? 'price-not-number' : v.code, `${bidder}: ${v.message}`, v.hint);
    else if (v.kind === 'number' && v.value < 0) at(ws.name, c.address, 'price-not-positive', `${bidder}: ${id} = ${v.value}`);
    else if (v.kind === 'number') out[id] = v.value;
  }
  return out;
}
