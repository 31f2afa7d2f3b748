import type { TieBreakRule } from '../../model/result.js';
import type { DocumentWords } from '../../wording/catalog.js';
import type { Workbook } from 'exceljs';
import type { Grid } from '../../model/grid.js';
import { priceFormulaOf } from '../../score/price-formulas.js';
import type { XlsxLabels } from './labels.js';
import { CRITERIA, GRID_FORMAT, META_KEYS, META_SHEET, addr, gridCanonical, gridFingerprint, type GridLayout, type MetaKey } from './layout.js';
import { WEIGHT_FMT, finishSheet, fitRowHeight, styleBand, styleHeader, styleHelp, styleText, styleTitle } from './styles.js';

export interface SheetCtx {
  readonly grid: Grid;
  readonly layout: GridLayout;
  readonly t: XlsxLabels;
  readonly title: string;
  readonly reference: string;
  readonly date: string;
  /** The document words (evaluator and date cells, tie-break note); default: the bundled catalog. */
  readonly words?: DocumentWords;
  /** The tie-break announced in the spec, as understood (applied by the Summary sheet's rank). */
  readonly tieBreak?: TieBreakRule;
}

/** "Label : value" in French typography, "Label: value" in English. */
export const colon = (ctx: SheetCtx, label: string, value: string): string => `${label}${ctx.layout.lang === 'fr' ? ' : ' : ': '}${value}`;

export const allowedMarks = (grid: Grid): string => grid.scale.marks.join(', ');

/** Level descriptors, best level first, one per line (the note of each mark cell and the reference sheet). */
export function levelsText(ctx: SheetCtx, subId: string): string {
  const s = ctx.grid.criteria.flatMap((c) => c.subCriteria).find((x) => x.id === subId)!;
  return [...s.levels].reverse().map((l) => ctx.t.levelLine(l.level, l.mark, l.descriptor)).join('\n');
}

