import { AlignmentType, Document, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { DocumentModel, Section } from '../../compose/document.js';
import { typeset } from '../../compose/typography.js';
import { NUMBERING, renderBlock, type BlockContext } from './blocks.js';
import { packDocx, type PackOptions } from './package.js';
import { COLORS, PAGE, STYLES } from './styles.js';
import { RawBody } from './ooxml.js';
import { tocBookmarks } from './toc.js';

export interface DocxOptions {
  /**
   * Lay the pages out to write the table of contents' page numbers into the file, so readers that never update fields
   * (LibreOffice's PDF export, viewers) show them. About a second per document, so it is opt-in; without it the table
   * of contents lists every heading as a link and Word fills the numbers in when the reader updates it.
   */
  readonly tocPageNumbers?: boolean;
}

/** Render the document model to DOCX bytes. Deterministic: same model and options → same bytes. */
export async function renderDocx(model: DocumentModel, opts: DocxOptions = {}): Promise<Buffer> {
  model = typeset(model); // the language's typography (typography.ts), here so every DOCX gets it
  const { doc, pack } = await buildDocx(model, opts);
  return packDocx(doc, pack);
}

export interface BuildOptions extends DocxOptions {
  /**
   * Who serialises the body's fragments: we do (default, fast), or docx, from the same objects (what page layout
   * needs; tests compare the two).
   */
  readonly serializer?: 'own' | 'docx';
}

/** The docx Document for a model, and how to package it. */
export async function buildDocx(model: DocumentModel, opts: BuildOptions = {}): Promise<{ doc: Document; pack: PackOptions }> {
  // docx lays the pages out only for the table of contents' page numbers: it then needs its own table of contents and
  // the body as objects it can read. Otherwise the table of contents and the body's fragments are ours (fast).
  const layout = Boolean(opts.tocPageNumbers);
  const ctx: SectionContext = {
    toc: layout ? { source: 'docx' } : { source: 'model', bookmarks: tocBookmarks(model.sections.flatMap((s) => s.blocks)) },
    raw: layout || opts.serializer === 'docx' ? undefined : new RawBody(),
  };
  const doc = new Document({
    creator: model.meta.creator,
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords,
    lastModifiedBy: model.meta.creator,
    revision: 1,
    styles: STYLES,
    numbering: NUMBERING,
    features: { updateFields: false },
    // docx/layout is large: load it only when asked for.
    pageNumbers: layout ? (await import('docx/layout')).estimatePageNumbers : undefined,
    sections: model.sections.map((s) => section(s, model, ctx)),
  });
  // Only docx's own table of contents numbers bookmarks from its per-process counter, which must then be renumbered.
  return { doc, pack: { date: model.meta.date, renumberBookmarks: layout, raw: ctx.raw } };
}

type SectionContext = Pick<BlockContext, 'toc' | 'raw'>;

function section(s: Section, model: DocumentModel, ctx: SectionContext) {
  const landscape = s.orientation === 'landscape';
  const contentWidth = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${model.meta.title} — ${model.labels.page} `, size: 16, color: COLORS.muted }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: COLORS.muted }),
          new TextRun({ text: ` ${model.labels.of} `, size: 16, color: COLORS.muted }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: COLORS.muted }),
        ],
      }),
    ],
  });
  const header = s.header
    ? new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: s.header, size: 16, color: COLORS.muted })] })] })
    : undefined;
  return {
    properties: {
      page: {
        // docx swaps width and height itself for landscape: always give the portrait A4 size.
        size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
      },
    },
    headers: s.titlePage ? { default: new Header({ children: [new Paragraph({})] }) } : header ? { default: header } : undefined,
    footers: s.titlePage ? { default: new Footer({ children: [new Paragraph({})] }) } : { default: footer },
    children: s.blocks.flatMap((b, k) => renderBlock(b, { ...ctx, contentWidth, endsSection: k === s.blocks.length - 1 })),
  };
}
