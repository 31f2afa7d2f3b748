import type { Workbook as WorkbookType, Worksheet } from 'exceljs';
import { Workbook } from '../util/exceljs.js';
import { eurosText } from '../pay/index.js';
import { finishSheet, PRICE_FMT, styleComputed, styleHeader, styleHelp, styleText, styleTitle } from '../render/xlsx/styles.js';
import { colLetter } from './table.js';
import { normalizeOoxmlZip } from '../render/zip/normalize.js';
import type { DocumentKey, DocumentWords } from '../wording/catalog.js';
import type { MonitorResult } from './compute.js';

const euros = (cents: number): number => Number(eurosText(cents));

/** Cells of the settlement that a test reads back after LibreOffice recomputed the workbook. */
export interface DecompteCells {
  readonly sheet: string;
  /** Address of the net bonus-malus after the global caps, the gain sharing and the total of the year. */
  readonly bonusMalus: string;
  readonly gainSharing: string;
  readonly total: string;
  /** Address of each period's amount, by `${id}|${period}` (bonus-malus) or `gain|${id}|${period}`. */
  readonly periods: ReadonlyMap<string, string>;
}

/**
 * The settlement of the year as live formulas: each period's gap and amount, each indicator's sum and cap, the
 * global cap, the gain sharing and the total, computed by the spreadsheet from the targets, values and terms laid
 * out beside them, with the same rounding (ROUND is half away from zero, like the TypeScript). Periods the formulas
 * do not compute (missing, contested, excluded) carry the amount the CCAP's rule gives, with their status. After a
 * global cap, each indicator's share of the proportional reduction is written as a value (largest remainder, see
 * src/pay/caps.ts): the net after the cap is still a formula.
 */
export async function renderDecompteXlsx(r: MonitorResult, words: DocumentWords): Promise<Buffer> {
  return (await buildDecompteXlsx(r, words)).bytes;
}

