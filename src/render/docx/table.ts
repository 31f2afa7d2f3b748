import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType, type ITableBordersOptions } from 'docx';
import type { Block, Cell, CellInput } from '../../compose/document.js';
import { CELL_MARGINS, columnWidths, minimumWidths } from './column-widths.js';
import { ALIGN, textRuns } from './runs.js';
import { COLORS, SIZES } from './styles.js';

type TableBlock = Extract<Block, { type: 'table' }>;
type Align = 'left' | 'center' | 'right';
type RowKind = 'header' | 'body' | 'footer';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };
const BORDERS: ITableBordersOptions = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
const MARGINS = { top: 40, bottom: 40, left: CELL_MARGINS / 2, right: CELL_MARGINS / 2 };

/**
 * A model table (ECMA-376 §17.4). How it breaks across pages:
 * - no row splits across pages (`cantSplit`): a row taller than a page is the reader's to shorten;
 * - the header row repeats on every page the table spans (`tblHeader`);
 * - the header row and the first body row keep with the next row, so a table never starts with its header alone (or
 *   with one row) at the foot of a page; the row before the footer (the total) keeps with it, so a table never ends
 *   with its total alone on a new page; the last body row is never left alone on a new page either (the one before
 *   it keeps with it); and a short table (at most SHORT_TABLE body rows: a bidder list, a marking scale) keeps all
 *   its rows together, moving whole to the next page rather than splitting 4 + 1. Word and LibreOffice keep a row
 *   with the next when its paragraphs say so.
 * Columns are at least as wide as their longest word (column-widths.ts), so words are not broken across lines.
 */
/** Tables with at most this many body rows are kept on one page: about a third of a page of one-line rows. */
const SHORT_TABLE = 8;

export function renderTable(block: TableBlock, contentWidth: number): Table {
  const widths = columnWidths(
    block.columns.map((c) => c.width),
    minimumWidths(block, SIZES.cell),
    contentWidth,
  );
  const aligns = block.columns.map((c) => c.align);
  const last = block.rows.length - 1;
  const rows = [row(block.columns.map((c) => c.header), widths, aligns, 'header', true)];
  const short = block.rows.length <= SHORT_TABLE;
  const keep = (k: number): boolean => short ? k < last || block.footer !== undefined : k === 0 || k === last - 1 || (k === last && block.footer !== undefined);
  block.rows.forEach((r, k) => rows.push(row(r, widths, aligns, 'body', keep(k))));
  if (block.footer) rows.push(row(block.footer, widths, aligns, 'footer', false));
  return new Table({
    rows,
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    // Cell margins are set once for the table rather than on each of its cells.
    margins: MARGINS,
  });
}

function row(cells: readonly CellInput[], widths: readonly number[], aligns: readonly (Align | undefined)[], kind: RowKind, keepNext: boolean): TableRow {
  const out: TableCell[] = [];
  let col = 0;
  for (const input of cells) {
    const c: Cell = typeof input === 'string' ? (kind === 'footer' ? { runs: [input], bold: true, shade: COLORS.accentLight } : { runs: [input] }) : input;
    const span = c.colSpan ?? 1;
    let width = 0;
    for (let k = col; k < col + span; k++) width += widths[k] ?? 0;
    out.push(cell(c, width, kind === 'header', c.align ?? aligns[col]));
    col += span;
  }
  return new TableRow({ children: out, cantSplit: true, tableHeader: kind === 'header' ? true : undefined, keepNext: keepNext || undefined });
}

function cell(c: Cell, width: number, header: boolean, align: Align | undefined): TableCell {
  const shade = header ? COLORS.accentLight : c.shade;
  const alignment = align ? ALIGN[align] : undefined;
  // No style: cell text is the document default (see styles.ts). The first paragraph carries the cell's label.
  const children = [new Paragraph({ alignment, children: textRuns(c.runs, header || c.bold) })];
  for (const more of c.more ?? []) children.push(new Paragraph({ alignment, children: textRuns(more, header) }));
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.colSpan && c.colSpan > 1 ? c.colSpan : undefined,
    shading: shade ? { fill: shade, color: 'auto', type: ShadingType.CLEAR } : undefined,
  });
}
