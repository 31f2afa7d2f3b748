import { carriesDqe } from '../../render/xlsx/price-schedule-workbook.js';
import { scheduleLayout } from '../../render/xlsx/price-schedule-layout.js';
import { formatShort } from '../../wording/format.js';
import type { DocumentWords } from '../../wording/catalog.js';
import type { PriceSchedule, ScheduleLine } from './price-schedule.js';

/**
 * The RC's words on the scored price, read from the same schedule as the workbook and `score`: which lines count
 * (by code and sheet), VAT added or not, the cell of the bidders' workbook that shows the result, and — for a hidden
 * DQE — that the unit prices are valued on quantities the buyer keeps.
 */
export interface ScoredPriceText {
  readonly sum: string;
  readonly hidden?: string;
  readonly excluded?: string;
}

export function scoredPriceText(s: PriceSchedule, words: DocumentWords): ScoredPriceText {
  const codes = (ls: readonly ScheduleLine[]): string => ls.map((l) => l.code).join(', ');
  const groups: string[] = [];
  const dpgf = s.dpgf.filter((l) => l.scored);
  const bpu = s.bpu.filter((l) => l.scored);
  if (dpgf.length) groups.push(words.t('dce.prices.rc.lineOf', { codes: codes(dpgf), sheet: s.sheets.dpgf }));
  if (bpu.length) groups.push(words.t('dce.prices.rc.lineOf', { codes: codes(bpu), sheet: s.hiddenDqe ? s.sheets.bpu : s.sheets.dqe }));
  const vat = s.basis === 'TTC' ? words.t('dce.prices.rc.vat', { rate: formatShort(s.vatPercent, words.lang, 2) }) : '';
  const layout = scheduleLayout(s, carriesDqe(s, false));
  const lines = groups.length === 2 ? words.t('dce.prices.rc.both', { a: groups[0]!, b: groups[1]! }) : groups[0]!;
  const sum = layout.scoredCell
    ? words.t('dce.prices.rc.sum', { lines, vat, sheet: s.sheets.offer, cell: layout.scoredCell })
    : words.t('dce.prices.rc.sumHidden', { lines, vat });
  const excluded = [...s.dpgf, ...s.bpu].filter((l) => !l.scored);
  return {
    sum,
    ...(s.hiddenDqe && s.bpu.length ? { hidden: words.t('dce.prices.rc.hidden') } : {}),
    ...(excluded.length ? { excluded: words.t(excluded.length === 1 ? 'dce.prices.rc.excluded.one' : 'dce.prices.rc.excluded.other', { codes: codes(excluded) }) } : {}),
  };
}
