import { b, h, p, type Block, type CellInput, type DocumentModel } from '../compose/document.js';
import { periodText, signedMoney, money } from '../compose/dce/ccap-pay-tables.js';
import { DEFAULT_VALUE_FAMILIES } from '../model/value-families.js';
import { parsePeriodKey } from '../pay/index.js';
import { isDocumentKey, type DocumentKey, type DocumentWords } from '../wording/catalog.js';
import { formatAsTyped } from '../wording/format.js';
import { trajectoryPng, type TrajectoryPoint } from './chart/trajectory.js';
import type { MonitorResult } from './compute.js';
import { amendmentsBlocks, facts, labelOf, settlementTable, totalsTable, unitOf } from './decompte-document.js';

type W = (k: string, a?: Record<string, string | number>) => string;

/** Where an indicator stands in the settled year, from the gaps the pay core recorded (positive = better than target). */
export type Standing = 'ahead' | 'on-target' | 'behind' | 'unknown';

export interface IndicatorView {
  readonly id: string;
  readonly baseline?: number;
  readonly targets: readonly (number | undefined)[];
  readonly measured: readonly TrajectoryPoint[];
  readonly latest?: number;
  readonly standing: Standing;
  readonly amountCents: number;
  readonly gain: boolean;
}

/** Each followed indicator's trajectory and standing, from the settlements (targets, gaps) and the measurements. */
export function indicatorViews(r: MonitorResult): IndicatorView[] {
  const spec = r.lc.spec.spec;
  const last = r.years[r.years.length - 1]!;
  const ids = [...new Set([...r.lc.pay.indicators.map((i) => i.id), ...r.lc.pay.gainSharing.map((g) => g.id)])];
  return ids.map((id) => {
    const ind = spec.usage_performance.find((i) => i.id === id);
    const gain = r.lc.pay.gainSharing.find((g) => g.id === id);
    const paid = r.lc.pay.indicators.some((i) => i.id === id);
    const targets = Array.from({ length: r.lc.pay.years }, (_, k) => {
      const y = r.years[k];
      if (paid) return y ? (y.commitments[id] as number) : (r.lc.contract.commitments[id]?.[k] ?? undefined);
      return (y?.pay ?? r.lc.pay).gainSharing.find((g) => g.id === id)?.guaranteed;
    });
    const measured = r.measurements
      .filter((m) => m.indicator === id && m.value !== undefined && m.quality !== 'missing' && m.quality !== 'missing-buyer')
      .map((m): TrajectoryPoint => {
        const pk = parsePeriodKey(m.period);
        const x = pk.kind === 'year' ? pk.year : pk.kind === 'quarter' ? pk.year - 1 + pk.index / 4 : pk.year - 1 + pk.index / 12;
        return { x, value: m.value as number, ...(m.quality === 'contested' ? { contested: true } : {}) };
      })
      .filter((pt) => pt.x <= r.year);
    const gaps = last.settlement.steps.filter((s) => s.indicator === id && (s.key === 'gap' || s.key === 'gain-gap')).map((s) => Number(s.key === 'gap' ? s.args.gap : s.args.units));
    const band = r.lc.pay.indicators.find((i) => i.id === id)?.band ?? 0;
    const mean = gaps.length ? gaps.reduce((a, x) => a + x, 0) / gaps.length : undefined;
    const standing: Standing = mean === undefined ? 'unknown' : mean > band ? 'ahead' : mean >= -band ? 'on-target' : 'behind';
    const amountCents = (last.settlement.indicators.find((i) => i.id === id)?.finalCents ?? 0) + (last.settlement.gainSharing.find((g) => g.id === id)?.providerCents ?? 0);
    const counted = measured.filter((m) => !m.contested && m.x > r.year - 1);
    return { id, ...(gain ? { baseline: gain.baseline } : ind?.baseline !== undefined ? { baseline: ind.baseline } : {}), targets, measured, ...(counted.length ? { latest: counted[counted.length - 1]!.value } : {}), standing, amountCents, gain: Boolean(gain) };
  });
}

/** The points the figures raise for the reflexive review, as sentences: what to discuss, not what to conclude. */
export function reviewPoints(r: MonitorResult, views: readonly IndicatorView[], w: W): string[] {
  const out: string[] = [];
  for (const v of views.filter((x) => x.standing === 'behind')) out.push(w('mon.r.point.behind', { label: labelOf(r, v.id) }));
  for (const v of views.filter((x) => x.standing === 'ahead')) out.push(w('mon.r.point.ahead', { label: labelOf(r, v.id) }));
  const q = r.quality.counts;
  if (q.contested) out.push(w('mon.r.point.contested', { n: q.contested }));
  if (q.estimated + q.late) out.push(w('mon.r.point.quality', { estimated: q.estimated, late: q.late }));
  if (r.quality.unreported.length || q.missing) out.push(w('mon.r.point.missing', { n: r.quality.unreported.length + q.missing }));
  const last = r.years[r.years.length - 1]!;
  if (last.settlement.globalCap) out.push(w('mon.r.point.cap', { side: w(`mon.v.${last.settlement.globalCap}`) }));
  if (last.amendments.length) out.push(w('mon.r.point.amendment', { n: last.amendments.length }));
  out.push(w('mon.r.point.effects'));
  return out;
}

