import type { Lang } from '../../model/common.js';
import type { Cap } from '../../model/pay.js';
import type { Spec } from '../../model/spec.js';
import { eurosText, parsePeriodKey, type PayStep, type ResolvedPay, type YearSettlement } from '../../pay/index.js';
import type { DocumentKey, DocumentWords } from '../../wording/catalog.js';
import { formatAsTyped, formatMoney } from '../../wording/format.js';
import { b, type Block, type CellInput } from '../document.js';
import type { ReferenceScenario } from './reference-scenario.js';

/**
 * The tables of the CCAP's performance-pay article, built from the resolved pay model (src/pay), never typed:
 * targets per contract year, the scale (band, step, rate, caps), measurement, gain sharing, and the worked example.
 */
export interface PayTableInput {
  readonly spec: Spec;
  readonly pay: ResolvedPay;
  /** The caps as the spec wrote them (euros or % of the annual fixed part), by indicator id. */
  readonly rawCaps: ReadonlyMap<string, { bonus?: Cap; malus?: Cap }>;
  readonly words: DocumentWords;
  readonly example?: { scenario: ReferenceScenario; settlement: YearSettlement };
}

/** Up to this many contract years, the targets get one column per year; beyond, one cell lists them. */
const MAX_YEAR_COLUMNS = 8;

export const money = (cents: number, lang: Lang): string => formatMoney(Number(eurosText(cents)), lang, 2);
export const signedMoney = (cents: number, lang: Lang): string => (cents > 0 ? `+${money(cents, lang)}` : money(cents, lang));

/** A period key (Y1, Y1-Q2, Y1-M03) in the document's words (A1, A1-T2, A1-M03 in French). */
export function periodText(key: string, words: DocumentWords): string {
  const p = parsePeriodKey(key);
  const i = p.kind === 'month' ? String(p.index).padStart(2, '0') : p.index;
  return words.t(`dce.pk.${p.kind}`, { y: p.year, i });
}

export function capText(cap: Cap | undefined, cents: number | undefined, words: DocumentWords, none: DocumentKey): string {
  const lang = words.lang;
  if (!cap && cents === undefined) return words.t(none);
  if (cap?.percent !== undefined) return words.t('dce.capPercent', { percent: formatAsTyped(cap.percent, lang) });
  return money(cents as number, lang);
}

