import type { Workbook as WorkbookType } from 'exceljs';
import { Workbook } from '../util/exceljs.js';
import { periodKey, periodsOfYear, type PeriodRef } from '../pay/index.js';
import { finishSheet, styleHeader, styleInput, styleText } from '../render/xlsx/styles.js';
import { normalizeOoxmlZip } from '../render/zip/normalize.js';
import type { DocumentKey, DocumentWords } from '../wording/catalog.js';
import type { LoadedContract } from './contract.js';

/** The status words offered in the workbook's list, in its language; the reader accepts both languages. */
export const STATUS_WORDS = { fr: ['ok', 'estimé', 'en retard', 'contesté', 'manquant', 'manquant-acheteur'], en: ['ok', 'estimated', 'late', 'contested', 'missing', 'missing-buyer'] } as const;

/** A period key in the workbook's language: A1-T2 in French, Y1-Q2 in English (the reader reads both). */
export const periodCell = (p: PeriodRef, lang: 'fr' | 'en'): string => (lang === 'fr' ? periodKey(p).replace(/^Y/, 'A').replace('-Q', '-T') : periodKey(p));

export interface MeasureRowPlan {
  readonly indicator: string;
  readonly label: string;
  readonly unit: string;
  readonly period: PeriodRef;
  readonly source: string;
}

/** One row per followed indicator and period of every contract year: paid ones at their period, the others yearly. */
export function measureRows(lc: LoadedContract): MeasureRowPlan[] {
  const { pay } = lc;
  const spec = lc.spec.spec;
  const kinds = new Map<string, 'year' | 'quarter' | 'month'>();
  for (const r of [...pay.indicators, ...pay.gainSharing]) if (!kinds.has(r.id)) kinds.set(r.id, r.period);
  const rows: MeasureRowPlan[] = [];
  for (let y = 1; y <= pay.years; y++) {
    for (const ind of spec.usage_performance) {
      for (const p of periodsOfYear(y, kinds.get(ind.id) ?? 'year')) rows.push({ indicator: ind.id, label: ind.label, unit: ind.unit, period: p, source: ind.data_source ?? '' });
    }
  }
  return rows;
}

/**
 * The measurement workbook `monitor init` writes: the header locked, the identity of each row (indicator, label,
 * unit, period) locked, the cells to fill unlocked and shaded with data validation (a number, a date, a status from
 * the list). Deterministic: dated from the award, zip normalised.
 */
export async function renderMeasuresWorkbook(lc: LoadedContract, words: DocumentWords): Promise<{ bytes: Buffer; rows: number }> {
  const lang = words.lang;
  const w = (k: string): string => words.t(k as DocumentKey);
  const wb: WorkbookType = new Workbook();
  const when = new Date(`${lc.contract.award_date}T00:00:00Z`);
  wb.creator = 'efc-tender';
  wb.lastModifiedBy = 'efc-tender';
  wb.title = `${w('mon.xlsx.measuresTitle')} — ${lc.contract.spec.reference}`;
  wb.subject = lc.contract.spec.reference;
  wb.created = when;
  wb.modified = when;
  const ws = wb.addWorksheet(w('mon.xlsx.measuresSheet'));
  const headers: [string, number][] = [
    ['mon.xlsx.h.indicator', 24],
    ['mon.xlsx.h.label', 36],
    ['mon.xlsx.h.unit', 14],
    ['mon.xlsx.h.period', 10],
    ['mon.xlsx.h.value', 12],
    ['mon.xlsx.h.source', 28],
    ['mon.xlsx.h.date', 14],
    ['mon.xlsx.h.status', 16],
    ['mon.xlsx.h.comment', 30],
    ['mon.xlsx.h.adjDegreeDays', 14],
    ['mon.xlsx.h.adjPopulation', 14],
    ['mon.xlsx.h.adjPerimeter', 22],
  ];
  headers.forEach(([k, width], i) => {
    const c = ws.getCell(1, i + 1);
    c.value = w(k);
    styleHeader(c);
    ws.getColumn(i + 1).width = width;
  });
  ws.getRow(1).height = 32;
  const plan = measureRows(lc);
  const statusList = `"${STATUS_WORDS[lang].join(',')}"`;
  plan.forEach((r, k) => {
    const row = k + 2;
    const fixed = [r.indicator, r.label, r.unit, periodCell(r.period, lang)];
    fixed.forEach((v, i) => {
      const c = ws.getCell(row, i + 1);
      c.value = v; // user text is data: always a string cell, never a formula
      styleText(c, false);
    });
    for (let col = 5; col <= headers.length; col++) styleInput(ws.getCell(row, col), col === 5 ? 'right' : 'left');
    ws.getCell(row, 6).value = r.source || null;
    ws.getCell(row, 5).dataValidation = { type: 'decimal', operator: 'between', formulae: [-1e12, 1e12], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: w('mon.xlsx.valueError') };
    ws.getCell(row, 7).dataValidation = { type: 'date', operator: 'greaterThan', formulae: [new Date('2000-01-01T00:00:00Z')], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: w('mon.xlsx.dateError') };
    ws.getCell(row, 7).numFmt = 'yyyy-mm-dd';
    ws.getCell(row, 8).dataValidation = { type: 'list', formulae: [statusList], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: w('mon.xlsx.statusError') };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  await finishSheet(ws, { frozenRows: 1, frozenCols: 1, printTitleRows: '1:1' });
  const help = wb.addWorksheet(w('mon.xlsx.helpSheet'));
  help.getColumn(1).width = 110;
  ['mon.xlsx.help1', 'mon.xlsx.help2', 'mon.xlsx.help3', 'mon.xlsx.help4'].forEach((k, i) => {
    const c = help.getCell(i + 1, 1);
    c.value = w(k);
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  await help.protect('', {});
  const raw = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<typeof wb.xlsx.writeBuffer>[0]));
  return { bytes: normalizeOoxmlZip(raw, lc.contract.award_date), rows: plan.length };
}
