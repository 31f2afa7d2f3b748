import type { Block, CellInput, DocumentModel } from '../compose/document.js';
import { b, h, p } from '../compose/document.js';
import type { FilledSchedule } from '../load/price-schedule-xlsx.js';
import type { Lang } from '../model/common.js';
import type { DocumentWords } from '../wording/catalog.js';
import { formatMoney, formatShort } from '../wording/format.js';
import { eur } from './format.js';

/**
 * How each scored price was computed from the bidder's price schedule, shown in the report and on the terminal:
 * one table per bidder (line, quantity, unit price, amount HT; the lines that do not count are listed, marked),
 * then the total HT of the lines counted, the VAT when the basis is TTC, and the scored price.
 */
export interface ScheduleRowText {
  readonly line: string;
  readonly quantity: string;
  readonly unitPrice: string;
  readonly amount: string;
  readonly counted: boolean;
}

export interface ScheduleTable {
  readonly bidder: string;
  readonly file: string;
  readonly rows: readonly ScheduleRowText[];
  /** [label, amount]: total HT of the lines counted, VAT (TTC only), scored price. */
  readonly totals: readonly (readonly [string, string])[];
}

/** A unit price shown with the decimals it was typed with (0.0325 €/kg), two at least, four at most. */
const priceDecimals = (x: number): number => {
  const frac = String(x).split('.')[1] ?? '';
  return Math.min(4, Math.max(2, /e/i.test(String(x)) ? 4 : frac.length));
};

export function scheduleTables(filled: readonly FilledSchedule[], words: DocumentWords): ScheduleTable[] {
  const lang: Lang = words.lang;
  const qty = (x: number): string => formatShort(x, lang, 4);
  return filled.map((f) => {
    const c = f.computation;
    const totals: [string, string][] = [[words.t('report.prices.scoredHt'), eur(c.scoredHtCents / 100, lang)]];
    if (c.basis === 'TTC') totals.push([words.t('report.prices.vat', { rate: formatShort(c.vatPercent, lang, 2) }), eur(c.scoredVatCents / 100, lang)]);
    totals.push([words.t('report.prices.scored', { basis: c.basis }), eur(c.scoredCents / 100, lang)]);
    return {
      bidder: f.bidder,
      file: f.file,
      rows: c.lines.map((l) => ({
        line: `${l.code} ${l.label}${l.scored ? '' : ` (${words.t('report.prices.notCounted')})`}`,
        quantity: `${qty(l.quantity)} ${l.unit}`,
        unitPrice: formatMoney(l.price, lang, priceDecimals(l.price)),
        amount: eur(l.amountCents / 100, lang),
        counted: l.scored,
      })),
      totals,
    };
  });
}

/** The report's annex: one table per bidder. */
export function scheduleBlocks(tables: readonly ScheduleTable[], words: DocumentWords): Block[] {
  const blocks: Block[] = [h(1, words.t('report.prices.title'), false), p(words.t('report.prices.intro'))];
  for (const tb of tables) {
    blocks.push(h(2, tb.bidder, false));
    blocks.push({
      type: 'table',
      columns: [
        { header: words.t('report.prices.col.line'), width: 46 },
        { header: words.t('report.prices.col.quantity'), width: 18, align: 'right' },
        { header: words.t('report.prices.col.unitPrice'), width: 18, align: 'right' },
        { header: words.t('report.prices.col.amount'), width: 18, align: 'right' },
      ],
      rows: [
        ...tb.rows.map((r): CellInput[] => [r.line, r.quantity, r.unitPrice, r.amount]),
        ...tb.totals.map(([label, amount], k, all): CellInput[] => (k === all.length - 1 ? [{ runs: [b(label)] }, '', '', { runs: [b(amount)] }] : [label, '', '', amount])),
      ],
    });
    blocks.push({ type: 'paragraph', style: 'note', runs: [words.t('report.prices.source', { file: tb.file })] });
  }
  return blocks;
}

/** The report with the annex added as its last section, under the report's own running header. */
export function withScheduleAnnex(doc: DocumentModel, tables: readonly ScheduleTable[], words: DocumentWords): DocumentModel {
  const header = doc.sections.find((s) => s.header)?.header;
  return { ...doc, sections: [...doc.sections, { orientation: 'portrait', ...(header ? { header } : {}), blocks: scheduleBlocks(tables, words) }] };
}

/** The same tables as terminal text: columns padded, amounts right-aligned. */
export function scheduleText(tables: readonly ScheduleTable[], words: DocumentWords): string {
  const lines: string[] = [words.t('report.prices.title')];
  for (const tb of tables) {
    lines.push('', tb.bidder);
    const rows = tb.rows.map((r) => [r.line, r.quantity, r.unitPrice, r.amount]);
    const head = [words.t('report.prices.col.line'), words.t('report.prices.col.quantity'), words.t('report.prices.col.unitPrice'), words.t('report.prices.col.amount')];
    const all = [head, ...rows, ...tb.totals.map(([l, a]) => [l, '', '', a])];
    const width = (k: number): number => Math.max(...all.map((r) => r[k]!.length));
    const w0 = Math.min(64, width(0));
    // A long label is cut in its middle: its end often says which year the line is.
    const cut = (x: string): string => (x.length > w0 ? `${x.slice(0, w0 - 22)}…${x.slice(-21)}` : x.padEnd(w0));
    for (const r of all) lines.push(`  ${cut(r[0]!)}  ${r[1]!.padStart(width(1))}  ${r[2]!.padStart(width(2))}  ${r[3]!.padStart(width(3))}`);
  }
  return lines.join('\n') + '\n';
}