/** The Criteria sheet: a locked copy of what the RC announced, which every weight in the workbook refers to. */
export async function addCriteriaSheet(wb: Workbook, ctx: SheetCtx): Promise<void> {
  const { grid, layout, t } = ctx;
  const ws = wb.addWorksheet(layout.sheets.criteria);
  ws.columns = [{ width: 6 }, { width: 16 }, { width: 30 }, { width: 9 }, { width: 38 }, { width: 38 }, { width: 70 }];
  const last = CRITERIA.colLevels;
  const line = (row: number, text: string, style: (c: import('exceljs').Cell) => void, from: number = 1, to: number = last): void => {
    ws.mergeCells(row, from, row, to);
    const c = ws.getCell(row, from);
    c.value = text;
    style(c);
  };
  line(CRITERIA.titleRow, `${t.gridTitle} — ${ctx.title}`, styleTitle);
  line(CRITERIA.infoRow, `${colon(ctx, t.reference, ctx.reference)} — ${colon(ctx, t.date, ctx.date)}`, (c) => (c.font = { bold: true }));
  line(CRITERIA.scaleRow, t.scale, (c) => (c.font = { bold: true }), 1, CRITERIA.colPoints - 1);
  const scale = ws.getCell(CRITERIA.scaleRow, CRITERIA.colPoints);
  scale.value = grid.scale.max;
  styleBand(scale);
  line(CRITERIA.scaleRow, colon(ctx, t.allowedMarks, allowedMarks(grid)), () => undefined, CRITERIA.colQuestion);
  line(CRITERIA.priceRow, t.priceCriterion, (c) => (c.font = { bold: true }), 1, CRITERIA.colPoints - 1);
  const info = grid.price ? priceFormulaOf(grid.price) : undefined;
  const priceText = info && grid.price ? `${info.label[layout.lang]} — ${info.expression[layout.lang]} — ${t.basis[grid.price.basis]}` : t.noPrice;
  line(CRITERIA.priceRow, priceText, (c) => (c.alignment = { wrapText: true }), CRITERIA.colQuestion);
  line(CRITERIA.headerRow - 1, t.criteriaHelp, styleHelp);
  ws.getRow(CRITERIA.priceRow).height = 28;
  ws.getRow(CRITERIA.headerRow).height = 30;

  const headers = [t.number, t.id, `${t.criterion} / ${t.subCriterion}`, t.points, t.question, t.evidence, t.levels];
  headers.forEach((h, i) => styleHeader(Object.assign(ws.getCell(CRITERIA.headerRow, i + 1), { value: h })));

  grid.criteria.forEach((c, ci) => {
    const place = layout.criteria[ci]!;
    const row = ws.getRow(place.criteriaRow);
    row.values = [c.number, c.id, c.label, c.weightHundredths / 100, c.kind === 'price' && info ? info.expression[layout.lang] : c.minPoints !== undefined ? t.threshold(c.minPoints) : '', '', ''];
    for (let col = 1; col <= last; col++) styleBand(row.getCell(col));
    row.getCell(CRITERIA.colPoints).numFmt = WEIGHT_FMT;
    fitRowHeight(ws, place.criteriaRow);
    for (const s of c.subCriteria) {
      const r = ws.getRow(layout.subRows.find((x) => x.id === s.id)!.criteriaRow);
      r.values = [s.number, s.id, s.label, s.weightHundredths / 100, s.minPoints !== undefined ? `${s.question}\n${t.threshold(s.minPoints)}` : s.question, s.evidence.map((e) => `• ${e}`).join('\n'), levelsText(ctx, s.id)];
      for (let col = 1; col <= last; col++) styleText(r.getCell(col));
      r.getCell(CRITERIA.colPoints).numFmt = WEIGHT_FMT;
      fitRowHeight(ws, r.number);
    }
    // A subtotal's weight is the SUM of its children's cells: the sheet shows how the levels add up.
    for (const st of c.subTotals ?? []) {
      const place = layout.subTotalRows.find((x) => x.id === st.id)!;
      const r = ws.getRow(place.criteriaRow);
      r.values = [st.number, st.id, st.label, null, t.subTotalNote(st.childIds.map((id) => [...c.subCriteria, ...(c.subTotals ?? [])].find((x) => x.id === id)!.number).join(', ')), '', ''];
      r.getCell(CRITERIA.colPoints).value = { formula: `SUM(${place.childRows.map((row) => addr(row, CRITERIA.colPoints)).join(',')})`, result: st.weightHundredths / 100 };
      for (let col = 1; col <= last; col++) styleText(r.getCell(col));
      for (const col of [CRITERIA.colNumber, CRITERIA.colLabel, CRITERIA.colPoints]) r.getCell(col).font = { bold: true };
      r.getCell(CRITERIA.colPoints).numFmt = WEIGHT_FMT;
      fitRowHeight(ws, r.number);
    }
  });
  const total = ws.getRow(layout.criteriaTotalRow);
  total.getCell(CRITERIA.colLabel).value = t.total;
  const sum = layout.criteria.map((c) => addr(c.criteriaRow, CRITERIA.colPoints)).join(',');
  total.getCell(CRITERIA.colPoints).value = { formula: `SUM(${sum})`, result: grid.criteria.reduce((s, c) => s + c.weightHundredths, 0) / 100 };
  for (let col = 1; col <= last; col++) styleBand(total.getCell(col));
  total.getCell(CRITERIA.colPoints).numFmt = WEIGHT_FMT;

  await finishSheet(ws, { frozenRows: CRITERIA.headerRow, printTitleRows: `${CRITERIA.headerRow}:${CRITERIA.headerRow}` });
}

/** The hidden metadata sheet: lets `score` check that a filled grid is the one of the spec (see gridFingerprint). */
export async function addMetaSheet(wb: Workbook, ctx: SheetCtx): Promise<void> {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const values: Record<MetaKey, string | number> = {
    format: GRID_FORMAT,
    generator: 'efc-tender',
    reference: ctx.reference,
    lang: ctx.layout.lang,
    bidders: ctx.layout.bidders,
    scale: ctx.grid.scale.max,
    'price-formula': ctx.grid.price?.formula ?? 'none',
    fingerprint: gridFingerprint(ctx.grid, ctx.reference),
    canonical: gridCanonical(ctx.grid, ctx.reference),
  };
  META_KEYS.forEach((k, i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 2).value = values[k];
  });
  await ws.protect('', {});
}
