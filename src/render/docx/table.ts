import type { IXmlableObject } from 'docx';
import type { Block, Cell, CellInput } from '../../compose/document.js';
import { paragraph } from './ooxml.js';
import { COLORS } from './styles.js';

type TableBlock = Extract<Block, { type: 'table' }>;
type Align = 'left' | 'center' | 'right';

/**
 * A model table in WordprocessingML (ECMA-376 §17.4), in docx's object form (see ooxml.ts). Tables are most of our
 * documents (a grid holds some 700 cells): built from docx's Table/TableRow/TableCell/Paragraph/TextRun classes they
 * were most of the rendering time. The XML has the elements those classes wrote, in the same order.
 */
export function tableXml(block: TableBlock, contentWidth: number): IXmlableObject {
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((contentWidth * c.width) / total));
  const aligns = block.columns.map((c) => c.align);
  const rows: IXmlableObject[] = [row(block.columns.map((c) => c.header), widths, aligns, 'header')];
  for (const r of block.rows) rows.push(row(r, widths, aligns, 'body'));
  if (block.footer) rows.push(row(block.footer, widths, aligns, 'footer'));
  return { 'w:tbl': [TBL_PR(contentWidth), { 'w:tblGrid': widths.map((w) => ({ 'w:gridCol': { _attr: { 'w:w': w } } })) }, ...rows] };
}

const border = { _attr: { 'w:val': 'single', 'w:color': COLORS.rule, 'w:sz': 4 } };
const margin = (w: number) => ({ _attr: { 'w:type': 'dxa', 'w:w': w } });
const TBL_PR = (width: number): IXmlableObject => ({
  'w:tblPr': [
    { 'w:tblW': { _attr: { 'w:type': 'dxa', 'w:w': width } } },
    { 'w:tblBorders': [{ 'w:top': border }, { 'w:left': border }, { 'w:bottom': border }, { 'w:right': border }, { 'w:insideH': border }, { 'w:insideV': border }] },
    // Cell margins are set once for the table rather than on each of its cells.
    { 'w:tblCellMar': [{ 'w:top': margin(40) }, { 'w:left': margin(80) }, { 'w:bottom': margin(40) }, { 'w:right': margin(80) }] },
  ],
});
// Header and footer rows never split across pages; the header row repeats on every page the table spans.
const HEADER_ROW = { 'w:trPr': [{ 'w:cantSplit': {} }, { 'w:tblHeader': {} }] };
const FOOTER_ROW = { 'w:trPr': [{ 'w:cantSplit': {} }] };
function row(cells: readonly CellInput[], widths: readonly number[], aligns: readonly (Align | undefined)[], kind: 'header' | 'body' | 'footer'): IXmlableObject {
  const out: IXmlableObject[] = kind === 'header' ? [HEADER_ROW] : kind === 'footer' ? [FOOTER_ROW] : [];
  let col = 0;
  for (const input of cells) {
    const c: Cell = typeof input === 'string' ? (kind === 'footer' ? { runs: [input], bold: true, shade: COLORS.accentLight } : { runs: [input] }) : input;
    const span = c.colSpan ?? 1;
    let width = 0;
    for (let k = col; k < col + span; k++) width += widths[k] ?? 0;
    out.push(cell(c, width, kind === 'header', c.align ?? aligns[col]));
    col += span;
  }
  return { 'w:tr': out };
}

function cell(c: Cell, width: number, header: boolean, align: Align | undefined): IXmlableObject {
  const tcPr: IXmlableObject[] = [{ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': width } } }];
  if (c.colSpan && c.colSpan > 1) tcPr.push({ 'w:gridSpan': { _attr: { 'w:val': c.colSpan } } });
  const shade = header ? COLORS.accentLight : c.shade;
  if (shade) tcPr.push({ 'w:shd': { _attr: { 'w:fill': shade, 'w:color': 'auto', 'w:val': 'clear' } } });
  // No style: cell text is the document default (see styles.ts). The first paragraph carries the cell's label.
  const content: IXmlableObject[] = [{ 'w:tcPr': tcPr }, paragraph(c.runs, { align, bold: header || c.bold })];
  for (const more of c.more ?? []) content.push(paragraph(more, { align, bold: header }));
  return { 'w:tc': content };
}
