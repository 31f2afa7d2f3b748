import { b, h, p, type Block, type CellInput, type DocumentModel } from '../compose/document.js';
import { money, periodText, signedMoney } from '../compose/dce/ccap-pay-tables.js';
import type { PayStep } from '../pay/index.js';
import { isDocumentKey, type DocumentKey, type DocumentWords } from '../wording/catalog.js';
import { formatAsTyped, formatDate } from '../wording/format.js';
import type { MonitorResult, YearResult } from './compute.js';

type W = (k: string, args?: Record<string, string | number>) => string;

/** One step of the computation in words: amounts (`*_cents`) as money, numbers as typed, codes through `mon.v.*`. */
export function stepText(s: PayStep, words: DocumentWords): string {
  const lang = words.lang;
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(s.args)) {
    if (typeof v === 'number') args[k] = k.endsWith('_cents') ? (k === 'rate_cents' || k === 'cap_cents' || k === 'unit_value_cents' ? money(v, lang) : signedMoney(v, lang)) : formatAsTyped(v, lang);
    else args[k] = wordOr(words, `mon.v.${v}`, v);
  }
  return wordOr(words, `mon.step.${s.key}`, s.key, args);
}

/** A word of the catalog, or the code itself when the catalog has none (a reason typed by the buyer, a date). */
const wordOr = (words: DocumentWords, key: string, fallback: string, args?: Record<string, string | number>): string =>
  isDocumentKey(key) ? words.t(key, args) : fallback;

export const labelOf = (r: MonitorResult, id: string): string => r.lc.spec.spec.usage_performance.find((i) => i.id === id)?.label ?? id;
export const unitOf = (r: MonitorResult, id: string): string => r.lc.spec.spec.usage_performance.find((i) => i.id === id)?.unit ?? '';

/** The title block shared by the décompte and the report. */
export function facts(r: MonitorResult, w: W): Block[] {
  const c = r.lc.contract;
  const lang = r.lang;
  return [p(b(w('mon.fact.reference')), c.spec.reference), p(b(w('mon.fact.bidder')), c.bidder), p(b(w('mon.fact.award')), formatDate(c.award_date, lang))];
}

/** The table of one year's periods, indicator by indicator, with the sums, caps and totals. */
export function settlementTable(r: MonitorResult, y: YearResult, words: DocumentWords): Block {
  const lang = r.lang;
  const w: W = (k, a) => words.t(k as DocumentKey, a);
  const n = (x: number): string => formatAsTyped(x, lang);
  const s = y.settlement;
  const arg = (id: string, period: string, key: string, name: string): number | undefined => {
    const v = s.steps.find((x) => x.indicator === id && x.period === period && x.key === key)?.args[name];
    return typeof v === 'number' ? v : undefined;
  };
  const rows: CellInput[][] = [];
  for (const ind of s.indicators) {
    ind.periods.forEach((pa, k) => {
      const gap = arg(ind.id, pa.period, 'gap', 'gap');
      rows.push([k === 0 ? { runs: [b(labelOf(r, ind.id))], more: [[ind.id]] } : ind.id, periodText(pa.period, words), n(pa.target), pa.value === undefined ? '—' : n(pa.value), w(`mon.status.${pa.status}`), gap === undefined ? '—' : n(gap), signedMoney(pa.amountCents, lang)]);
    });
    rows.push([{ runs: [w('mon.row.indicatorFinal')], colSpan: 6 }, { runs: [b(signedMoney(ind.finalCents, lang))], align: 'right' }]);
  }
  for (const g of s.gainSharing) {
    g.periods.forEach((pa, k) => {
      const guaranteed = arg(g.id, pa.period, 'gain-gap', 'guaranteed');
      const units = arg(g.id, pa.period, 'gain-gap', 'units');
      rows.push([k === 0 ? { runs: [b(labelOf(r, g.id))], more: [[g.id]] } : g.id, periodText(pa.period, words), guaranteed === undefined ? '—' : n(guaranteed), pa.value === undefined ? '—' : n(pa.value), w(`mon.status.${pa.status}`), units === undefined ? '—' : n(units), signedMoney(pa.providerCents, lang)]);
    });
  }
  return {
    type: 'table',
    columns: [
      { header: w('mon.col.indicator'), width: 26 },
      { header: w('mon.col.period'), width: 10 },
      { header: w('mon.col.target'), width: 12, align: 'center' },
      { header: w('mon.col.value'), width: 12, align: 'center' },
      { header: w('mon.col.status'), width: 12, align: 'center' },
      { header: w('mon.col.gap'), width: 12, align: 'center' },
      { header: w('mon.col.amount'), width: 16, align: 'right' },
    ],
    rows,
  };
}

export function totalsTable(r: MonitorResult, y: YearResult, words: DocumentWords): Block {
  const lang = r.lang;
  const w: W = (k, a) => words.t(k as DocumentKey, a);
  const s = y.settlement;
  const rows: CellInput[][] = [[w('mon.row.bonusMalus'), signedMoney(s.bonusMalusCents, lang)]];
  if (s.gainSharing.length) {
    rows.push([w('mon.row.gainProvider'), signedMoney(s.gainSharingCents, lang)]);
    rows.push([w('mon.row.gainBuyer'), money(s.gainSharing.reduce((t, g) => t + g.buyerCents, 0), lang)]);
  }
  rows.push([{ runs: [b(w('mon.row.total'))] }, { runs: [b(signedMoney(s.totalCents, lang))], align: 'right' }]);
  const cumulated = r.years.filter((x) => x.year <= y.year).reduce((t, x) => t + x.settlement.totalCents, 0);
  if (y.year > 1) rows.push([w('mon.row.cumulated'), signedMoney(cumulated, lang)]);
  return { type: 'table', columns: [{ header: w('mon.col.line'), width: 70 }, { header: w('mon.col.amount'), width: 30, align: 'right' }], rows };
}

