import type { PriceScheduleSpec } from '../../model/price-schedule.js';
import type { Spec } from '../../model/spec.js';
import { psesOf } from '../../model/pse.js';
import { resolvePay } from '../../pay/index.js';
import type { DocumentKey, DocumentWords } from '../../wording/catalog.js';

/**
 * The price schedule ready to write and to compute: every line of the DPGF and of the BPU/DQE with its code ("F1",
 * "U2"), its quantity and whether it counts in the scored price. One function builds it from the spec, so that the
 * workbook (src/render/xlsx/price-schedule*.ts), the RC's scored-price sentence and `score` read the same lines.
 */
export interface ScheduleLine {
  /** "F1", "F2"… (DPGF) or "U1", "U2"… (BPU/DQE): printed in every sheet and cited by the RC. */
  readonly code: string;
  /** The spec's line id (an each-year line: `<id>-y<k>`). */
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** Total quantity over the contract: what the price is multiplied by. */
  readonly quantity: number;
  /** DQE lines: quantity of each contract year (their sum is `quantity`). */
  readonly perYear?: readonly number[];
  readonly scored: boolean;
}

/** A PSE line (sheet "PSE"): priced apart from the base offer, counted in the scored price only when retained. */
export interface PseLine extends ScheduleLine {
  /** Bidders must price it (an offer that does not is irregular). */
  readonly required: boolean;
  /** Lots it applies to (all when absent). */
  readonly lots?: readonly number[];
  /** An annual price counted for the contract's years, or one lump sum. */
  readonly per: 'year' | 'once';
  readonly description?: string;
  readonly minimumRequirements: readonly string[];
}

export interface PriceSchedule {
  readonly months: number;
  /** Contract years (months ÷ 12 rounded up): the DQE's columns. */
  readonly years: number;
  readonly vatPercent: number;
  readonly basis: 'HT' | 'TTC';
  readonly hiddenDqe: boolean;
  /** True when the spec has no price_schedule block and the lines come from `remuneration`. */
  readonly derived: boolean;
  readonly dpgf: readonly ScheduleLine[];
  readonly bpu: readonly ScheduleLine[];
  /** The PSE this schedule (the tender's, or one lot's) prices, codes "PSE1"…: their own sheet and total. */
  readonly pse: readonly PseLine[];
  /**
   * The reference scenario the performance part is valued on (every paid indicator exactly at its target: no bonus,
   * no malus): one row per indicator with its yearly targets, as the CCAP's table of targets prints them. Absent when
   * no part of the pay is linked to performance.
   */
  readonly scenario?: ScenarioTable;
  /** The price currency (spec `price.currency`): the workbook's money formats and headers. */
  readonly currency: string;
  /** Sheet names in the documents' language. */
  readonly sheets: { readonly offer: string; readonly dpgf: string; readonly bpu: string; readonly dqe: string; readonly pse: string; readonly scenario: string };
}

/** The reference scenario's table, headed like the CCAP's table of targets (Indicateur, Unité, Période, A1, A2…). */
export interface ScenarioTable {
  readonly header: readonly string[];
  /** "Label — id", unit, period, then the target of each contract year. */
  readonly rows: readonly (readonly [string, string, string, ...number[]])[];
}

/** The paid indicators' targets, from the same pay model as the CCAP (src/pay): never typed twice. */
function scenarioOf(spec: Spec, words: DocumentWords): ScenarioTable | undefined {
  const r = spec.remuneration;
  if (r.mechanism === 'none' && r.performance_share === 0) return undefined;
  const { pay } = resolvePay(spec);
  if (!pay || !pay.indicators.length) return undefined;
  const byId = new Map(spec.usage_performance.map((i) => [i.id, i]));
  return {
    header: [words.t('dce.col.indicator'), words.t('dce.col.unit'), words.t('dce.col.period'), ...Array.from({ length: pay.years }, (_, y) => words.t('dce.year', { n: y + 1 }))],
    rows: pay.indicators.map((ind) => [`${byId.get(ind.id)?.label ?? ind.id} — ${ind.id}`, byId.get(ind.id)?.unit ?? '', words.t(`dce.period.${ind.period}`), ...ind.targets] as const),
  };
}

/** Quantities are shown and computed with at most four decimals (a 30-month contract is 2.5 years). */
const q4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * The schedule a spec without a price_schedule block gets: one DPGF line for the annual fixed part, counted for the
 * contract's years, and, when part of the pay is linked to performance, one for the performance part valued on the
 * reference scenario the RC announces (every indicator exactly at its target: no bonus, no malus).
 */
