import type { Workbook, Worksheet } from 'exceljs';
import { CRITERIA, MARKS, MARKS_SIGNATURE, addr, justificationCol, markCol } from './layout.js';
import { documentWords } from '../../wording/catalog.js';
import { allowedMarks, levelsText, type SheetCtx } from './reference-sheets.js';
import { WEIGHT_FMT, finishSheet, styleComputed, styleHeader, styleHelp, styleInput, styleText, styleTitle } from './styles.js';

/** A sheet name quoted for formulas ('Critères'!D7): always quoted, which is valid for every name. */
export const q = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
/** A text literal for formulas. */
export const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * Justifications are wrapped in their cell and the rows are tall enough for about six lines of 36 characters: a
 * reasoned justification (two or three sentences) stays readable on screen and in print, where a spreadsheet does
 * not grow a row whose height is set.
 */
const JUSTIFICATION_WIDTH = 36;
const MARK_ROW_HEIGHT = 90;

/** Bidders per printed page: the sheet prints at MARKS_PRINT_SCALE with a column break after every third pair. */
export const BIDDERS_PER_PAGE = 3;
const MARKS_PRINT_SCALE = 60;
/** Columns after which the Marks sheet breaks to a new printed page (exceljs cannot write them: see grid-workbook). */
export const marksColumnBreaks = (bidders: number): number[] =>
  Array.from({ length: Math.ceil(bidders / BIDDERS_PER_PAGE) - 1 }, (_, i) => justificationCol((i + 1) * BIDDERS_PER_PAGE - 1));

/** "Évaluateur [      ]  Date [      ]": unlocked input cells, the date as a date (validated, shown as a date). */
function addSignatureCells(ws: Worksheet, ctx: SheetCtx): void {
  const w = ctx.words ?? documentWords(ctx.layout.lang);
  const label = (col: number, text: string): void => {
    const c = ws.getCell(MARKS_SIGNATURE.row, col);
    c.value = text;
    c.font = { bold: true };
    c.alignment = { horizontal: 'right', vertical: 'top' };
  };
  label(MARKS_SIGNATURE.evaluatorLabelCol, w.t('xlsx.evaluator'));
  label(MARKS_SIGNATURE.dateLabelCol, w.t('xlsx.evaluationDate'));
  const who = ws.getCell(MARKS_SIGNATURE.row, MARKS_SIGNATURE.evaluatorCol);
  styleInput(who);
  who.dataValidation = { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [200], showInputMessage: true, promptTitle: w.t('xlsx.evaluator'), prompt: w.t('xlsx.evaluatorPrompt') };
  const when = ws.getCell(MARKS_SIGNATURE.row, MARKS_SIGNATURE.dateCol);
  styleInput(when, 'center');
  when.numFmt = ctx.layout.lang === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
  // Any day from 2000 on: a date typed as text or a number out of range is refused by the spreadsheet.
  when.dataValidation = { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))], showErrorMessage: true, errorStyle: 'stop' };
}

/**
 * The Marks sheet, the committee's main input: one row per sub-criterion, one (mark, justification) column pair per
 * bidder. Bidder names are typed once, in row MARKS.nameRow; the other sheets show them by formula.
 */