export function amendmentsBlocks(r: MonitorResult, y: YearResult, words: DocumentWords): Block[] {
  const lang = r.lang;
  const w: W = (k, a) => words.t(k as DocumentKey, a);
  const n = (x: number): string => formatAsTyped(x, lang);
  const rows: CellInput[][] = y.amendments.map((a) => [
    formatDate(a.date, lang),
    a.indicator,
    a.baseline !== undefined ? w('mon.amendment.baseline', { value: n(a.baseline), year: a.from_year }) : w('mon.amendment.targets', { values: (a.targets ?? []).map(n).join(' ; '), year: a.from_year }),
    a.reason,
  ]);
  for (const e of r.lc.contract.events.filter((e) => e.periods.some((k) => k.startsWith(`Y${y.year}`)))) {
    rows.push([formatDate(e.recorded_on, lang), (e.indicators ?? ['*']).join(', '), w('mon.event', { kind: w(`mon.v.${e.kind}`), periods: e.periods.map((k) => periodText(k, words)).join(', ') }), e.reason]);
  }
  if (!rows.length) return [p(w('mon.none'))];
  return [
    {
      type: 'table',
      columns: [
        { header: w('mon.col.date.amendment'), width: 14 },
        { header: w('mon.col.indicator'), width: 20 },
        { header: w('mon.col.what'), width: 30 },
        { header: w('mon.col.reason'), width: 36 },
      ],
      rows,
    },
  ];
}

/** The décompte of the settled year: summary, every period, every step in words, amendments, the measurements read. */
export function composeDecompte(r: MonitorResult, words: DocumentWords): DocumentModel {
  const lang = r.lang;
  const w: W = (k, a) => words.t(k as DocumentKey, a);
  const y = r.years[r.years.length - 1]!;
  const c = r.lc.contract;
  const calendar = y.calendarYear !== undefined ? w('mon.decompte.calendar', { year: y.calendarYear }) : '';
  const steps: Block[] = [];
  const ids = [...new Set(y.settlement.steps.map((s) => s.indicator).filter((x): x is string => x !== undefined))];
  for (const id of ids) {
    steps.push(h(3, `${labelOf(r, id)} (${id})`, false));
    // Consecutive steps of one period make one item, in the order computed: the year's target, each period, the sum.
    const groups: { period: string; list: PayStep[] }[] = [];
    for (const s of y.settlement.steps.filter((x) => x.indicator === id)) {
      const last = groups[groups.length - 1];
      if (last && last.period === (s.period ?? '')) last.list.push(s);
      else groups.push({ period: s.period ?? '', list: [s] });
    }
    steps.push({ type: 'list', ordered: false, items: groups.map(({ period, list }) => [b(`${periodText(period, words)}${lang === 'fr' ? ' : ' : ': '}`), list.map((s) => stepText(s, words)).join(' ')]) });
  }
  steps.push({ type: 'list', ordered: false, items: y.settlement.steps.filter((s) => s.indicator === undefined).map((s) => [stepText(s, words)]) });
  const used = r.measurements.filter((m) => m.period === `Y${y.year}` || m.period.startsWith(`Y${y.year}-`));
  const measures: Block = {
    type: 'table',
    columns: [
      { header: w('mon.col.indicator'), width: 20 },
      { header: w('mon.col.period'), width: 9 },
      { header: w('mon.col.value'), width: 11, align: 'center' },
      { header: w('mon.col.status'), width: 11 },
      { header: w('mon.col.source'), width: 19 },
      { header: w('mon.col.date'), width: 11 },
      { header: w('mon.col.from'), width: 19 },
    ],
    rows: used.map((m) => [m.indicator, periodText(m.period, words), m.value === undefined ? '—' : `${formatAsTyped(m.value, lang)} ${unitOf(r, m.indicator)}`, w(`mon.status.${m.quality}`), m.source ?? '—', m.date ? formatDate(m.date, lang) : '—', m.from.split(/[\\/]/).pop() ?? m.from]),
  };
  return {
    meta: { title: `${w('mon.decompte.title')} — ${c.spec.reference}`, subject: w('mon.decompte.subtitle', { year: y.year, calendar }), creator: w('mon.creator'), date: c.award_date, lang },
    labels: { page: words.t('page'), of: words.t('of'), tocHint: words.t('tocHint') },
    sections: [
      {
        orientation: 'portrait',
        header: w('mon.decompte.header', { reference: c.spec.reference, year: y.year }),
        blocks: [
          { type: 'paragraph', style: 'title', runs: [w('mon.decompte.title')] },
          { type: 'paragraph', style: 'subtitle', runs: [w('mon.decompte.subtitle', { year: y.year, calendar })] },
          ...facts(r, w),
          p(w('mon.decompte.intro', { year: y.year })),
          { type: 'paragraph', style: 'note', runs: [w('mon.decompte.rounding')] },
          h(1, w('mon.h.summary')),
          totalsTable(r, y, words),
          h(1, w('mon.h.indicators')),
          settlementTable(r, y, words),
          h(2, w('mon.h.steps')),
          ...steps,
          h(1, w('mon.h.amendments')),
          ...amendmentsBlocks(r, y, words),
          h(1, w('mon.h.measurements')),
          measures,
          p(w('mon.decompte.review', { days: y.pay.settlement.review_days })),
        ],
      },
    ],
  };
}
