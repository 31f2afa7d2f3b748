import { AlignmentType, TextRun } from 'docx';
import type { Inline } from '../../compose/document.js';

export const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/**
 * docx runs for model inlines; `bold` is the default a run's own `bold` overrides. Text is set as text: docx escapes
 * it, so nothing a buyer writes is read as markup.
 */
export const textRuns = (inlines: readonly Inline[], bold?: boolean): TextRun[] =>
  inlines.map((r) => (typeof r === 'string' ? new TextRun({ text: r, bold: bold || undefined }) : new TextRun({ text: r.text, bold: (r.bold ?? bold) || undefined, italics: r.italic || undefined })));