/**
 * The steering committee's report of the settled year: a one-page summary for elected officials, each indicator's
 * trajectory against its baseline and targets as a chart, the useful effects by field and by value family, the
 * décompte, the data quality, and the points for the reflexive review.
 */
export function composeCommitteeReport(r: MonitorResult, words: DocumentWords): DocumentModel {
  const lang = r.lang;
  const w: W = (k, a) => words.t(k as DocumentKey, a);
  const n = (x: number): string => formatAsTyped(x, lang);
  const spec = r.lc.spec.spec;
  const c = r.lc.contract;
  const y = r.years[r.years.length - 1]!;
  const s = y.settlement;
  const views = indicatorViews(r);
  const calendar = y.calendarYear !== undefined ? w('mon.decompte.calendar', { year: y.calendarYear }) : '';
  const cumulated = r.years.reduce((t, x) => t + x.settlement.totalCents, 0);
  const buyerGain = s.gainSharing.reduce((t, g) => t + g.buyerCents, 0);

  // Page 1: what an elected official reads — the year's and cumulated pay, then what to discuss; each indicator's
  // standing follows at a glance (a long list of indicators may take it to the next page).
  const standingRows: CellInput[][] = views.map((v) => [
    { runs: [b(labelOf(r, v.id))], more: [[unitOf(r, v.id)]] },
    v.baseline === undefined ? '—' : `${n(v.baseline)}`,
    v.targets[r.year - 1] === undefined ? '—' : n(v.targets[r.year - 1] as number),
    v.latest === undefined ? '—' : n(v.latest),
    { runs: [b(w(`mon.r.standing.${v.standing}`))], align: 'center' },
    { runs: [signedMoney(v.amountCents, lang)], align: 'right' },
  ]);
  const summary: Block[] = [
    { type: 'paragraph', style: 'title', runs: [w('mon.r.title')] },
    { type: 'paragraph', style: 'subtitle', runs: [w('mon.decompte.subtitle', { year: y.year, calendar })] },
    ...facts(r, w).slice(0, 2),
    p(w('mon.r.lead', { total: signedMoney(s.totalCents, lang), cumulated: signedMoney(cumulated, lang), ahead: views.filter((v) => v.standing === 'ahead' || v.standing === 'on-target').length, count: views.length })),
    {
      type: 'table',
      columns: [{ header: w('mon.col.line'), width: 70 }, { header: w('mon.col.amount'), width: 30, align: 'right' }],
      rows: [
        [w('mon.row.bonusMalus'), signedMoney(s.bonusMalusCents, lang)],
        ...(s.gainSharing.length ? [[w('mon.row.gainProvider'), signedMoney(s.gainSharingCents, lang)], [w('mon.r.buyerSaving'), money(buyerGain, lang)]] : []),
        [{ runs: [b(w('mon.row.total'))] }, { runs: [b(signedMoney(s.totalCents, lang))], align: 'right' }],
        [w('mon.row.cumulated'), signedMoney(cumulated, lang)],
      ],
    },
    p(b(w('mon.r.toDiscuss'))),
    { type: 'list', ordered: false, items: reviewPoints(r, views, w).slice(0, 3).map((x) => [x]) },
    {
      type: 'table',
      columns: [
        { header: w('mon.col.indicator'), width: 44 },
        { header: w('mon.r.col.baseline'), width: 10, align: 'center' },
        { header: w('mon.r.col.target'), width: 12, align: 'center' },
        { header: w('mon.r.col.latest'), width: 11, align: 'center' },
        { header: w('mon.r.col.standing'), width: 10, align: 'center' },
        { header: w('mon.col.amount'), width: 13, align: 'right' },
      ],
      rows: standingRows,
    },
    { type: 'pageBreak' },
  ];

  // Trajectories.
  const charts: Block[] = [h(1, w('mon.r.h.trajectories'))];
  for (const v of views) {
    const ind = spec.usage_performance.find((i) => i.id === v.id);
    charts.push(h(2, `${labelOf(r, v.id)} (${unitOf(r, v.id)})`));
    charts.push({
      type: 'image',
      number: views.indexOf(v) + 1,
      png: trajectoryPng({ years: r.lc.pay.years, ...(v.baseline !== undefined ? { baseline: v.baseline } : {}), targets: v.targets, measured: v.measured, ...(ind?.target !== undefined ? { goal: ind.target } : {}), yearPrefix: lang === 'fr' ? 'A' : 'Y', decimal: lang === 'fr' ? ',' : '.' }),
      width: 600,
      height: 276,
      alt: w('mon.r.chartAlt', { label: labelOf(r, v.id) }),
      caption: w(v.gain ? 'mon.r.legendGain' : 'mon.r.legend'),
    });
    const periodsOfV = r.measurements.filter((m) => m.indicator === v.id && parsePeriodKey(m.period).year <= r.year);
    if (periodsOfV.length) {
      charts.push({
        type: 'table',
        columns: [
          { header: w('mon.col.period'), width: 16 },
          { header: w(v.gain ? 'mon.xlsx.g.guaranteed' : 'mon.col.target'), width: 20, align: 'center' },
          { header: w('mon.col.value'), width: 20, align: 'center' },
          { header: w('mon.col.status'), width: 20, align: 'center' },
        ],
        rows: periodsOfV.map((m) => [periodText(m.period, words), (() => { const t = v.targets[parsePeriodKey(m.period).year - 1]; return t === undefined ? '—' : n(t); })(), m.value === undefined ? '—' : n(m.value), w(`mon.status.${m.quality}`)]),
      });
    }
  }

  // Useful effects: the three fields, the externalities, the value families.
  const fields: [string, readonly string[]][] = [
    ['mon.r.field.social', spec.useful_effects.social],
    ['mon.r.field.ecology', spec.useful_effects.ecology],
    ['mon.r.field.economy', spec.useful_effects.economy],
    ['mon.r.field.reduce', spec.externalities.reduce],
    ['mon.r.field.reveal', spec.externalities.reveal],
  ];
  const families = spec.value_families ?? DEFAULT_VALUE_FAMILIES.map((id) => ({ id, indicators: [] as string[], effects: [] as string[] }));
  const familyName = (f: { id: string; label?: string }): string => f.label ?? (isDocumentKey(`mon.family.${f.id}`) ? w(`mon.family.${f.id}`) : f.id);
  const effects: Block[] = [
    h(1, w('mon.r.h.effects')),
    p(w('mon.r.effectsIntro')),
    {
      type: 'table',
      columns: [{ header: w('mon.r.col.field'), width: 25 }, { header: w('mon.r.col.effects'), width: 75 }],
      rows: fields.filter(([, list]) => list.length).map(([k, list]) => [{ runs: [b(w(k))] }, { runs: [list[0]!], more: list.slice(1).map((e) => [e]) }]),
    },
    h(2, w('mon.r.h.families')),
    p(w(spec.value_families ? 'mon.r.familiesIntro' : 'mon.r.familiesDefault')),
    {
      type: 'table',
      columns: [{ header: w('mon.r.col.family'), width: 25 }, { header: w('mon.r.col.indicators'), width: 35 }, { header: w('mon.r.col.effects'), width: 40 }],
      rows: families.map((f) => [
        { runs: [b(familyName(f))] },
        f.indicators.length ? f.indicators.map((id) => { const v = views.find((x) => x.id === id); return v ? `${labelOf(r, id)} : ${w(`mon.r.standing.${v.standing}`)}` : labelOf(r, id); }).join(' ; ') : w('mon.r.toAssign'),
        f.effects.length ? f.effects.join(' ; ') : '—',
      ]),
    },
  ];

  // Data quality.
  const q = r.quality.counts;
  const quality: Block[] = [
    h(1, w('mon.r.h.quality')),
    {
      type: 'table',
      columns: [{ header: w('mon.col.status'), width: 60 }, { header: w('mon.r.col.count'), width: 40, align: 'center' }],
      rows: [
        ...(['ok', 'estimated', 'late', 'contested', 'missing', 'missing-buyer'] as const).map((k) => [w(`mon.status.${k}`), String(q[k])]),
        [w('mon.r.unreported'), String(r.quality.unreported.length)],
      ],
    },
    ...(r.quality.unreported.length ? [p(w('mon.r.unreportedList', { list: r.quality.unreported.map((u) => `${u.indicator} ${periodText(u.period, words)}`).join(', ') }))] : []),
    ...(() => {
      const flagged = r.measurements.filter((m) => (m.quality === 'contested' || m.quality === 'estimated' || m.quality === 'late') && parsePeriodKey(m.period).year <= r.year);
      return flagged.length ? [{ type: 'list' as const, ordered: false, items: flagged.map((m) => [b(`${labelOf(r, m.indicator)}, ${periodText(m.period, words)} : `), `${w(`mon.status.${m.quality}`)}${m.comment ? ` — ${m.comment}` : ''}`]) }] : [];
    })(),
  ];

  const review: Block[] = [h(1, w('mon.r.h.review')), ...(spec.cooperation.governance.reflexive_review ? [p(spec.cooperation.governance.reflexive_review)] : []), { type: 'list', ordered: false, items: reviewPoints(r, views, w).map((x) => [x]) }];

  return {
    meta: { title: `${w('mon.r.title')} — ${c.spec.reference}`, subject: w('mon.decompte.subtitle', { year: y.year, calendar }), creator: w('mon.creator'), date: c.award_date, lang },
    labels: { page: words.t('page'), of: words.t('of'), tocHint: words.t('tocHint') },
    sections: [
      {
        orientation: 'portrait',
        header: w('mon.r.header', { reference: c.spec.reference, year: y.year }),
        blocks: [
          ...summary,
          ...charts,
          ...effects,
          h(1, w('mon.r.h.decompte')),
          totalsTable(r, y, words),
          settlementTable(r, y, words),
          h(2, w('mon.h.amendments')),
          ...amendmentsBlocks(r, y, words),
          ...quality,
          ...review,
        ],
      },
    ],
  };
}
