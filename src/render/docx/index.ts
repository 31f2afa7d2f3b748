import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { DocumentModel, Section } from '../../compose/document.js';
import { NUMBERING, renderBlock } from './blocks.js';
import { normalizeOoxmlZip } from './normalize.js';
import { COLORS, PAGE, STYLES } from './styles.js';

/** Render the document model to DOCX bytes. Deterministic: same model → same bytes. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
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
    sections: model.sections.map((s) => section(s, model)),
  });
  const raw = await Packer.toBuffer(doc);
  return normalizeOoxmlZip(raw, model.meta.date);
}

function section(s: Section, model: DocumentModel) {
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
    headers: s.titlePage ? { default: new Header({ children: [] }) } : header ? { default: header } : undefined,
    footers: s.titlePage ? { default: new Footer({ children: [] }) } : { default: footer },
    children: s.blocks.flatMap((b) => renderBlock(b, contentWidth)),
  };
}