export function defaultPriceSchedule(spec: Spec, words: DocumentWords): PriceScheduleSpec {
  const dpgf: PriceScheduleSpec['dpgf'] = [{ id: 'part-fixe', label: words.t('dce.prices.default.fixed'), per: 'year', scored: true }];
  if (spec.remuneration.performance_share > 0) dpgf.push({ id: 'part-performance', label: words.t('dce.prices.default.performance'), per: 'year', scored: true });
  return { vat_percent: 20, hidden_dqe: false, dpgf, bpu: [] };
}

export function resolvePriceSchedule(spec: Spec, words: DocumentWords): PriceSchedule {
  const block = spec.price_schedule ?? defaultPriceSchedule(spec, words);
  const months = spec.tender.duration_months;
  const years = Math.ceil(months / 12);
  const yearShare = (k: number): number => q4(Math.min(12, months - 12 * (k - 1)) / 12);
  const dpgf: ScheduleLine[] = [];
  for (const l of block.dpgf) {
    if (l.per === 'each-year') {
      for (let k = 1; k <= years; k++) {
        dpgf.push({ code: '', id: `${l.id}-y${k}`, label: words.t('dce.prices.eachYear', { label: l.label, year: k }), unit: words.t('dce.prices.unit.year'), quantity: yearShare(k), scored: l.scored });
      }
    } else {
      dpgf.push({ code: '', id: l.id, label: l.label, unit: words.t(l.per === 'once' ? 'dce.prices.unit.once' : 'dce.prices.unit.year'), quantity: l.per === 'once' ? 1 : q4(months / 12), scored: l.scored });
    }
  }
  const bpu = block.bpu.map((l): ScheduleLine => {
    const perYear = Array.from({ length: years }, (_, k) => l.quantities[Math.min(k, l.quantities.length - 1)]!);
    // Summed on thousandths, as integers: quantities have at most three decimals.
    const quantity = perYear.reduce((s, x) => s + Math.round(x * 1000), 0) / 1000;
    return { code: '', id: l.id, label: l.label, unit: l.unit, quantity, perYear, scored: l.scored };
  });
  const sheet = (k: DocumentKey): string => words.t(k).slice(0, 31);
  const scenario = scenarioOf(spec, words);
  // A PSE priced per year counts the contract's years, like a DPGF line per year; a lump sum counts once.
  const pse = psesOf(spec).map((p): PseLine => ({
    code: p.code,
    id: p.id,
    label: p.title,
    unit: words.t(p.per === 'once' ? 'dce.prices.unit.once' : 'dce.prices.unit.year'),
    quantity: p.per === 'once' ? 1 : q4(months / 12),
    scored: p.scored,
    required: p.required,
    per: p.per,
    minimumRequirements: p.minimum_requirements,
    ...(p.description ? { description: p.description } : {}),
    ...(p.lots ? { lots: p.lots } : {}),
  }));
  return {
    months,
    years,
    vatPercent: block.vat_percent,
    basis: spec.price.basis,
    hiddenDqe: block.hidden_dqe,
    derived: spec.price_schedule === undefined,
    dpgf: dpgf.map((l, k) => ({ ...l, code: `F${k + 1}` })),
    bpu: bpu.map((l, k) => ({ ...l, code: `U${k + 1}` })),
    pse,
    ...(scenario ? { scenario } : {}),
    currency: spec.price.currency,
    sheets: { offer: sheet('dce.prices.sheet.offer'), dpgf: sheet('dce.prices.sheet.dpgf'), bpu: sheet('dce.prices.sheet.bpu'), dqe: sheet('dce.prices.sheet.dqe'), pse: sheet('dce.pse.sheet'), scenario: sheet('dce.pse.sheet.scenario') },
  };
}

/** The piece's file stem by content: DPGF only, BPU/DQE only, or both. */
export function scheduleFile(s: { readonly dpgf: readonly unknown[]; readonly bpu: readonly unknown[] }): string {
  if (!s.bpu.length) return 'DPGF';
  if (!s.dpgf.length) return 'BPU-DQE';
  return 'DPGF-BPU-DQE';
}

/** The file stem from the spec alone (the registry names the piece before composing it). */
export function scheduleFileOf(spec: Spec): string {
  const b = spec.price_schedule;
  return b ? scheduleFile(b) : 'DPGF';
}
