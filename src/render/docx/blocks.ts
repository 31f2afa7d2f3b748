import { AlignmentType, HeadingLevel, LeaderType, LevelFormat, Paragraph, TableOfContents, TextRun, type FileChild, type IXmlableObject } from 'docx';
import type { Block, Inline } from '../../compose/document.js';
import { paragraph, Prebuilt, type ParagraphProps, type RawBody } from './ooxml.js';
import { COLORS } from './styles.js';
import { tableXml } from './table.js';
import { headingXml, tocXml, type TocBookmarks } from './toc.js';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
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
  /**
   * Where the table of contents comes from. `model`: written from the model's headings, bookmarked by `bookmarks`
   * (fast, deterministic). `docx`: docx's own table of contents, which it fills and, given a page layout, numbers.
   */
  readonly toc: { readonly source: 'model'; readonly bookmarks: TocBookmarks } | { readonly source: 'docx' };
  /**
   * The block ends its section. docx writes a section's properties into its last paragraph only when that is one of
   * its own Paragraphs (otherwise it adds an empty paragraph, which could push a page over): so that one is.
   */
  readonly endsSection: boolean;
  /** Serialise our fragments ourselves (fast) rather than hand them to docx as objects (which its page layout reads). */
  readonly raw?: RawBody;
}

// docx's FileChild is a nominal marker class; our components write body-level elements just as docx's own classes do.
const prebuilt = (ctx: BlockContext, rootKey: string, build: () => IXmlableObject): FileChild =>
  (ctx.raw ? ctx.raw.slot(build()) : new Prebuilt(rootKey, build)) as unknown as FileChild;

/** docx runs for model inlines; `bold` is the default a run's own `bold` overrides. */
const textRuns = (inlines: readonly Inline[], bold?: boolean): TextRun[] =>
  inlines.map((r) => (typeof r === 'string' ? new TextRun({ text: r, bold }) : new TextRun({ text: r.text, bold: r.bold ?? bold, italics: r.italic })));

function para(runs: readonly Inline[], props: ParagraphProps, ctx: BlockContext): FileChild {
  if (!ctx.endsSection) return prebuilt(ctx, 'w:p', () => paragraph(runs, props));
  return new Paragraph({
    style: props.style,
    alignment: props.align ? ALIGN[props.align] : undefined,
    spacing: props.spacingAfter === undefined ? undefined : { after: props.spacingAfter },
    pageBreakBefore: props.pageBreakBefore,
    children: textRuns(runs, props.bold),
  });
}

/** Map one model block to docx components. */
export function renderBlock(block: Block, ctx: BlockContext): FileChild[] {
  switch (block.type) {
    case 'heading': {
      const { toc } = ctx;
      if (toc.source === 'model') return [prebuilt(ctx, 'w:p', () => headingXml(block, toc.bookmarks.get(block)))];
      return [new Paragraph({ heading: HEADING[block.level], children: [new TextRun(block.text)] })];
    }
    case 'paragraph':
      return [para(block.runs, { style: STYLE[block.style ?? 'normal'], align: block.align }, ctx)];
    case 'list':
      // docx numbers lists (it assigns the numbering instances), so list items stay docx Paragraphs.
      return block.items.map((item) => new Paragraph({ style: 'BodyText', numbering: { reference: block.ordered ? 'ordered' : 'bullets', level: 0 }, children: textRuns(item) }));
    case 'pageBreak':
      return [para([], { pageBreakBefore: true }, ctx)];
    case 'toc': {
      const title = new Paragraph({ style: 'Subtitle', children: [new TextRun({ text: block.title, bold: true, color: COLORS.accent })] });
      const { toc } = ctx;
      if (toc.source === 'model') return [title, prebuilt(ctx, 'w:sdt', () => tocXml(block.title, toc.bookmarks, ctx.contentWidth))];
      // With page numbers, dot leaders (the model's table has none: dots leading to no number read as a broken document).
      return [title, new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2', tabLeader: LeaderType.DOT })];
    }
    case 'table':
      return [
        prebuilt(ctx, 'w:tbl', () => tableXml(block, ctx.contentWidth)),
        block.caption ? para([block.caption], { style: 'Note' }, ctx) : para([], { spacingAfter: 60 }, ctx),
      ];
  }
}
