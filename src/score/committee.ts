import type { Lang } from '../model/common.js';
import type { ConsensusEntry, RegularityEntry, RegularityStatus } from '../model/committee.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Grid } from '../model/grid.js';
import { formatSource } from '../model/marks.js';
import type { MissingMark, OpenItem, ResultMark, ResultRegularity } from '../model/result.js';
import { didYouMean } from '../util/suggest.js';
import { levelOf } from './consolidate.js';
import { mark as fmtMark } from './format.js';
import { message } from './messages.js';

/**
 * The committee's acts applied to the marks, and the report's state.
 *
 * A report is *provisional* while anything is open: an offer whose regularity is not recorded, evaluators apart
 * by more than the allowed spread with no consensus recorded, a sub-criterion without its consensus whole mark and
 * collegial assessment, a price justification asked and not examined, a missing mark. It becomes *final* only when
 * asked (`--final`) and nothing is open; `--final` with open items is refused, every item listed.
 */

/** Problems with the committee files that only the offers can reveal: unknown bidders (with a guess). */
export function checkCommitteeBidders(bidders: readonly string[], regularity: readonly RegularityEntry[], consensus: readonly ConsensusEntry[], lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of [...regularity, ...consensus]) {
    if (bidders.includes(e.bidder)) continue;
    const guess = didYouMean(e.bidder, bidders);
    out.push({
      code: 'unknown-bidder',
      severity: 'error',
      file: e.source.file,
      ...(e.source.line ? { line: e.source.line, col: 1 } : {}),
      message: message('committee-unknown-bidder', lang, { bidder: e.bidder }) + (guess ? message('committee-did-you-mean', lang, { guess }) : ''),
      hint: bidders.join(', '),
    });
  }
  return out;
}

/** Every offer's regularity: what the committee recorded, or "unknown" (an open item). */
export function regularityOf(bidders: readonly string[], entries: readonly RegularityEntry[]): ResultRegularity[] {
  return bidders.map((bidder) => {
    const e = entries.find((x) => x.bidder === bidder);
    return e
      ? { bidder, status: e.status, reason: e.reason, regularised: e.regularised, ...(e.priceJustification ? { priceJustification: e.priceJustification } : {}), source: formatSource(e.source) }
      : { bidder, status: 'unknown', reason: '', regularised: false };
  });
}

/** Offers set aside before scoring: irregular, unacceptable or inappropriate (CCP L2152-1 to L2152-4). */
export const setAsideStatus = (r: ResultRegularity): r is ResultRegularity & { status: Exclude<RegularityStatus, 'regular'> } => r.status !== 'unknown' && r.status !== 'regular';

/**
 * Replace each consolidated mark by the committee's consensus mark where one is recorded. The mark is then settled:
 * whole, agreed by named members, with its collegial assessment; the evaluators' marks stay beside it.
 */
export function applyConsensus(grid: Grid, marks: readonly ResultMark[], consensus: readonly ConsensusEntry[]): ResultMark[] {
  const weight = new Map(grid.criteria.flatMap((c) => c.subCriteria).map((s) => [s.id, s.weightHundredths / 100]));
  return marks.map((m) => {
    const c = consensus.find((x) => x.bidder === m.bidder && x.criterion === m.criterion);
    if (!c) return m;
    return {
      ...m,
      value: c.mark,
      level: levelOf(c.mark, grid.scale.max),
      points: (weight.get(m.criterion) ?? 0) * (c.mark / grid.scale.max),
      needsConsensus: false,
      consensus: { mark: c.mark, agreedBy: c.agreedBy, assessment: c.assessment, source: formatSource(c.source) },
    };
  });
}

export interface OpenItemsInput {
  readonly grid: Grid;
  readonly lang: Lang;
  readonly regularity: readonly ResultRegularity[];
  /** Marks of the offers that are scored (after consensus). */
  readonly marks: readonly ResultMark[];
  readonly missing: readonly MissingMark[];
  /** Bidders asked to justify their price. */
  readonly toQuestion: readonly string[];
}

/** What keeps the report provisional, in the order the committee deals with it. */
export function openItems(input: OpenItemsInput): OpenItem[] {
  const { lang, grid } = input;
  const sub = new Map(grid.criteria.flatMap((c) => c.subCriteria).map((s) => [s.id, `${s.number} ${s.label}`]));
  const name = (id: string): string => sub.get(id) ?? id;
  const out: OpenItem[] = [];
  for (const r of input.regularity) {
    if (r.status === 'unknown') out.push({ kind: 'regularity', bidder: r.bidder, message: message('open-regularity', lang, { bidder: r.bidder }) });
  }
  for (const m of input.missing) {
    out.push({ kind: 'missing-mark', bidder: m.bidder, criterion: m.criterion, evaluator: m.evaluator, message: message('open-missing-mark', lang, { evaluator: m.evaluator, bidder: m.bidder, criterion: name(m.criterion) }) });
  }
  for (const m of input.marks) {
    if (m.consensus || !m.needsConsensus) continue;
    const marks = m.byEvaluator.map((e) => `${e.evaluator} ${fmtMark(e.mark, lang)}`).join(', ');
    out.push({ kind: 'consensus', bidder: m.bidder, criterion: m.criterion, message: message('open-consensus', lang, { bidder: m.bidder, criterion: name(m.criterion), marks }) });
  }
  // The other marks still lack their recorded whole mark and collegial assessment: one item per offer, listing them.
  const unsettled = new Map<string, string[]>();
  for (const m of input.marks) {
    if (m.consensus || m.needsConsensus) continue;
    (unsettled.get(m.bidder) ?? unsettled.set(m.bidder, []).get(m.bidder)!).push(m.criterion);
  }
  for (const [bidder, subs] of unsettled) {
    out.push({ kind: 'consensus-mark', bidder, criteria: subs, message: message('open-consensus-mark', lang, { bidder, criteria: subs.map((id) => grid.criteria.flatMap((c) => c.subCriteria).find((s) => s.id === id)?.number ?? id).join(', ') }) });
  }
  for (const b of input.toQuestion) {
    const r = input.regularity.find((x) => x.bidder === b);
    if (r?.priceJustification === 'accepted' || r?.priceJustification === 'rejected') continue;
    out.push({ kind: 'price-justification', bidder: b, message: message('open-price-justification', lang, { bidder: b }) });
  }
  return out;
}
