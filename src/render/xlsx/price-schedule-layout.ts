import type { PriceSchedule } from '../../compose/dce/price-schedule.js';
import { addr, colLetter } from './layout.js';
import { q } from './marks-sheet.js';

/**
 * Where every cell of the price schedule workbook is: the writer puts them there and `score` reads them back from
 * there, so a filled schedule is checked cell by cell (every locked cell, every formula) against the spec.
 */
export const PS = {
  titleRow: 1,
  helpRow: 2,
  headerRow: 4,
  firstLine: 5,
  /** DPGF: code, label, unit, quantity, price (input), amount, scored. */
  dpgf: { code: 1, label: 2, unit: 3, quantity: 4, price: 5, amount: 6, scored: 7 },
  /** BPU: code, label, unit, unit price (input). */
  bpu: { code: 1, label: 2, unit: 3, price: 4 },
  /** PSE: code, label, unit, quantity, price (input), amount, pricing required, added to the scored price if retained. */
  pse: { code: 1, label: 2, unit: 3, quantity: 4, price: 5, amount: 6, required: 7, scored: 8 },
  /** Offer sheet: reference and bidder's name (input) in column B. */
  offer: { referenceRow: 4, bidderRow: 5, headerRow: 7, firstRow: 8, colLabel: 1, colValue: 2 },
} as const;

/** DQE columns: code, label, unit, one quantity per contract year, total quantity, unit price (from the BPU), amount, scored. */
export function dqeCols(years: number) {
  const firstYear = 4;
  const total = firstYear + years;
  return { code: 1, label: 2, unit: 3, firstYear, total, price: total + 1, amount: total + 2, scored: total + 3 };
}

export type OfferRowKey = 'totalDpgf' | 'totalDqe' | 'totalHt' | 'vatRate' | 'vat' | 'totalTtc' | 'scoredHt' | 'scored' | 'hiddenNote' | 'totalPse';

export interface ScheduleLayout {
  /** Does this workbook carry the DQE sheet? (Not the bidders' copy of a hidden DQE.) */
  readonly withDqe: boolean;
  readonly dpgfRow: (i: number) => number;
  readonly dpgfTotalRow: number;
  readonly bpuRow: (i: number) => number;
  readonly dqeRow: (i: number) => number;
  readonly dqeTotalRow: number;
  readonly pseRow: (i: number) => number;
  readonly pseTotalRow: number;
  /** The Offer sheet's rows in order, with each value's formula (or the VAT rate's value). */
  readonly offerRows: readonly { readonly key: OfferRowKey; readonly row: number; readonly formula?: string; readonly value?: number }[];
  /** Formula of a DPGF line's amount, of a DQE line's total quantity, price and amount. */
  readonly dpgfAmount: (i: number) => string;
  readonly dqeTotalQuantity: (i: number) => string;
  readonly dqePrice: (i: number) => string;
  readonly dqeAmount: (i: number) => string;
  readonly pseAmount: (i: number) => string;
  readonly dpgfTotal: string;
  readonly dqeTotal: string;
  readonly pseTotal: string;
  /** The scored-price cell of the Offer sheet ("B15"), when this workbook holds every scored line. */
  readonly scoredCell?: string;
}