export function payTables(input: PayTableInput): Record<string, () => Block[]> {
  const { spec, pay, words } = input;
  const lang = words.lang;
  const w = (k: DocumentKey, args?: Record<string, string | number>): string => words.t(k, args);
  const n = (x: number): string => formatAsTyped(x, lang);
  const byId = new Map(spec.usage_performance.map((i) => [i.id, i]));
  const label = (id: string): CellInput => ({ runs: [b(byId.get(id)?.label ?? id)], more: [[id]] });
  const unit = (id: string): string => byId.get(id)?.unit ?? '';

  const targets = (): Block[] => {
    const wide = pay.years <= MAX_YEAR_COLUMNS;
    const years = Array.from({ length: pay.years }, (_, y) => y + 1);
    return [
      {
        type: 'table',
        columns: [
          { header: w('dce.col.indicator'), width: 22 },
          { header: w('dce.col.unit'), width: 9 },
          { header: w('dce.col.period'), width: 10 },
          // Wide enough for "175,71" on one line whatever the number of years (the writer normalises the widths).
          ...(wide ? years.map((y) => ({ header: w('dce.year', { n: y }), width: 10, align: 'center' as const })) : [{ header: w('dce.col.target'), width: 60 }]),
        ],
        rows: pay.indicators.map((ind) => [
          label(ind.id),
          unit(ind.id),
          w(`dce.period.${ind.period}`),
          ...(wide ? ind.targets.map(n) : [ind.targets.map((x, y) => `${w('dce.year', { n: y + 1 })} : ${n(x)}`).join(' ; ')]),
        ]),
      },
    ];
  };

  const scale = (): Block[] => [
    {
      type: 'table',
      columns: [
        { header: w('dce.col.indicator'), width: 24 },
        { header: w('dce.col.applies'), width: 12 },
        { header: w('dce.col.band'), width: 10, align: 'center' },
        { header: w('dce.col.step'), width: 9, align: 'center' },
        { header: w('dce.col.rate'), width: 14, align: 'right' },
        { header: w('dce.col.bonusCap'), width: 15, align: 'right' },
        { header: w('dce.col.malusCap'), width: 15, align: 'right' },
      ],
      rows: pay.indicators.map((ind) => {
        const raw = input.rawCaps.get(ind.id) ?? {};
        return [
          label(ind.id),
          ind.scale === 'flat' ? `${w(`dce.applies.${ind.applies}`)} (${w('dce.scale.flat')})` : w(`dce.applies.${ind.applies}`),
          `± ${n(ind.band)} ${unit(ind.id)}`,
          ind.scale === 'flat' ? '—' : `${n(ind.step)} ${unit(ind.id)}`,
          money(ind.rateCents, lang),
          ind.applies === 'malus' ? w('dce.noBonus') : capText(raw.bonus, ind.bonusCapCents, words, 'dce.noCap'),
          ind.applies === 'bonus' ? w('dce.noMalus') : capText(raw.malus, ind.malusCapCents, words, 'dce.noCap'),
        ];
      }),
    },
  ];

  const measure = (): Block[] => {
    const ids = [...pay.indicators.map((i) => i.id), ...pay.gainSharing.map((g) => g.id)];
    return [
      {
        type: 'table',
        columns: [
          { header: w('dce.col.indicator'), width: 26 },
          { header: w('dce.col.method'), width: 34 },
          { header: w('dce.col.source'), width: 25 },
          { header: w('dce.col.frequency'), width: 15 },
        ],
        rows: [...new Set(ids)].map((id) => {
          const i = byId.get(id);
          return [label(id), i?.measurement ?? '—', i?.data_source ?? '—', i?.frequency ?? '—'];
        }),
      },
    ];
  };

  const gain = (): Block[] => [
    {
      type: 'table',
      columns: [
        { header: w('dce.col.indicator'), width: 26 },
        { header: w('dce.col.baseline'), width: 13, align: 'center' },
        { header: w('dce.col.guaranteed'), width: 13, align: 'center' },
        { header: w('dce.col.unitValue'), width: 16, align: 'right' },
        { header: w('dce.col.buyerShare'), width: 16, align: 'center' },
        { header: w('dce.col.shortfall'), width: 16, align: 'center' },
      ],
      rows: pay.gainSharing.map((g) => [
        label(g.id),
        `${n(g.baseline)} ${unit(g.id)}`,
        `${n(g.guaranteed)} ${unit(g.id)}`,
        money(g.unitValueCents, lang),
        `${n(g.buyerShare)} %`,
        `${n(g.shortfallProviderShare)} %`,
      ]),
    },
  ];

  const stepArg = (steps: readonly PayStep[], id: string, period: string, key: string, arg: string): number | undefined => {
    const s = steps.find((x) => x.indicator === id && x.period === period && x.key === key);
    const v = s?.args[arg];
    return typeof v === 'number' ? v : undefined;
  };

  const example = (): Block[] => {
    const ex = input.example;
    if (!ex) return [];
    const s = ex.settlement;
    const rows: CellInput[][] = [];
    for (const ind of s.indicators) {
      for (const [k, p] of ind.periods.entries()) {
        const gap = stepArg(s.steps, ind.id, p.period, 'gap', 'gap');
        // The indicator's name on its first period only, its id on every row.
        rows.push([k === 0 ? label(ind.id) : ind.id, periodText(p.period, words), n(p.target), p.value === undefined ? '—' : n(p.value), gap === undefined ? '—' : n(gap), signedMoney(p.amountCents, lang)]);
      }
      if (ind.periods.length > 1) rows.push([{ runs: [w('dce.example.indicatorSum')], colSpan: 5 }, signedMoney(ind.sumCents, lang)]);
      if (ind.cappedCents !== ind.sumCents) rows.push([{ runs: [w('dce.example.indicatorCap')], colSpan: 5 }, signedMoney(ind.cappedCents, lang)]);
      if (ind.finalCents !== ind.cappedCents) rows.push([{ runs: [w('dce.example.final')], colSpan: 5 }, signedMoney(ind.finalCents, lang)]);
    }
    for (const g of s.gainSharing) {
      for (const p of g.periods) {
        const units = stepArg(s.steps, g.id, p.period, 'gain-gap', 'units');
        const guaranteed = stepArg(s.steps, g.id, p.period, 'gain-gap', 'guaranteed');
        rows.push([label(g.id), periodText(p.period, words), guaranteed === undefined ? '—' : n(guaranteed), p.value === undefined ? '—' : n(p.value), units === undefined ? '—' : n(units), signedMoney(p.providerCents, lang)]);
      }
    }
    return [
      {
        type: 'table',
        columns: [
          { header: w('dce.col.indicator'), width: 30 },
          { header: w('dce.col.period'), width: 11 },
          { header: w('dce.col.target'), width: 12, align: 'center' },
          { header: w('dce.col.value'), width: 13, align: 'center' },
          { header: w('dce.col.gap'), width: 13, align: 'center' },
          { header: w('dce.col.amount'), width: 16, align: 'right' },
        ],
        rows,
      },
    ];
  };

  const exampleTotal = (): Block[] => {
    const ex = input.example;
    if (!ex) return [];
    const s = ex.settlement;
    const gainBuyer = s.gainSharing.reduce((t, g) => t + g.buyerCents, 0);
    const netBefore = s.indicators.reduce((t, i) => t + i.cappedCents, 0);
    const rows: CellInput[][] = [[w('dce.example.netBefore'), signedMoney(netBefore, lang)]];
    if (s.globalCap) rows.push([w('dce.example.globalCap', { side: w(`dce.side.${s.globalCap}`) }), signedMoney(s.bonusMalusCents, lang)]);
    rows.push([w('dce.example.bonusMalus'), signedMoney(s.bonusMalusCents, lang)]);
    if (s.gainSharing.length) {
      rows.push([w('dce.example.gainProvider'), signedMoney(s.gainSharingCents, lang)]);
      rows.push([w('dce.example.gainBuyer'), money(gainBuyer, lang)]);
    }
    rows.push([{ runs: [b(w('dce.example.total'))] }, { runs: [b(signedMoney(s.totalCents, lang))], align: 'right' }]);
    return [{ type: 'table', columns: [{ header: w('dce.col.step.label'), width: 70 }, { header: w('dce.col.amount'), width: 30, align: 'right' }], rows }];
  };

  return { 'pay-targets': targets, 'pay-scale': scale, 'pay-measure': measure, 'pay-gain': gain, 'pay-example': example, 'pay-example-total': exampleTotal };
}
