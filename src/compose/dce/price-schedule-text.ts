import { carriesDqe } from '../../render/xlsx/price-schedule-workbook.js';
import { scheduleLayout } from '../../render/xlsx/price-schedule-layout.js';
import { formatShort } from '../../wording/format.js';
import type { DocumentWords } from '../../wording/catalog.js';
import { endSentence } from '../templates.js';
import type { Spec } from '../../model/spec.js';
import { resolvePriceSchedule, type PriceSchedule, type PseLine, type ScheduleLine } from './price-schedule.js';

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

/** Codes joined for a sentence: "PSE1", "PSE1 et PSE2", "PSE1, PSE2 et PSE3". */
export function codeList(codes: readonly string[], words: DocumentWords): string {
  if (codes.length < 2) return codes.join('');
  return words.t('dce.prices.rc.both', { a: codes.slice(0, -1).join(', '), b: codes[codes.length - 1]! });
}

/** The piece that holds the price schedule, as the RC cites it. */
export interface PriceSchedulePiece {
  readonly title: string;
  /** "06" */
  readonly number: string;
}

export interface ScoredPriceInput {
  readonly basis: 'HT' | 'TTC';
  readonly months: number;
  readonly optionalTranches: boolean;
  readonly performanceShare: number;
  /** The schedule's lines, when the price schedule is a piece of the tender file (with its citation). */
  readonly schedule?: PriceSchedule;
  readonly piece?: PriceSchedulePiece;
  /** The PSE the price concerns (the schedule's, or the spec's when there is no schedule piece). */
  readonly pse: readonly PseLine[];
  readonly pseSheet: string;
}

/**
 * The scored price's definition, sentence by sentence: the same words in the RC (article « Prix noté ») and on the
 * scoring grid's price sheet, so the committee scores the price the bidders were told about. Which total (HT or TTC,
 * over how many months, tranches), which piece and lines, the performance part on the reference scenario, how PSE
 * are counted, and that an offer without that price is irregular.
 */
export function scoredPriceDefinition(x: ScoredPriceInput, words: DocumentWords): string[] {
  const piece = x.piece ? words.t('dce.price.def.piece', { title: lowerFirst(x.piece.title), number: x.piece.number }) : '';
  const out = [words.t('dce.price.def.total', { basis: words.t(`dce.price.def.basis.${x.basis}`), months: x.months, tranches: x.optionalTranches ? words.t('dce.price.def.tranches') : '', piece })];
  if (x.performanceShare > 0) out.push(words.t('dce.price.def.performance'));
  if (x.schedule && x.piece) {
    const t = scoredPriceText(x.schedule, words);
    out.push(t.sum, ...(t.hidden ? [t.hidden] : []), ...(t.excluded ? [t.excluded] : []));
  }
  if (x.pse.length) {
    const scored = x.pse.filter((p) => p.scored).map((p) => p.code);
    const not = x.pse.filter((p) => !p.scored).map((p) => p.code);
    if (!scored.length) out.push(words.t('dce.price.def.pse.none', { sheet: x.pseSheet }));
    else {
      out.push(words.t('dce.price.def.pse.scored', { sheet: x.pseSheet, basis: words.t(`dce.price.def.basis.${x.basis}`), codes: codeList(scored, words) }));
      if (not.length) out.push(words.t('dce.price.def.pse.notScored', { codes: codeList(not, words) }));
    }
  }
  out.push(words.t('dce.price.def.missing'));
  return out;
}

/**
 * The scored price's definition for a spec (the whole tender's for the RC, a lot's view for that lot's grid), citing
 * the price schedule piece when the tender file has one: what the RC prints and the grid's price sheet repeats.
 */
export function scoredPriceDefinitionOf(spec: Spec, words: DocumentWords, piece?: PriceSchedulePiece, schedule: PriceSchedule = resolvePriceSchedule(spec, words)): string[] {
  return scoredPriceDefinition(
    {
      basis: spec.price.basis,
      months: spec.tender.duration_months,
      optionalTranches: spec.consultation.tranches.some((x) => x.kind === 'optional'),
      performanceShare: spec.remuneration.performance_share,
      pse: schedule.pse,
      pseSheet: schedule.sheets.pse,
      ...(piece ? { schedule, piece } : {}),
    },
    words,
  );
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** One PSE as the RC describes it: its line ("PSE1 — title"), then what it is, its lots, pricing and scoring. */
export interface PseText {
  readonly code: string;
  readonly item: string;
  readonly details: string;
  readonly minimum?: string;
}

export function pseTexts(pse: readonly PseLine[], s: { readonly sheet: string; readonly hasLots: boolean }, words: DocumentWords): PseText[] {
  return pse.map((p) => {
    const d: string[] = [];
    const desc = p.description;
    if (desc) d.push(endSentence(desc.charAt(0).toUpperCase() + desc.slice(1)));
    if (s.hasLots) d.push(!p.lots ? words.t('dce.pse.rc.lots.all') : words.t(p.lots.length === 1 ? 'dce.pse.rc.lots.one' : 'dce.pse.rc.lots.other', { lots: codeList(p.lots.map(String), words) }));
    d.push(words.t(p.required ? 'dce.pse.rc.required' : 'dce.pse.rc.optional'));
    d.push(p.per === 'once' ? words.t('dce.pse.rc.per.once', { code: p.code, sheet: s.sheet }) : words.t('dce.pse.rc.per.year', { code: p.code, sheet: s.sheet, years: formatShort(p.quantity, words.lang, 4) }));
    d.push(words.t(p.scored ? 'dce.pse.rc.scored' : 'dce.pse.rc.notScored'));
    const min = p.minimumRequirements;
    const sep = words.lang === 'fr' ? ' ; ' : '; ';
    return { code: p.code, item: words.t('dce.pse.rc.item', { code: p.code, title: p.label }), details: d.join(' '), ...(min.length ? { minimum: words.t('dce.pse.rc.minimum', { list: min.map((m) => m.replace(/[.;\s]+$/u, '')).join(sep) }) } : {}) };
  });
}
