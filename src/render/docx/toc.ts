import { BookmarkEnd, BookmarkStart, HeadingLevel, InternalHyperlink, LeaderType, PageReference, Paragraph, Tab, TabStopType, TableOfContents, TextRun, type ParagraphChild } from 'docx';
import type { Block } from '../../compose/document.js';

type Heading = Extract<Block, { type: 'heading' }>;

/** The headings a table of contents lists (levels 1 and 2, as `TOC \o "1-2"` says), each with its bookmark number. */
export type TocBookmarks = ReadonlyMap<Heading, number>;

/**
 * Number the level-1 and level-2 headings of a document from 1, in reading order: the same model gives the same ids,
 * whatever was rendered before it in the process. None without a table of contents: nothing would link to them.
 */
export function tocBookmarks(blocks: readonly Block[]): TocBookmarks {
  const ids = new Map<Heading, number>();
  if (!blocks.some((b) => b.type === 'toc')) return ids;
  for (const b of blocks) if (b.type === 'heading' && b.level <= 2) ids.set(b, ids.size + 1);
  return ids;
}

const anchor = (id: number): string => `_Toc${id}`;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * A heading, bookmarked `_TocN` when the table of contents lists it. docx's `Bookmark` draws its ids from one counter
 * per process, so a batch's second document would get other ids than its first; `BookmarkStart(name, id)` and
 * `BookmarkEnd(id)` are docx's public classes for a bookmark with the id we give, numbered per document from the model.
 * Paragraph's children type (ParagraphChild) does not list them, though Paragraph writes any component it is given, as
 * docx's own examples do: hence the cast.
 */
export function renderHeading(block: Heading, id: number | undefined): Paragraph {
  const text = new TextRun(block.text);
  const children = id === undefined ? [text] : [new BookmarkStart(anchor(id), id) as unknown as ParagraphChild, text, new BookmarkEnd(id) as unknown as ParagraphChild];
  return new Paragraph({ heading: HEADING[block.level], children });
}

/**
 * The table of contents, filled with one linked entry per bookmarked heading (a TOC field in a Table of Contents
 * content control, as Word writes it), so it reads right before any field update and in LibreOffice's PDF. Each entry
 * ends with a page reference: with `pageNumbers` (docx/layout's estimate, `--toc-page-numbers`) docx writes the page
 * in it; without, it is left for the reader's field update, and the entry has no dot leader (dots leading to no number
 * read as a broken document).
 */
export function renderToc(alias: string, bookmarks: TocBookmarks, contentWidth: number, pageNumbers: boolean): TableOfContents {
  const tabStops = [{ type: TabStopType.RIGHT, position: contentWidth, leader: pageNumbers ? LeaderType.DOT : LeaderType.NONE }];
  const entries = [...bookmarks].map(
    ([b, id]) =>
      new Paragraph({
        style: `TOC${b.level}`,
        tabStops,
        children: [new InternalHyperlink({ anchor: anchor(id), children: [new TextRun(b.text), new TextRun({ children: [new Tab()] }), new PageReference(anchor(id))] })],
      }),
  );
  return new TableOfContents(alias, { hyperlink: true, headingStyleRange: '1-2', contentChildren: entries });
}
