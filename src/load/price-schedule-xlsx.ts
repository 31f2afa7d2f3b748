import { basename } from 'node:path';
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import type { PriceSchedule } from '../compose/dce/price-schedule.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import { PS, addr, dqeCols, scheduleLayout, type ScheduleLayout } from '../render/xlsx/price-schedule-layout.js';
import { computeSchedule, type ScheduleComputation } from '../score/price-schedule.js';
import type { DocumentWords } from '../wording/catalog.js';
import { formatNumber, formatShort } from '../wording/format.js';
import { evalArithmetic } from './formula.js';
import { loadMessage, type LoadMessageCode } from './messages.js';
import { readNumber } from './number.js';
import { readCheckedXlsx } from './xlsx-guard.js';
import { cellValue } from './xlsx-cell.js';

/** Where a price was typed: for the report and for messages. */
export interface PriceCellSource {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
}

/** One bidder's filled price schedule, read and recomputed. */
export interface FilledSchedule {
  readonly bidder: string;
  readonly file: string;
  /** Where the bidder's name was read, or undefined when it is the file name. */
  readonly bidderCell?: string;
  readonly prices: Readonly<Record<string, number>>;
  readonly sources: Readonly<Record<string, PriceCellSource>>;
  readonly computation: ScheduleComputation;
}

export interface ReadScheduleOptions {
  readonly reference: string;
  readonly lang: Lang;
  /** The words of the spec's language: the labels a locked cell must still hold. */
  readonly words: DocumentWords;
}