export function scheduleLayout(s: PriceSchedule, withDqe: boolean): ScheduleLayout {
  const first = PS.firstLine;
  const d = PS.dpgf;
  const dq = dqeCols(s.years);
  const dpgfRow = (i: number): number => first + i;
  const bpuRow = (i: number): number => first + i;
  const dqeRow = (i: number): number => first + i;
  const dpgfTotalRow = first + s.dpgf.length;
  const dqeTotalRow = first + s.bpu.length;
  const dpgfAmountCell = (i: number): string => `${q(s.sheets.dpgf)}!${addr(dpgfRow(i), d.amount)}`;
  const dqeAmountCell = (i: number): string => `${q(s.sheets.dqe)}!${addr(dqeRow(i), dq.amount)}`;
  const hasDqe = withDqe && s.bpu.length > 0;
  const complete = s.bpu.length === 0 || withDqe;

  const rows: { key: OfferRowKey; formula?: string; value?: number }[] = [];
  const cell = (key: OfferRowKey): string => addr(PS.offer.firstRow + rows.findIndex((r) => r.key === key), PS.offer.colValue);
  const parts: string[] = [];
  if (s.dpgf.length) {
    rows.push({ key: 'totalDpgf', formula: `${q(s.sheets.dpgf)}!${addr(dpgfTotalRow, d.amount)}` });
    parts.push(cell('totalDpgf'));
  }
  if (hasDqe) {
    rows.push({ key: 'totalDqe', formula: `${q(s.sheets.dqe)}!${addr(dqeTotalRow, dq.amount)}` });
    parts.push(cell('totalDqe'));
  }
  if (complete) {
    rows.push({ key: 'totalHt', formula: parts.join('+') });
    rows.push({ key: 'vatRate', value: s.vatPercent / 100 });
    rows.push({ key: 'vat', formula: `ROUND(${cell('totalHt')}*${cell('vatRate')},2)` });
    rows.push({ key: 'totalTtc', formula: `${cell('totalHt')}+${cell('vat')}` });
    const scored = [...s.dpgf.flatMap((l, i) => (l.scored ? [dpgfAmountCell(i)] : [])), ...s.bpu.flatMap((l, i) => (l.scored ? [dqeAmountCell(i)] : []))];
    rows.push({ key: 'scoredHt', formula: scored.join('+') });
    rows.push({ key: 'scored', formula: s.basis === 'TTC' ? `${cell('scoredHt')}+ROUND(${cell('scoredHt')}*${cell('vatRate')},2)` : cell('scoredHt') });
  } else rows.push({ key: 'hiddenNote' });
  // The PSE total comes last, apart from the base offer's totals: the rows above keep their cells (the RC cites the
  // scored-price cell) whether or not the tender has PSE.
  const pseTotalRow = first + s.pse.length;
  if (s.pse.length) rows.push({ key: 'totalPse', formula: `${q(s.sheets.pse)}!${addr(pseTotalRow, PS.pse.amount)}` });

  const yearsRange = (i: number): string => `${addr(dqeRow(i), dq.firstYear)}:${addr(dqeRow(i), dq.total - 1)}`;
  return {
    withDqe: hasDqe,
    dpgfRow,
    dpgfTotalRow,
    bpuRow,
    dqeRow,
    dqeTotalRow,
    pseRow: (i) => first + i,
    pseTotalRow,
    offerRows: rows.map((r, k) => ({ ...r, row: PS.offer.firstRow + k })),
    dpgfAmount: (i) => `ROUND(${addr(dpgfRow(i), d.quantity)}*${addr(dpgfRow(i), d.price)},2)`,
    dqeTotalQuantity: (i) => `SUM(${yearsRange(i)})`,
    dqePrice: (i) => `${q(s.sheets.bpu)}!${addr(bpuRow(i), PS.bpu.price)}`,
    dqeAmount: (i) => `ROUND(${addr(dqeRow(i), dq.total)}*${addr(dqeRow(i), dq.price)},2)`,
    pseAmount: (i) => `ROUND(${addr(first + i, PS.pse.quantity)}*${addr(first + i, PS.pse.price)},2)`,
    pseTotal: s.pse.length ? `SUM(${addr(first, PS.pse.amount)}:${addr(pseTotalRow - 1, PS.pse.amount)})` : '0',
    dpgfTotal: s.dpgf.length ? `SUM(${addr(first, d.amount)}:${addr(dpgfTotalRow - 1, d.amount)})` : '0',
    dqeTotal: s.bpu.length ? `SUM(${addr(first, dq.amount)}:${addr(dqeTotalRow - 1, dq.amount)})` : '0',
    ...(complete ? { scoredCell: cell('scored') } : {}),
  };
}

export { addr, colLetter };
