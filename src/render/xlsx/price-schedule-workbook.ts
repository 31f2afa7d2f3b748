import type { Cell, Workbook as WorkbookType, Worksheet } from 'exceljs';
import type { PriceSchedule, ScheduleLine } from '../../compose/dce/price-schedule.js';
import type { DocumentWords } from '../../wording/catalog.js';
import { Workbook } from '../../util/exceljs.js';
import { normalizeOoxmlZip } from '../zip/normalize.js';
import { PS, dqeCols, scheduleLayout, type OfferRowKey, type ScheduleLayout } from './price-schedule-layout.js';
import { scheduleFormats, type ScheduleFormats } from './price-schedule-formats.js';
import { finishSheet, fitRowHeight, styleComputed, styleHeader, styleHelp, styleInput, styleText, styleTitle } from './styles.js';
import { currencySymbol } from '../../wording/format.js';

export interface PriceScheduleXlsxContext {
  readonly title: string;
  readonly reference: string;
  /** The spec's document date: workbook dates, never the clock. */
  readonly date: string;
  /** The piece's name as the RC lists it. */
  readonly pieceTitle: string;
  readonly words: DocumentWords;
  /** The buyer's copy: the DQE sheet even when it is hidden from the bidders. */
  readonly internal: boolean;
}

/** Whether a workbook of this schedule carries the DQE sheet. */
export const carriesDqe = (s: PriceSchedule, internal: boolean): boolean => s.bpu.length > 0 && (internal || !s.hiddenDqe);

/**
 * The price schedule workbook (piece 06): Offer (bidder's name, totals HT, VAT, TTC, the scored price as the RC
 * defines it, the PSE total apart), DPGF, BPU, DQE and PSE. Only the bidder's name and the prices are editable (sheet protection, numbers ≥ 0
 * by data validation); every quantity, total and formula is locked. Same inputs → same bytes.
 */
export async function renderPriceScheduleXlsx(s: PriceSchedule, ctx: PriceScheduleXlsxContext): Promise<Buffer> {
  const layout = scheduleLayout(s, carriesDqe(s, ctx.internal));
  const wb = new Workbook();
  const when = new Date(`${ctx.date}T00:00:00Z`);
  wb.creator = 'efc-tender';
  wb.lastModifiedBy = 'efc-tender';
  wb.title = `${ctx.pieceTitle} — ${ctx.title}`;
  wb.subject = ctx.reference;
  wb.created = when;
  wb.modified = when;
  // Formulas are written without cached values: Excel and LibreOffice compute them on opening.
  wb.calcProperties = { fullCalcOnLoad: true };
  await addOfferSheet(wb, s, layout, ctx);
  if (s.dpgf.length) await addDpgfSheet(wb, s, layout, ctx);
  if (s.bpu.length) await addBpuSheet(wb, s, layout, ctx);
  if (layout.withDqe) await addDqeSheet(wb, s, layout, ctx);
  if (s.pse.length) await addPseSheet(wb, s, layout, ctx);
  if (s.scenario) await addScenarioSheet(wb, s, ctx);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const raw = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<typeof wb.xlsx.writeBuffer>[0]));
  // Name the real producer (exceljs says Excel): LibreOffice then recomputes rather than trust cached values.
  return normalizeOoxmlZip(raw, ctx.date, (name, text) => (name === 'docProps/app.xml' ? text().replace(/<Application>[^<]*<\/Application>/, '<Application>efc-tender</Application>') : undefined));
}

const set = (cell: Cell, value: Cell['value']): Cell => Object.assign(cell, { value });
const formatsOf = (s: PriceSchedule, w: DocumentWords): ScheduleFormats => scheduleFormats(w.lang, s.currency);
/** Column headers name the schedule's currency ("Montant HT (€)", "(£)"). */
const col = (w: DocumentWords, s: PriceSchedule, key: string): string => w.t(`dce.prices.col.${key}` as 'dce.prices.col.code').replace('(€)', `(${currencySymbol(s.currency)})`);