export async function addMarksSheet(wb: Workbook, ctx: SheetCtx): Promise<void> {
  const { grid, layout, t } = ctx;
  const ws = wb.addWorksheet(layout.sheets.marks);
  const lastCol = justificationCol(layout.bidders - 1);
  ws.columns = [
    { width: 6 },
    { width: 38 },
    { width: 8 },
    { width: 16, hidden: true },
    ...Array.from({ length: layout.bidders }, () => [{ width: 10 }, { width: JUSTIFICATION_WIDTH }]).flat(),
  ];

  ws.mergeCells(MARKS.titleRow, 1, MARKS.titleRow, Math.min(lastCol, 12));
  styleTitle(Object.assign(ws.getCell(MARKS.titleRow, 1), { value: `${layout.sheets.marks} — ${ctx.title} (${ctx.reference})` }));
  // The help text keeps the first columns; the evaluator and the date are typed beside it.
  ws.mergeCells(MARKS.helpRow, 1, MARKS.helpRow, MARKS_SIGNATURE.helpLastCol);
  styleHelp(Object.assign(ws.getCell(MARKS.helpRow, 1), { value: t.marksHelp }));
  addSignatureCells(ws, ctx);
  // 6 + 38 + 8 characters of 9 pt help text per line.
  ws.getRow(MARKS.helpRow).height = Math.max(30, Math.ceil(t.marksHelp.length / 58) * 12 + 6);

  // Bidder names: one merged, unlocked cell over each column pair.
  const nameLabel = ws.getCell(MARKS.nameRow, MARKS.colLabel);
  nameLabel.value = t.bidderNameHere;
  nameLabel.font = { bold: true };
  nameLabel.alignment = { horizontal: 'right', vertical: 'middle' };
  for (let k = 0; k < layout.bidders; k++) {
    ws.mergeCells(MARKS.nameRow, markCol(k), MARKS.nameRow, justificationCol(k));
    const c = ws.getCell(MARKS.nameRow, markCol(k));
    styleInput(c, 'center');
    c.font = { bold: true };
  }
  ws.getRow(MARKS.nameRow).height = 22;

  const headers = [t.number, t.subCriterion, t.points, t.id];
  headers.forEach((h, i) => styleHeader(Object.assign(ws.getCell(MARKS.headerRow, i + 1), { value: h })));
  for (let k = 0; k < layout.bidders; k++) {
    styleHeader(Object.assign(ws.getCell(MARKS.headerRow, markCol(k)), { value: t.mark(grid.scale.max) }));
    styleHeader(Object.assign(ws.getCell(MARKS.headerRow, justificationCol(k)), { value: t.justification }));
  }
  ws.getRow(MARKS.headerRow).height = 30;

  const marks = allowedMarks(grid);
  const validation = {
    type: 'list' as const,
    allowBlank: true,
    formulae: [`"${grid.scale.marks.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: t.mark(grid.scale.max),
    error: t.markError(marks),
    showInputMessage: true,
    promptTitle: t.mark(grid.scale.max),
    prompt: t.markPrompt(marks),
  };
  const subs = grid.criteria.flatMap((c) => c.subCriteria);
  for (const s of subs) {
    const place = layout.subRows.find((x) => x.id === s.id)!;
    const row = ws.getRow(place.row);
    styleText(Object.assign(row.getCell(MARKS.colNumber), { value: s.number }));
    styleText(Object.assign(row.getCell(MARKS.colLabel), { value: s.label }));
    // Weights are not retyped: they point at the reference sheet.
    const pts = row.getCell(MARKS.colPoints);
    pts.value = { formula: `${q(layout.sheets.criteria)}!${addr(place.criteriaRow, CRITERIA.colPoints)}`, result: s.weightHundredths / 100 };
    styleComputed(pts, WEIGHT_FMT);
    styleText(Object.assign(row.getCell(MARKS.colId), { value: s.id }));
    const note = `${s.number} ${s.label}\n\n${levelsText(ctx, s.id)}`;
    for (let k = 0; k < layout.bidders; k++) {
      const m = row.getCell(markCol(k));
      styleInput(m, 'center');
      m.dataValidation = validation;
      m.note = { texts: [{ text: note }], editAs: 'absolute' };
      styleInput(row.getCell(justificationCol(k)));
    }
    row.height = MARK_ROW_HEIGHT;
  }

  await finishSheet(ws, {
    frozenRows: MARKS.headerRow,
    frozenCols: MARKS.colPoints,
    printTitleRows: `${MARKS.nameRow}:${MARKS.headerRow}`,
    printTitleCols: 'A:C',
    scale: MARKS_PRINT_SCALE,
  });
}
