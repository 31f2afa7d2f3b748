import type { Cell, Worksheet } from 'exceljs';

/**
 * The grid's look, in one place. Three kinds of cells: reference/formula cells (locked), input cells (unlocked,
 * shaded yellow so a committee sees at once where to type) and header bands.
 */
export const COLORS = {
  header: 'FF1F4E79',
  headerText: 'FFFFFFFF',
  band: 'FFDDEBF7',
  input: 'FFFFF2CC',
  computed: 'FFF2F2F2',
  rule: 'FFBFBFBF',
} as const;

const thin = { style: 'thin' as const, color: { argb: COLORS.rule } };
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

const fill = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });

export function styleTitle(cell: Cell): void {
  cell.font = { bold: true, size: 14, color: { argb: COLORS.header } };
}

export function styleHelp(cell: Cell): void {
  cell.font = { italic: true, size: 9 };
  cell.alignment = { wrapText: true, vertical: 'top' };
}

export function styleHeader(cell: Cell): void {
  cell.font = { bold: true, color: { argb: COLORS.headerText } };
  cell.fill = fill(COLORS.header);
  cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  cell.border = BORDER;
}

/** A criterion line (band) in the reference sheet. */
export function styleBand(cell: Cell): void {
  cell.font = { bold: true };
  cell.fill = fill(COLORS.band);
  cell.alignment = { wrapText: true, vertical: 'top' };
  cell.border = BORDER;
}

export function styleText(cell: Cell, wrap = true): void {
  cell.alignment = { wrapText: wrap, vertical: 'top' };
  cell.border = BORDER;
}

/** Where the committee types: unlocked under sheet protection, shaded. */
export function styleInput(cell: Cell, align: 'left' | 'center' | 'right' = 'left'): void {
  cell.protection = { locked: false };
  cell.fill = fill(COLORS.input);
  cell.alignment = { wrapText: true, vertical: 'top', horizontal: align };
  cell.border = BORDER;
}

/** A computed cell: locked, lightly shaded, numbers with two decimals. */
export function styleComputed(cell: Cell, numFmt = '0.00'): void {
  cell.fill = fill(COLORS.computed);
  cell.numFmt = numFmt;
  cell.alignment = { vertical: 'top', horizontal: 'right' };
  cell.border = BORDER;
}

/**
 * Number formats, with the decimals of the one formatter (src/wording/format.ts): computed points to two decimals
 * (as in the report), weights to one, or two when the buyer gave two (as formatPoints: 30,0 / 12,5 / 5,81), prices to the cent with thousands grouped. A format code's
 * "," and "." are placeholders that the spreadsheet shows with the reader's own separators (1 234,56 in a French
 * Excel or LibreOffice, 1,234.56 in an English one), so one code serves both languages; the currency is in the
 * column's header ("Prix TTC (€)"), not repeated in every cell.
 */
export const POINTS_FMT = '0.00';
export const WEIGHT_FMT = '0.0#';
export const PRICE_FMT = '#,##0.00';

/**
 * Common sheet setup: A4 landscape, fit to the page width, header rows repeated on every printed page and frozen
 * on screen (optionally a fixed print scale), protection without a password (locked cells are safe from slips, not from a determined user).
 */
export async function finishSheet(ws: Worksheet, o: { frozenRows: number; frozenCols?: number; printTitleRows?: string; printTitleCols?: string; scale?: number }): Promise<void> {
  ws.views = [{ state: 'frozen', xSplit: o.frozenCols ?? 0, ySplit: o.frozenRows, topLeftCell: undefined, activeCell: 'A1' }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    // Either a fixed scale (the sheet then breaks into pages at manual column breaks) or fit to the page width.
    fitToPage: o.scale === undefined,
    fitToWidth: 1,
    fitToHeight: 0,
    scale: o.scale ?? 100,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    printTitlesRow: o.printTitleRows,
    printTitlesColumn: o.printTitleCols,
  };
  ws.headerFooter = { oddFooter: '&L&A&R&P / &N' };
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/**
 * Give a row the height its wrapped text needs. Spreadsheets do not re-fit row heights of a file they open
 * (LibreOffice keeps the default height), so without this, long descriptors would overlap or be cut.
 * Estimate: a column of width w holds about w × 1.05 characters of 10–11 pt text per line.
 */
export function fitRowHeight(ws: Worksheet, rowNumber: number, minHeight = 15): void {
  const row = ws.getRow(rowNumber);
  let lines = 1;
  row.eachCell((cell, col) => {
    const v = cell.value;
    const text = typeof v === 'string' ? v : '';
    if (!text || cell.isMerged) return;
    const perLine = Math.max(4, Math.floor((ws.getColumn(col).width ?? 10) * 1.05));
    const n = text.split('\n').reduce((s, para) => s + Math.max(1, Math.ceil(para.length / perLine)), 0);
    lines = Math.max(lines, n);
  });
  row.height = Math.max(minHeight, Math.ceil(lines * 13.5 + 6));
}