function head(ws: Worksheet, title: string, help: string, lastCol: number): void {
  ws.mergeCells(PS.titleRow, 1, PS.titleRow, lastCol);
  styleTitle(set(ws.getCell(PS.titleRow, 1), title));
  // Long tender titles wrap rather than run past the merged cell.
  ws.getCell(PS.titleRow, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(PS.titleRow).height = 40;
  ws.mergeCells(PS.helpRow, 1, PS.helpRow, lastCol);
  styleHelp(set(ws.getCell(PS.helpRow, 1), help));
  ws.getRow(PS.helpRow).height = 42;
}

function headers(ws: Worksheet, row: number, labels: readonly string[]): void {
  labels.forEach((h, k) => styleHeader(set(ws.getCell(row, k + 1), h)));
  ws.getRow(row).height = 32;
}

/** A price the bidder types: unlocked, shaded, a number ≥ 0 only. */
function priceInput(cell: Cell, w: DocumentWords, numFmt: string): void {
  styleInput(cell, 'right');
  cell.numFmt = numFmt;
  cell.dataValidation = {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: w.t('dce.prices.promptTitle'),
    error: w.t('dce.prices.error'),
    showInputMessage: true,
    promptTitle: w.t('dce.prices.promptTitle'),
    prompt: w.t('dce.prices.prompt'),
  };
}

function lineCells(ws: Worksheet, row: number, l: ScheduleLine): void {
  styleText(set(ws.getCell(row, 1), l.code));
  styleText(set(ws.getCell(row, 2), l.label));
  styleText(set(ws.getCell(row, 3), l.unit));
}

const yesNo = (w: DocumentWords, scored: boolean): string => w.t(scored ? 'dce.prices.yes' : 'dce.prices.no');

async function addOfferSheet(wb: WorkbookType, s: PriceSchedule, layout: ScheduleLayout, ctx: PriceScheduleXlsxContext): Promise<void> {
  const w = ctx.words;
  const ws = wb.addWorksheet(s.sheets.offer);
  ws.columns = [{ width: 58 }, { width: 24 }];
  head(ws, `${ctx.pieceTitle} — ${ctx.title}`, w.t('dce.prices.help'), 2);
  // The piece's name and the tender's title on one merged cell: room for three lines.
  ws.getRow(PS.titleRow).height = 58;
  const o = PS.offer;
  styleText(set(ws.getCell(o.referenceRow, o.colLabel), w.t('dce.prices.reference')));
  styleText(set(ws.getCell(o.referenceRow, o.colValue), ctx.reference));
  styleText(set(ws.getCell(o.bidderRow, o.colLabel), w.t('dce.prices.bidder')));
  styleInput(ws.getCell(o.bidderRow, o.colValue));
  headers(ws, o.headerRow, [w.t('dce.prices.col.item'), w.t('dce.prices.col.amount')]);
  const label: Record<OfferRowKey, string> = {
    totalDpgf: w.t('dce.prices.totalDpgf'),
    totalDqe: w.t('dce.prices.totalDqe'),
    totalHt: w.t('dce.prices.totalHt'),
    vatRate: w.t('dce.prices.vatRate'),
    vat: w.t('dce.prices.vat'),
    totalTtc: w.t('dce.prices.totalTtc'),
    scoredHt: w.t('dce.prices.scoredHt'),
    // With PSE the scored cell holds the base solution's price; the RC says how retained PSE are added to it.
    scored: s.pse.length ? w.t('dce.pse.offer.scored', { basis: s.basis }) : w.t('dce.prices.scored', { basis: s.basis }),
    hiddenNote: w.t('dce.prices.hiddenNote'),
    totalPse: w.t('dce.pse.offer.total'),
  };
  const f = formatsOf(s, w);
  for (const r of layout.offerRows) {
    const a = ws.getCell(r.row, o.colLabel);
    styleText(set(a, label[r.key]));
    if (r.key === 'hiddenNote') {
      ws.mergeCells(r.row, 1, r.row, 2);
      fitRowHeight(ws, r.row);
      ws.getRow(r.row).height = 48;
      continue;
    }
    const v = ws.getCell(r.row, o.colValue);
    if (r.key === 'vatRate') styleComputed(set(v, r.value!), f.percent);
    else styleComputed(set(v, { formula: r.formula! }), f.money);
    if (r.key === 'scored') {
      a.font = { bold: true };
      v.font = { bold: true };
    }
    // A long label (the scored price's, with PSE) wraps: the row takes the height it needs rather than overlap.
    fitRowHeight(ws, r.row);
  }
  await finishSheet(ws, { frozenRows: 0 });
  ws.pageSetup.orientation = 'portrait';
}

async function addDpgfSheet(wb: WorkbookType, s: PriceSchedule, layout: ScheduleLayout, ctx: PriceScheduleXlsxContext): Promise<void> {
  const w = ctx.words;
  const ws = wb.addWorksheet(s.sheets.dpgf);
  const c = PS.dpgf;
  ws.columns = [{ width: 6 }, { width: 60 }, { width: 10 }, { width: 11 }, { width: 18 }, { width: 18 }, { width: 12 }];
  head(ws, `${s.sheets.dpgf} — ${ctx.title} (${ctx.reference})`, w.t('dce.prices.help'), 7);
  headers(ws, PS.headerRow, ['code', 'label', 'unit', 'quantity', 'price', 'amount', 'scored'].map((k) => col(w, s, k)));
  const f = formatsOf(s, w);
  s.dpgf.forEach((l, i) => {
    const row = layout.dpgfRow(i);
    pricedLine(ws, row, l, c, layout.dpgfAmount(i), w, f);
    styleText(set(ws.getCell(row, c.scored), yesNo(w, l.scored)));
    fitRowHeight(ws, row);
  });
  await finishLines(ws, w.t('dce.prices.total'), layout.dpgfTotalRow, c, layout.dpgfTotal, f);
}

async function addBpuSheet(wb: WorkbookType, s: PriceSchedule, layout: ScheduleLayout, ctx: PriceScheduleXlsxContext): Promise<void> {
  const w = ctx.words;
  const ws = wb.addWorksheet(s.sheets.bpu);
  ws.columns = [{ width: 6 }, { width: 60 }, { width: 14 }, { width: 20 }];
  head(ws, `${s.sheets.bpu} — ${ctx.title} (${ctx.reference})`, w.t('dce.prices.help'), 4);
  headers(ws, PS.headerRow, ['code', 'label', 'unit', 'unitPrice'].map((k) => col(w, s, k)));
  const f = formatsOf(s, w);
  s.bpu.forEach((l, i) => {
    const row = layout.bpuRow(i);
    lineCells(ws, row, l);
    priceInput(ws.getCell(row, PS.bpu.price), w, f.unitPrice);
    fitRowHeight(ws, row);
  });
  await finishSheet(ws, { frozenRows: PS.headerRow, printTitleRows: `${PS.headerRow}:${PS.headerRow}` });
}

async function addDqeSheet(wb: WorkbookType, s: PriceSchedule, layout: ScheduleLayout, ctx: PriceScheduleXlsxContext): Promise<void> {
  const w = ctx.words;
  const ws = wb.addWorksheet(s.sheets.dqe);
  const c = dqeCols(s.years);
  ws.columns = [{ width: 6 }, { width: 48 }, { width: 12 }, ...Array.from({ length: s.years }, () => ({ width: 11 })), { width: 13 }, { width: 16 }, { width: 18 }, { width: 12 }];
  head(ws, `${s.sheets.dqe} — ${ctx.title} (${ctx.reference})`, w.t('dce.prices.helpDqe'), c.scored);
  headers(ws, PS.headerRow, [
    col(w, s, 'code'),
    col(w, s, 'label'),
    col(w, s, 'unit'),
    ...Array.from({ length: s.years }, (_, k) => w.t('dce.prices.col.year', { year: k + 1 })),
    col(w, s, 'totalQuantity'),
    col(w, s, 'unitPrice'),
    col(w, s, 'amount'),
    col(w, s, 'scored'),
  ]);
  const f = formatsOf(s, w);
  s.bpu.forEach((l, i) => {
    const row = layout.dqeRow(i);
    lineCells(ws, row, l);
    l.perYear!.forEach((qty, k) => styleComputed(set(ws.getCell(row, c.firstYear + k), qty), f.quantity));
    styleComputed(set(ws.getCell(row, c.total), { formula: layout.dqeTotalQuantity(i) }), f.quantity);
    styleComputed(set(ws.getCell(row, c.price), { formula: layout.dqePrice(i) }), f.unitPrice);
    styleComputed(set(ws.getCell(row, c.amount), { formula: layout.dqeAmount(i) }), f.amount);
    styleText(set(ws.getCell(row, c.scored), yesNo(w, l.scored)));
    fitRowHeight(ws, row);
  });
  await finishLines(ws, w.t('dce.prices.total'), layout.dqeTotalRow, c, layout.dqeTotal, f);
}

/** The PSE sheet: one line per PSE of this schedule, priced like a DPGF line, with its own total. */
async function addPseSheet(wb: WorkbookType, s: PriceSchedule, layout: ScheduleLayout, ctx: PriceScheduleXlsxContext): Promise<void> {
  const w = ctx.words;
  const ws = wb.addWorksheet(s.sheets.pse);
  const c = PS.pse;
  ws.columns = [{ width: 7 }, { width: 52 }, { width: 10 }, { width: 10 }, { width: 16 }, { width: 18 }, { width: 12 }, { width: 14 }];
  head(ws, `${s.sheets.pse} — ${ctx.title} (${ctx.reference})`, w.t('dce.pse.help'), 8);
  headers(ws, PS.headerRow, [...['code', 'label', 'unit', 'quantity', 'price', 'amount'].map((k) => col(w, s, k)), w.t('dce.pse.col.required'), w.t('dce.pse.col.scored')]);
  const f = formatsOf(s, w);
  s.pse.forEach((l, i) => {
    const row = layout.pseRow(i);
    pricedLine(ws, row, l, c, layout.pseAmount(i), w, f);
    styleText(set(ws.getCell(row, c.required), yesNo(w, l.required)));
    styleText(set(ws.getCell(row, c.scored), yesNo(w, l.scored)));
    fitRowHeight(ws, row);
  });
  await finishLines(ws, w.t('dce.pse.total'), layout.pseTotalRow, c, layout.pseTotal, f);
}

/**
 * A line priced by the bidder (DPGF, PSE): its code and label, the locked quantity, the price to type and the amount
 * by formula; the sheet adds its own columns after.
 */
function pricedLine(ws: Worksheet, row: number, l: ScheduleLine & { readonly quantity: number }, c: { readonly quantity: number; readonly price: number; readonly amount: number }, amount: string, w: DocumentWords, f: ScheduleFormats): void {
  lineCells(ws, row, l);
  styleComputed(set(ws.getCell(row, c.quantity), l.quantity), f.quantity);
  priceInput(ws.getCell(row, c.price), w, f.price);
  styleComputed(set(ws.getCell(row, c.amount), { formula: amount }), f.amount);
}

/** A sheet of priced lines ends the same way: its total row (label in bold, amount by formula), frozen header, print titles. */
async function finishLines(ws: Worksheet, label: string, row: number, c: { readonly label: number; readonly amount: number }, total: string, f: ScheduleFormats): Promise<void> {
  styleText(set(ws.getCell(row, c.label), label));
  ws.getCell(row, c.label).font = { bold: true };
  styleComputed(set(ws.getCell(row, c.amount), { formula: total }), f.amount);
  ws.getCell(row, c.amount).font = { bold: true };
  await finishSheet(ws, { frozenRows: PS.headerRow, printTitleRows: `${PS.headerRow}:${PS.headerRow}` });
}

/**
 * The reference scenario (locked, for reading): the paid indicators and their yearly targets, headed like the CCAP's
 * table of targets, so a bidder sees on which values the performance line of the DPGF is priced, and the coherence
 * check (src/dce/coherence.ts) finds the same ids and targets here as in the CCAP.
 */
async function addScenarioSheet(wb: WorkbookType, s: PriceSchedule, ctx: PriceScheduleXlsxContext): Promise<void> {
  const w = ctx.words;
  const sc = s.scenario!;
  const ws = wb.addWorksheet(s.sheets.scenario);
  const years = sc.header.length - 3;
  ws.columns = [{ width: 50 }, { width: 12 }, { width: 14 }, ...Array.from({ length: years }, () => ({ width: 10 }))];
  head(ws, `${s.sheets.scenario} — ${ctx.title} (${ctx.reference})`, w.t('dce.pse.help.scenario'), sc.header.length);
  headers(ws, PS.headerRow, sc.header);
  sc.rows.forEach((r, i) => {
    const row = PS.firstLine + i;
    r.forEach((v, k) => {
      const c = set(ws.getCell(row, k + 1), v);
      if (typeof v === 'number') styleComputed(c, formatsOf(s, w).quantity);
      else styleText(c);
    });
    fitRowHeight(ws, row);
  });
  await finishSheet(ws, { frozenRows: PS.headerRow, printTitleRows: `${PS.headerRow}:${PS.headerRow}` });
}
