import { AlignmentType, ImageRun, LevelFormat, Paragraph, TextRun, type FileChild } from 'docx';
import { inlineText, type Block, type Inline } from '../../compose/document.js';
import { ALIGN, textRuns } from './runs.js';
import { COLORS } from './styles.js';
import { renderTable } from './table.js';
import { renderHeading, renderToc, type TocBookmarks } from './toc.js';

const STYLE = { normal: 'BodyText', title: 'Title', subtitle: 'Subtitle', note: 'Note', formula: 'Formula' } as const;

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

export interface BlockContext {
  /** Text width of the section, in twips: sizes the tables and the table of contents' right tab. */
  readonly contentWidth: number;
  /** The bookmark of each heading the table of contents lists. */
  readonly bookmarks: TocBookmarks;
  /** The document is laid out for the table of contents' page numbers (`--toc-page-numbers`). */
  readonly pageNumbers: boolean;
}

/**
 * A paragraph that ends with a colon introduces what follows ("Éléments de preuve attendus :", a list or a table):
 * it keeps with the next paragraph, so it never ends a page alone.
 */
const introduces = (runs: readonly Inline[]): boolean => /:\s*$/.test(inlineText(runs));

/** One model block as docx components. */
export function renderBlock(block: Block, ctx: BlockContext): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [renderHeading(block, ctx.bookmarks.get(block))];
    case 'paragraph':
      return [
        new Paragraph({
          style: STYLE[block.style ?? 'normal'],
          alignment: block.align ? ALIGN[block.align] : undefined,
          keepNext: introduces(block.runs) || undefined,
          children: textRuns(block.runs),
        }),
      ];
    case 'list':
      // docx numbers lists: it assigns each list's numbering instance.
      return block.items.map((item) => new Paragraph({ style: 'BodyText', numbering: { reference: block.ordered ? 'ordered' : 'bullets', level: 0 }, children: textRuns(item) }));
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true })];
    case 'toc':
      return [
        new Paragraph({ style: 'Subtitle', children: [new TextRun({ text: block.title, bold: true, color: COLORS.accent })] }),
        renderToc(block.title, ctx.bookmarks, ctx.contentWidth, ctx.pageNumbers),
      ];
    case 'image':
      // The image keeps with its caption; docx names the media part by the bytes' hash, so the package is deterministic.
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: Boolean(block.caption) || undefined, children: [new ImageRun({ type: 'png', data: block.png, transformation: { width: block.width, height: block.height }, altText: { id: String(block.number), name: block.alt, title: block.alt, description: block.alt } })] }),
        ...(block.caption ? [new Paragraph({ style: 'Note', children: textRuns([block.caption]) })] : []),
      ];
    case 'table':
      // A paragraph after every table: its caption, or a little space (two tables would otherwise merge into one).
      return [renderTable(block, ctx.contentWidth), block.caption ? new Paragraph({ style: 'Note', children: textRuns([block.caption]) }) : new Paragraph({ spacing: { after: 60 } })];
  }
}
