import type { IXmlableObject } from 'docx';
import type { Block } from '../../compose/document.js';
import { PRESERVE, run } from './ooxml.js';

type Heading = Extract<Block, { type: 'heading' }>;

/** The headings a table of contents lists (levels 1 and 2, as `TOC \o "1-2"` says), each with its bookmark number. */
export type TocBookmarks = ReadonlyMap<Heading, number>;

/**
 * Number the level-1 and level-2 headings of a document from 1, in reading order: the same model gives the same ids.
 * None without a table of contents: nothing would link to them.
 */
export function tocBookmarks(blocks: readonly Block[]): TocBookmarks {
  const ids = new Map<Heading, number>();
  if (!blocks.some((b) => b.type === 'toc')) return ids;
  for (const b of blocks) if (b.type === 'heading' && b.level <= 2) ids.set(b, ids.size + 1);
  return ids;
}

const HEADING_STYLE = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' } as const;
const fld = (type: 'begin' | 'separate' | 'end', dirty = false) => ({ 'w:fldChar': { _attr: dirty ? { 'w:fldCharType': type, 'w:dirty': true } : { 'w:fldCharType': type } } });
const instr = (text: string) => ({ 'w:instrText': [PRESERVE, text] });
/** The run that opens the TOC field; the field closes in a paragraph of its own after the entries. */
const TOC_FIELD_START = { 'w:r': [fld('begin', true), instr('TOC \\h \\o "1-2"'), fld('separate')] };

/**
 * A heading, bookmarked `_TocN` when the table of contents lists it. docx can bookmark headings itself, but draws the
 * numbers from one counter per process, so a batch's second document got other numbers than its first and the whole
 * document part had to be rewritten afterwards; numbering from the model keeps the bytes stable at no cost.
 */
export function headingXml(block: Heading, id: number | undefined): IXmlableObject {
  const pPr = { 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': HEADING_STYLE[block.level] } } }] };
  const text = run(block.text);
  if (id === undefined) return { 'w:p': [pPr, text] };
  return { 'w:p': [pPr, { 'w:bookmarkStart': { _attr: { 'w:name': `_Toc${id}`, 'w:id': id } } }, text, { 'w:bookmarkEnd': { _attr: { 'w:id': id } } }] };
}

/**
 * The table of contents as Word writes it (a TOC field in a "Table of Contents" content control, ECMA-376 §17.16.5.68),
 * filled with one linked entry per bookmarked heading so it reads right before any field update. Page numbers are left
 * to the reader's update (PAGEREF fields marked dirty); `--toc-page-numbers` takes docx's own table of contents
 * instead, whose page layout writes them.
 */
export function tocXml(alias: string, bookmarks: TocBookmarks, contentWidth: number): IXmlableObject {
  const tabs = { 'w:tabs': [{ 'w:tab': { _attr: { 'w:val': 'right', 'w:pos': contentWidth, 'w:leader': 'none' } } }] };
  const paragraphs: IXmlableObject[] = [];
  for (const [b, id] of bookmarks) {
    const link = {
      'w:hyperlink': [
        { _attr: { 'w:history': 1, 'w:anchor': `_Toc${id}` } },
        run(b.text),
        { 'w:r': [{ 'w:tab': {} }] },
        { 'w:r': [fld('begin', true), instr(`PAGEREF _Toc${id} \\h`), fld('separate'), fld('end')] },
      ],
    };
    const pPr = { 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': `TOC${b.level}` } } }, tabs] };
    // The TOC field opens in the first entry's paragraph and closes in a paragraph of its own, as Word writes it.
    paragraphs.push({ 'w:p': paragraphs.length === 0 ? [pPr, TOC_FIELD_START, link] : [pPr, link] });
  }
  // No heading to list: an empty field, for Word to fill in.
  if (paragraphs.length === 0) paragraphs.push({ 'w:p': [TOC_FIELD_START] });
  return {
    'w:sdt': [
      { 'w:sdtPr': [{ 'w:alias': { _attr: { 'w:val': alias } } }, { 'w:docPartObj': [{ 'w:docPartGallery': { _attr: { 'w:val': 'Table of Contents' } } }, { 'w:docPartUnique': {} }] }] },
      { 'w:sdtContent': [...paragraphs, { 'w:p': [{ 'w:r': [fld('end')] }] }] },
    ],
  };
}
