import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { DocumentModel, Section } from '../../compose/document.js';
import { typeset } from '../../compose/typography.js';
import { stampZipDates } from '../zip/stamp-dates.js';
import { corePropertiesXml } from './core-properties.js';
import { NUMBERING, renderBlock, type BlockContext } from './blocks.js';
import { COLORS, PAGE, styles } from './styles.js';
import { tocBookmarks } from './toc.js';

export interface DocxOptions {
  /**
   * Lay the pages out (docx/layout's estimate) to write the table of contents' page numbers into the file, so readers
   * that never update fields (LibreOffice's PDF export, viewers) show them. About a second per document, so it is
   * opt-in; without it the table of contents lists every heading as a link and Word fills the numbers in when the
   * reader updates it.
   */
  readonly tocPageNumbers?: boolean;
}

/**
 * Render the document model to DOCX bytes, with docx's public API only: the model's blocks become docx's Paragraph,
 * Table, TableOfContents… (blocks.ts), and `Packer.toBuffer` writes the package, with docProps/core.xml dated from
 * the model (a part override, core-properties.ts). One post-step (zip/stamp-dates.ts) writes the model's day into the
 * zip entries' date fields, where docx's zip stamps the clock. Deterministic: same model and options → same bytes.
 */
export async function renderDocx(model: DocumentModel, opts: DocxOptions = {}): Promise<Buffer> {
  model = typeset(model); // the language's typography (typography.ts), here so every DOCX gets it
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(model.meta) };
  return stampZipDates(await Packer.toBuffer(await buildDocx(model, opts), false, [core]), model.meta.date);
}

/** The docx Document for a model. */
async function buildDocx(model: DocumentModel, opts: DocxOptions = {}): Promise<Document> {
  const pageNumbers = Boolean(opts.tocPageNumbers);
  const bookmarks = tocBookmarks(model.sections.flatMap((s) => s.blocks));
  return new Document({
    creator: model.meta.creator,
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords,
    lastModifiedBy: model.meta.creator,
    revision: 1,
    styles: styles(model.meta.lang),
    numbering: NUMBERING,
    features: { updateFields: false },
    // docx/layout is large: load it only when asked for.
    pageNumbers: pageNumbers ? (await import('docx/layout')).estimatePageNumbers : undefined,
    sections: model.sections.map((s) => section(s, model, { bookmarks, pageNumbers })),
  });
}

function section(s: Section, model: DocumentModel, ctx: Omit<BlockContext, 'contentWidth'>): ISectionOptions {
  const landscape = s.orientation === 'landscape';
  const contentWidth = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  const muted = { size: 16, color: COLORS.muted };
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${model.meta.title} — ${model.labels.page} `, ...muted }),
          new TextRun({ children: [PageNumber.CURRENT], ...muted }),
          new TextRun({ text: ` ${model.labels.of} `, ...muted }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], ...muted }),
        ],
      }),
    ],
  });
  const header = s.header ? new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: s.header, ...muted })] })] }) : undefined;
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
    children: s.blocks.flatMap((b) => renderBlock(b, { ...ctx, contentWidth })),
  };
}