export async function buildDecompteXlsx(r: MonitorResult, words: DocumentWords): Promise<{ bytes: Buffer; cells: DecompteCells }> {
  const w = (k: string, a?: Record<string, string | number>): string => words.t(k as DocumentKey, a);
  const y = r.years[r.years.length - 1]!;
  const s = y.settlement;
  const pay = y.pay;
  const wb: WorkbookType = new Workbook();
  const when = new Date(`${r.lc.contract.award_date}T00:00:00Z`);
  wb.creator = 'efc-tender';
  wb.lastModifiedBy = 'efc-tender';
  wb.title = `${w('mon.decompte.title')} — ${r.lc.contract.spec.reference}`;
  wb.subject = r.lc.contract.spec.reference;
  wb.created = when;
  wb.modified = when;
  wb.calcProperties = { fullCalcOnLoad: true };
  const ws: Worksheet = wb.addWorksheet(w('mon.xlsx.decompteSheet'));
  const periods = new Map<string, string>();
  const head = [
    ['mon.xlsx.d.indicator', 22],
    ['mon.xlsx.d.period', 9],
    ['mon.xlsx.d.direction', 9],
    ['mon.xlsx.d.target', 11],
    ['mon.xlsx.d.value', 11],
    ['mon.xlsx.d.computed', 9],
    ['mon.xlsx.d.fixed', 12],
    ['mon.xlsx.d.band', 9],
    ['mon.xlsx.d.step', 8],
    ['mon.xlsx.d.rate', 12],
    ['mon.xlsx.d.scale', 9],
    ['mon.xlsx.d.applies', 9],
    ['mon.xlsx.d.gap', 11],
    ['mon.xlsx.d.amount', 14],
    ['mon.xlsx.d.status', 14],
  ] as const;
  ws.getCell(1, 1).value = `${w('mon.decompte.title')} — ${r.lc.contract.spec.reference} — ${w('mon.decompte.subtitle', { year: y.year, calendar: '' })}`;
  styleTitle(ws.getCell(1, 1));
  ws.getCell(2, 1).value = w('mon.xlsx.legend');
  styleHelp(ws.getCell(2, 1));
  ws.mergeCells(2, 1, 2, head.length);
  ws.getRow(2).height = 54;
  const H = 4;
  head.forEach(([k, width], i) => {
    const c = ws.getCell(H, i + 1);
    c.value = w(k);
    styleHeader(c);
    ws.getColumn(i + 1).width = width;
  });
  ws.getRow(H).height = 42;
  const col = (n: number): string => colLetter(n - 1);
  let row = H + 1;
  const cappedCells: string[] = [];
  const finalNotes: { row: number; cents: number; formula: string }[] = [];
  const put = (rr: number, c: number, v: unknown, fmt?: string): void => {
    const cell = ws.getCell(rr, c);
    cell.value = v as never;
    if (fmt) styleComputed(cell, fmt);
    else styleText(cell, false);
  };
  for (const ind of s.indicators) {
    const ri = pay.indicators.find((x) => x.id === ind.id)!;
    const first = row;
    for (const pa of ind.periods) {
      const computed = pa.value !== undefined && pa.status !== 'excluded' && pa.status !== 'contested' && pa.status !== 'missing-buyer';
      put(row, 1, ind.id);
      put(row, 2, pa.period);
      put(row, 3, ri.direction === 'increase' ? 1 : -1);
      put(row, 4, pa.target);
      put(row, 5, pa.value ?? null);
      put(row, 6, computed ? 1 : 0);
      put(row, 7, computed ? 0 : euros(pa.amountCents), PRICE_FMT);
      put(row, 8, ri.band);
      put(row, 9, ri.step);
      put(row, 10, euros(ri.rateCents), PRICE_FMT);
      put(row, 11, ri.scale);
      put(row, 12, ri.applies);
      const R = (c: number): string => `${col(c)}${row}`;
      ws.getCell(row, 13).value = { formula: `IF(${R(6)}=1,ROUND(${R(3)}*(${R(5)}-${R(4)}),9),"")` };
      styleComputed(ws.getCell(row, 13), '0.######');
      const side = `OR(${R(12)}="both",AND(${R(12)}="bonus",${R(13)}>0),AND(${R(12)}="malus",${R(13)}<0))`;
      const amount = `IF(${R(11)}="flat",SIGN(${R(13)})*${R(10)},SIGN(${R(13)})*ROUND(${R(10)}*100*ROUND(ABS(${R(13)})-${R(8)},9)/${R(9)},0)/100)`;
      ws.getCell(row, 14).value = { formula: `IF(${R(6)}=1,IF(ABS(${R(13)})<=${R(8)},0,IF(${side},${amount},0)),${R(7)})` };
      styleComputed(ws.getCell(row, 14), PRICE_FMT);
      put(row, 15, w(`mon.status.${pa.status}`));
      periods.set(`${ind.id}|${pa.period}`, R(14));
      row++;
    }
    // Sum, the indicator's caps, and the capped amount.
    const sumRow = row;
    put(row, 1, ind.id);
    put(row, 2, w('mon.xlsx.d.sum'));
    ws.getCell(row, 14).value = { formula: `SUM(${col(14)}${first}:${col(14)}${row - 1})` };
    styleComputed(ws.getCell(row, 14), PRICE_FMT);
    row++;
    put(row, 1, ind.id);
    put(row, 2, w('mon.xlsx.d.capped'));
    put(row, 7, ri.bonusCapCents === undefined ? null : euros(ri.bonusCapCents), PRICE_FMT);
    put(row, 8, ri.malusCapCents === undefined ? null : euros(ri.malusCapCents), PRICE_FMT);
    put(row, 15, w('mon.xlsx.d.capsNote'));
    const sum = `${col(14)}${sumRow}`;
    const bonus = `${col(7)}${row}`;
    const malus = `${col(8)}${row}`;
    ws.getCell(row, 14).value = { formula: `IF(${malus}="",IF(${bonus}="",${sum},MIN(${bonus},${sum})),MAX(-${malus},IF(${bonus}="",${sum},MIN(${bonus},${sum}))))` };
    styleComputed(ws.getCell(row, 14), PRICE_FMT);
    cappedCells.push(`${col(14)}${row}`);
    finalNotes.push({ row, cents: ind.finalCents, formula: `${col(14)}${row}` });
    row++;
  }
  row++;
  const netRow = row;
  put(row, 1, w('mon.xlsx.d.net'));
  ws.getCell(row, 14).value = { formula: cappedCells.length ? `SUM(${cappedCells.join(',')})` : '0' };
  styleComputed(ws.getCell(row, 14), PRICE_FMT);
  row++;
  put(row, 1, w('mon.xlsx.d.global'));
  put(row, 7, pay.bonusCapCents === undefined ? null : euros(pay.bonusCapCents), PRICE_FMT);
  put(row, 8, pay.malusCapCents === undefined ? null : euros(pay.malusCapCents), PRICE_FMT);
  const net = `${col(14)}${netRow}`;
  const gb = `${col(7)}${row}`;
  const gm = `${col(8)}${row}`;
  ws.getCell(row, 14).value = { formula: `IF(${gm}="",IF(${gb}="",${net},MIN(${gb},${net})),MAX(-${gm},IF(${gb}="",${net},MIN(${gb},${net}))))` };
  styleComputed(ws.getCell(row, 14), PRICE_FMT);
  const bonusMalus = `${col(14)}${row}`;
  if (s.globalCap) {
    put(row, 15, w('mon.xlsx.d.globalNote'));
    for (const f of finalNotes) put(f.row, 13, euros(f.cents), PRICE_FMT);
  }
  row += 2;

  // Gain sharing: units beyond the guaranteed level, their value, each side's share.
  const gainCells: string[] = [];
  if (s.gainSharing.length) {
    const gh = ['mon.xlsx.g.indicator', 'mon.xlsx.d.period', 'mon.xlsx.d.direction', 'mon.xlsx.g.guaranteed', 'mon.xlsx.d.value', 'mon.xlsx.d.computed', 'mon.xlsx.g.buyerShare', 'mon.xlsx.g.shortfall', 'mon.xlsx.g.unitValue', 'mon.xlsx.g.units', 'mon.xlsx.g.valueCents', 'mon.xlsx.g.buyer', 'mon.xlsx.d.gap', 'mon.xlsx.g.provider', 'mon.xlsx.d.status'];
    gh.forEach((k, i) => {
      const c = ws.getCell(row, i + 1);
      c.value = w(k);
      styleHeader(c);
    });
    ws.getRow(row).height = 42;
    row++;
    for (const g of s.gainSharing) {
      const rg = pay.gainSharing.find((x) => x.id === g.id)!;
      for (const pa of g.periods) {
        const R = (c: number): string => `${col(c)}${row}`;
        put(row, 1, g.id);
        put(row, 2, pa.period);
        put(row, 3, rg.direction === 'increase' ? 1 : -1);
        put(row, 4, rg.guaranteed);
        put(row, 5, pa.value ?? null);
        put(row, 6, pa.status === 'measured' ? 1 : 0);
        put(row, 7, rg.buyerShare);
        put(row, 8, rg.shortfallProviderShare);
        put(row, 9, euros(rg.unitValueCents), PRICE_FMT);
        ws.getCell(row, 10).value = { formula: `IF(${R(6)}=1,ROUND(${R(3)}*(${R(5)}-${R(4)}),9),0)` };
        styleComputed(ws.getCell(row, 10), '0.######');
        // Value of the units in cents, rounded once, as src/pay/gain.ts does.
        ws.getCell(row, 11).value = { formula: `ROUND(${R(9)}*100*ABS(${R(10)}),0)` };
        styleComputed(ws.getCell(row, 11), '0');
        ws.getCell(row, 14).value = { formula: `IF(${R(10)}>0,ROUND(${R(11)}*(100-${R(7)})/100,0)/100,IF(${R(10)}<0,-ROUND(${R(11)}*${R(8)}/100,0)/100,0))` };
        styleComputed(ws.getCell(row, 14), PRICE_FMT);
        ws.getCell(row, 12).value = { formula: `IF(${R(10)}>0,${R(11)}/100-${R(14)},0)` };
        styleComputed(ws.getCell(row, 12), PRICE_FMT);
        put(row, 15, w(`mon.status.${pa.status}`));
        periods.set(`gain|${g.id}|${pa.period}`, R(14));
        gainCells.push(R(14));
        row++;
      }
    }
    row++;
  }
  put(row, 1, w('mon.row.gainProvider'));
  ws.getCell(row, 14).value = { formula: gainCells.length ? `SUM(${gainCells.join(',')})` : '0' };
  styleComputed(ws.getCell(row, 14), PRICE_FMT);
  const gainSharing = `${col(14)}${row}`;
  row++;
  put(row, 1, w('mon.row.total'));
  ws.getCell(row, 1).font = { bold: true };
  ws.getCell(row, 14).value = { formula: `${bonusMalus}+${gainSharing}` };
  styleComputed(ws.getCell(row, 14), PRICE_FMT);
  ws.getCell(row, 14).font = { bold: true };
  const total = `${col(14)}${row}`;
  await finishSheet(ws, { frozenRows: H, printTitleRows: `${H}:${H}` });
  const raw = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<typeof wb.xlsx.writeBuffer>[0]));
  return { bytes: normalizeOoxmlZip(raw, r.lc.contract.award_date), cells: { sheet: ws.name, bonusMalus, gainSharing, total, periods } };
}
