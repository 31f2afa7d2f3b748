import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LeaderType,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  ShadingType,
  type FileChild,
} from 'docx';
import type { Block, Cell, CellInput, Inline } from '../../compose/document.js';
import { COLORS } from './styles.js';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Bullet and ordered list numbering definitions, referenced by list paragraphs. */
export const NUMBERING = {
  config: [
    {
      reference: 'bullets',
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } }],
    },
    {
      reference: 'ordered',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 340 } } } }],
    },
  ],
};

function runs(inlines: readonly Inline[], extra: { bold?: boolean; size?: number } = {}): TextRun[] {
  return inlines.map((r) =>
    typeof r === 'string'
      ? new TextRun({ text: r, bold: extra.bold, size: extra.size })
      : new TextRun({ text: r.text, bold: r.bold ?? extra.bold, italics: r.italic, size: extra.size }),
  );
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const BORDERS = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

function toCell(input: CellInput): Cell {
  return typeof input === 'string' ? { runs: [input] } : input;
}

function tableCell(input: CellInput, header: boolean, align: 'left' | 'center' | 'right' | undefined): TableCell {
  const c = toCell(input);
  const paras = [c.runs, ...(c.more ?? [])].map(
    (rs, k) =>
      new Paragraph({
        // No style: cell text is the document default (see styles.ts).
        // Left is the default: writing it on every cell paragraph only makes the file (and its build) bigger.
        alignment: (c.align ?? align ?? 'left') === 'left' ? undefined : ALIGN[c.align ?? align ?? 'left'],
        children: runs(rs, { bold: header || (k === 0 && c.bold) }),
      }),
  );
  const shade = header ? COLORS.accentLight : c.shade;
  return new TableCell({
    children: paras,
    columnSpan: c.colSpan,
    shading: shade ? { type: ShadingType.CLEAR, fill: shade, color: 'auto' } : undefined,
  });
}

/** Map one model block to docx objects; `contentWidth` (twips) sizes the tables. */
export function renderBlock(block: Block, contentWidth: number, tocPageNumbers = false): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph': {
      const style = block.style === 'title' ? 'Title' : block.style === 'subtitle' ? 'Subtitle' : block.style === 'note' ? 'Note' : block.style === 'formula' ? 'Formula' : 'BodyText';
      return [new Paragraph({ style, alignment: block.align ? ALIGN[block.align] : undefined, children: runs(block.runs) })];
    }
    case 'list':
      return block.items.map((item) => new Paragraph({ style: 'BodyText', numbering: { reference: block.ordered ? 'ordered' : 'bullets', level: 0 }, children: runs(item) }));
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'toc':
      return [
        new Paragraph({ heading: undefined, style: 'Subtitle', children: [new TextRun({ text: block.title, bold: true, color: COLORS.accent })] }),
        // Without page numbers, no dot leaders: a row of dots leading to nothing reads as a broken document.
        new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2', tabLeader: tocPageNumbers ? LeaderType.DOT : LeaderType.NONE }),
      ];
    case 'table': {
      const total = block.columns.reduce((s, c) => s + c.width, 0);
      const widths = block.columns.map((c) => Math.floor((contentWidth * c.width) / total));
      const header = new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c) => tableCell(c.header, true, c.align)) });
      const body = block.rows.map((r) => new TableRow({ children: r.map((cell, k) => tableCell(cell, false, block.columns[k]?.align)) }));
      const footer = block.footer ? [new TableRow({ cantSplit: true, children: block.footer.map((cell, k) => tableCell(typeof cell === 'string' ? { runs: [cell], bold: true, shade: COLORS.accentLight } : cell, false, block.columns[k]?.align)) })] : [];
      const out: FileChild[] = [
        // Cell margins are set once for the table rather than on each of its cells.
        new Table({ rows: [header, ...body, ...footer], width: { size: contentWidth, type: WidthType.DXA }, columnWidths: widths, borders: BORDERS, margins: CELL_MARGINS }),
      ];
      if (block.caption) out.push(new Paragraph({ style: 'Note', children: [new TextRun(block.caption)] }));
      else out.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
      return out;
    }
  }
}
