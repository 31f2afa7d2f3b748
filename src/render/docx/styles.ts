import { LineRuleType, type IStylesOptions } from 'docx';

/**
 * House style: sober, readable, close to what a French public buyer's legal service produces.
 * Arial: on every office suite (LibreOffice substitutes the metric-compatible Liberation Sans), and known to the page
 * layout estimator, so the table of contents gets real page numbers.
 */
export const FONT = 'Arial';
export const COLORS = { accent: '1F4E79', accentLight: 'DCE6F1', rule: 'A6A6A6', muted: '595959', input: 'FFF2CC' } as const;

/** Font sizes in half-points (docx convention): 18 = 9 pt. Table cells use the document default. */
export const SIZES = { cell: 18, body: 21 } as const;

/** The language Word proofreads a document in, and hyphenates and spaces it by. */
export const LANGUAGE = { fr: 'fr-FR', en: 'en-GB' } as const;

/**
 * The document's styles. The document default is the compact table text (documents hold far more cell paragraphs than
 * body paragraphs), and body paragraphs carry the BodyText style. The default run properties declare the document's
 * language, so Word proofreads it in French (or English) whatever the reader's own language. Headings keep with the
 * next paragraph, so none ends a page alone.
 */
export function styles(lang: keyof typeof LANGUAGE): IStylesOptions {
  // The Latin-script language only: East Asian and right-to-left text keep the reader's defaults.
  const language = { value: LANGUAGE[lang] };
  return {
    default: {
      document: { run: { font: FONT, size: SIZES.cell, language }, paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } } },
      heading1: {
        run: { font: FONT, size: 30, bold: true, color: COLORS.accent },
        paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: 25, bold: true, color: COLORS.accent },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: FONT, size: 22, bold: true, color: '404040' },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
      },
      title: { run: { font: FONT, size: 44, bold: true, color: COLORS.accent }, paragraph: { spacing: { after: 240 } } },
    },
    paragraphStyles: [
      { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { size: SIZES.body }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { size: 21 }, paragraph: { spacing: { before: 60, after: 40 } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', run: { size: 20 }, paragraph: { spacing: { after: 20 }, indent: { left: 284 } } },
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { size: 28, color: COLORS.muted }, paragraph: { spacing: { after: 200 } } },
      { id: 'Note', name: 'Note', basedOn: 'Normal', run: { size: 18, italics: true, color: COLORS.muted }, paragraph: { spacing: { after: 120 } } },
      { id: 'Formula', name: 'Formula', basedOn: 'Normal', run: { font: 'Courier New', size: 20 }, paragraph: { indent: { left: 567 }, spacing: { before: 80, after: 80 } } },
    ],
  };
}

/** A4 in twips (1/1440 inch); 2 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