const isFormula = (c: Cell): boolean => typeof c.value === 'object' && c.value !== null && ('formula' in c.value || 'sharedFormula' in c.value);
/** Formulas as Excel, LibreOffice, exceljs and openpyxl write them: no "=", no "$", no quotes, no spaces, upper case. */
const normFormula = (f: string): string => f.replace(/^=/, '').replace(/[\s$']/g, '').toUpperCase();
/** Cents compared to the cent: a cached value within half a cent is the same amount. */
const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) < 0.005 + 1e-9 * Math.abs(b);

/**
 * Read a bidder's filled price schedule (piece 06) written by LibreOffice, Excel, exceljs or openpyxl. Every locked
 * cell is checked against the spec (codes, labels, units, quantities, VAT rate, formulas); the prices are read as
 * typed (a text cell through the one number reader, plain arithmetic recomputed, any other formula refused); the
 * scored price is recomputed from them and the spec's quantities (a hidden DQE's included); a cached total that
 * disagrees with the computation is an error with its sheet and cell. Every problem of the file is reported at once.
 */
export async function readFilledSchedule(file: string, s: PriceSchedule, opts: ReadScheduleOptions): Promise<{ schedule?: FilledSchedule; problems: Diagnostic[] }> {
  const { lang } = opts;
  const problems: Diagnostic[] = [];
  /** A located problem; `hint` is a catalog key, or a hint already worded (the number reader's). */
  const at = (sheet: string, cell: string, code: LoadMessageCode, args: Record<string, string | number> = {}, hint?: { key: LoadMessageCode } | { text: string }): void => {
    const message = loadMessage('ps-at', { sheet, cell, message: loadMessage(code, args, lang) }, lang);
    const worded = hint === undefined ? undefined : 'key' in hint ? loadMessage(hint.key, {}, lang) : hint.text;
    problems.push({ code, severity: 'error', file, message, path: [sheet, cell], ...(worded ? { hint: worded } : {}) });
  };
  const { Workbook: WorkbookClass } = await import('../util/exceljs.js');
  const wb: Workbook = new WorkbookClass();
  try {
    await wb.xlsx.load(readCheckedXlsx(file, lang) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    if (e instanceof InputError) return { problems: [...e.diagnostics] };
    return { problems: [{ code: 'xlsx-unreadable', severity: 'error', file, message: loadMessage('xlsx-unreadable', { file }, lang) }] };
  }
  const names = wb.worksheets.map((w) => w.name);
  const offer = wb.getWorksheet(s.sheets.offer);
  const dpgf = s.dpgf.length ? wb.getWorksheet(s.sheets.dpgf) : undefined;
  const bpu = s.bpu.length ? wb.getWorksheet(s.sheets.bpu) : undefined;
  const dqe = s.bpu.length ? wb.getWorksheet(s.sheets.dqe) : undefined;
  // The bidders' copy of a hidden DQE has no DQE sheet; the buyer's copy has one, and is read the same way.
  if (!offer || (s.dpgf.length && !dpgf) || (s.bpu.length && !bpu) || (s.bpu.length && !s.hiddenDqe && !dqe)) {
    return { problems: [{ code: 'ps-not-a-schedule', severity: 'error', file, message: loadMessage('ps-not-a-schedule', { file, sheets: names.join(', ') }, lang), hint: loadMessage('ps-not-a-schedule.hint', {}, lang) }] };
  }
  const layout = scheduleLayout(s, dqe !== undefined);
  const o = PS.offer;
  const ref = String(cellValue(offer.getCell(o.referenceRow, o.colValue).value) ?? '').trim();
  if (ref !== opts.reference) {
    at(offer.name, addr(o.referenceRow, o.colValue), 'ps-other-tender', { found: ref || '∅', expected: opts.reference });
    return { problems };
  }

  // Locked cells: what the writer put there must still be there.
  const shown = (v: string | number | null): string => (v === null ? '∅' : typeof v === 'number' ? formatShort(v, lang, 4) : v);
  const expectText = (ws: Worksheet, row: number, col: number, want: string): void => {
    const got = cellValue(ws.getCell(row, col).value);
    if (String(got ?? '').trim() !== want) at(ws.name, addr(row, col), 'ps-locked-changed', { expected: want, found: shown(got) }, { key: 'ps-locked-changed.hint' });
  };
  const expectNumber = (ws: Worksheet, row: number, col: number, want: number): void => {
    const c = ws.getCell(row, col);
    const got = cellValue(c.value);
    if (isFormula(c) || typeof got !== 'number' || Math.abs(got - want) > 1e-9 * Math.max(1, Math.abs(want))) at(ws.name, addr(row, col), 'ps-locked-changed', { expected: shown(want), found: isFormula(c) ? `=${c.formula}` : shown(got) }, { key: 'ps-locked-changed.hint' });
  };
  const expectFormula = (ws: Worksheet, row: number, col: number, want: string): void => {
    const c = ws.getCell(row, col);
    const got = isFormula(c) ? c.formula ?? '' : undefined;
    if (got === undefined || normFormula(got) !== normFormula(want)) at(ws.name, addr(row, col), 'ps-locked-changed', { expected: `=${want}`, found: got === undefined ? shown(cellValue(c.value)) : `=${got}` }, { key: 'ps-locked-changed.hint' });
  };
  const yesNo = (scored: boolean): string => opts.words.t(scored ? 'dce.prices.yes' : 'dce.prices.no');
  const d = PS.dpgf;
  const dq = dqeCols(s.years);
  if (dpgf) {
    s.dpgf.forEach((l, i) => {
      const row = layout.dpgfRow(i);
      expectText(dpgf, row, d.code, l.code);
      expectText(dpgf, row, d.label, l.label);
      expectText(dpgf, row, d.unit, l.unit);
      expectNumber(dpgf, row, d.quantity, l.quantity);
      expectFormula(dpgf, row, d.amount, layout.dpgfAmount(i));
      expectText(dpgf, row, d.scored, yesNo(l.scored));
    });
    expectFormula(dpgf, layout.dpgfTotalRow, d.amount, layout.dpgfTotal);
  }
  if (bpu) {
    s.bpu.forEach((l, i) => {
      const row = layout.bpuRow(i);
      expectText(bpu, row, PS.bpu.code, l.code);
      expectText(bpu, row, PS.bpu.label, l.label);
      expectText(bpu, row, PS.bpu.unit, l.unit);
    });
  }
  if (dqe) {
    s.bpu.forEach((l, i) => {
      const row = layout.dqeRow(i);
      expectText(dqe, row, dq.code, l.code);
      expectText(dqe, row, dq.label, l.label);
      expectText(dqe, row, dq.unit, l.unit);
      l.perYear!.forEach((x, k) => expectNumber(dqe, row, dq.firstYear + k, x));
      expectFormula(dqe, row, dq.total, layout.dqeTotalQuantity(i));
      expectFormula(dqe, row, dq.price, layout.dqePrice(i));
      expectFormula(dqe, row, dq.amount, layout.dqeAmount(i));
      expectText(dqe, row, dq.scored, yesNo(l.scored));
    });
    expectFormula(dqe, layout.dqeTotalRow, dq.amount, layout.dqeTotal);
  }
  for (const r of layout.offerRows) {
    if (r.key === 'vatRate') expectNumber(offer, r.row, o.colValue, r.value!);
    else if (r.formula) expectFormula(offer, r.row, o.colValue, r.formula);
  }

  // Prices: every one typed, a number, zero or more.
  const prices: Record<string, number> = {};
  const sources: Record<string, PriceCellSource> = {};
  const readPrice = (ws: Worksheet, row: number, col: number, code: string): void => {
    const c = ws.getCell(row, col);
    const cell = addr(row, col);
    let value: number | undefined;
    if (isFormula(c)) {
      value = evalArithmetic(c.formula ?? '');
      if (value === undefined) return at(ws.name, cell, 'ps-price-formula', { code, formula: `=${c.formula ?? ''}` });
    } else {
      const v = cellValue(c.value);
      if (v === null || (typeof v === 'string' && v.trim() === '')) return at(ws.name, cell, 'ps-price-empty', { code });
      if (typeof v === 'number') value = v;
      else {
        const r = readNumber(v, { locale: lang, lang });
        if (!r.ok) return at(ws.name, cell, 'ps-price-not-number', { code, detail: r.message }, r.hint ? { text: r.hint } : undefined);
        value = r.value;
      }
    }
    if (!Number.isFinite(value)) return at(ws.name, cell, 'ps-price-not-number', { code, detail: String(value) });
    if (value < 0) return at(ws.name, cell, 'ps-price-negative', { code, value: shown(value) });
    prices[code] = value;
    sources[code] = { file, sheet: ws.name, cell };
  };
  if (dpgf) s.dpgf.forEach((l, i) => readPrice(dpgf, layout.dpgfRow(i), d.price, l.code));
  if (bpu) s.bpu.forEach((l, i) => readPrice(bpu, layout.bpuRow(i), PS.bpu.price, l.code));
  if (problems.length) return { problems };

  const computation = computeSchedule(s, prices);
  checkCached(offer, dpgf, dqe, s, layout, computation, at, (x) => formatNumber(x, lang, 2));
  if (problems.length) return { problems };
  const typed = String(cellValue(offer.getCell(o.bidderRow, o.colValue).value) ?? '').trim();
  const bidder = typed || basename(file).replace(/\.xlsx$/i, '');
  return { schedule: { bidder, file, ...(typed ? { bidderCell: addr(o.bidderRow, o.colValue) } : {}), prices, sources, computation }, problems };
}

/**
 * The values the file's formulas hold (LibreOffice and Excel store them when saving; exceljs and openpyxl do not):
 * each one present must be the computation's, to the cent. A stale total means the file was saved without
 * recalculation or a formula was changed: the bidder's own figure would then differ from the one scored.
 */
function checkCached(
  offer: Worksheet,
  dpgf: Worksheet | undefined,
  dqe: Worksheet | undefined,
  s: PriceSchedule,
  layout: ScheduleLayout,
  c: ScheduleComputation,
  at: (sheet: string, cell: string, code: LoadMessageCode, args?: Record<string, string | number>) => void,
  amount: (x: number) => string,
): void {
  const check = (ws: Worksheet, row: number, col: number, want: number, money = true): void => {
    const cell = ws.getCell(row, col);
    if (!isFormula(cell)) return;
    const got = cellValue(cell.value);
    if (typeof got !== 'number') return; // no cached value: nothing to compare
    if (money ? !sameAmount(got, want) : Math.abs(got - want) > 1e-9 * Math.max(1, Math.abs(want))) at(ws.name, addr(row, col), 'ps-stale-total', { found: money ? amount(got) : String(got), expected: money ? amount(want) : String(want) });
  };
  const eur = (cents: number): number => cents / 100;
  const byCode = new Map(c.lines.map((l) => [l.code, l]));
  if (dpgf) {
    s.dpgf.forEach((l, i) => check(dpgf, layout.dpgfRow(i), PS.dpgf.amount, eur(byCode.get(l.code)!.amountCents)));
    check(dpgf, layout.dpgfTotalRow, PS.dpgf.amount, eur(c.dpgfCents));
  }
  if (dqe) {
    const dq = dqeCols(s.years);
    s.bpu.forEach((l, i) => {
      const line = byCode.get(l.code)!;
      check(dqe, layout.dqeRow(i), dq.total, l.quantity, false);
      check(dqe, layout.dqeRow(i), dq.price, line.price, false);
      check(dqe, layout.dqeRow(i), dq.amount, eur(line.amountCents));
    });
    check(dqe, layout.dqeTotalRow, dq.amount, eur(c.dqeCents));
  }
  const want: Partial<Record<string, number>> = {
    totalDpgf: c.dpgfCents,
    totalDqe: c.dqeCents,
    totalHt: c.totalHtCents,
    vat: c.vatCents,
    totalTtc: c.totalTtcCents,
    scoredHt: c.scoredHtCents,
    scored: c.scoredCents,
  };
  for (const r of layout.offerRows) {
    const w = want[r.key];
    if (w !== undefined && r.formula) check(offer, r.row, PS.offer.colValue, eur(w));
  }
}
