import type { ScoreResult } from '../model/result.js';
import { num } from '../score/format.js';
import type { ReportKey, ReportText } from '../score/report-text.js';
import { b, p, ul, type Block, type Cell, type Inline } from './document.js';

/** What became of one offer received: ranked, eliminated under a threshold, rejected as abnormally low, or set aside. */
export interface OfferOutcome {
  readonly bidder: string;
  readonly kind: 'ranked' | 'eliminated' | 'rejected' | 'set-aside';
  /** The outcome in a few words, as the report's "Suite donnée" column prints it. */
  readonly outcome: string;
  /** Why, one sentence per ground (each threshold missed is its own). */
  readonly reasons: readonly string[];
}

/**
 * Every offer received and what became of it, ranked first in rank order, then the offers analysed but not ranked,
 * then those set aside before scoring. An eliminated or rejected offer stays in the report with its ground: the
 * record of the procedure must show why it was not retained (R2184-1 and following).
 */
export function offerOutcomes(r: ScoreResult, t: ReportText): OfferOutcome[] {
  const lang = r.meta.lang;
  const regularityReason = (bidder: string): string[] => {
    const reason = r.regularity.find((g) => g.bidder === bidder)?.reason;
    return reason ? [reason] : [];
  };
  const ranked = r.bidders.map((x): OfferOutcome => ({ bidder: x.id, kind: 'ranked', outcome: t('outcome.ranked', { rank: x.rank }), reasons: [t('outcome.reasonRanked', { total: num(x.total, lang) }), ...regularityReason(x.id)] }));
  const eliminated = [...new Set(r.eliminated.map((e) => e.bidder))].map(
    (bidder): OfferOutcome => ({
      bidder,
      kind: 'eliminated',
      outcome: t('outcome.eliminated'),
      reasons: r.eliminated.filter((e) => e.bidder === bidder).map((e) => t('outcome.reasonEliminated', { points: num(e.points, lang), criterion: `${e.number} ${e.label}`, min: num(e.min, lang) })),
    }),
  );
  const rejected = r.setAside.filter((x) => x.ground === 'abnormally-low').map((x): OfferOutcome => ({ bidder: x.bidder, kind: 'rejected', outcome: t('outcome.rejected'), reasons: [t('outcome.reasonRejected', { reason: x.reason || '—' })] }));
  const setAside = r.setAside.filter((x) => x.ground !== 'abnormally-low').map((x): OfferOutcome => ({ bidder: x.bidder, kind: 'set-aside', outcome: t(`status.${x.ground}` as ReportKey), reasons: [t('outcome.setAside', { reason: x.reason ? `${x.reason.replace(/[.\s]+$/, '')}.` : '' }).trim()] }));
  const listed = [...ranked, ...eliminated, ...rejected, ...setAside];
  // An offer in none of the lists (no price and --allow-missing, say) is still an offer received: it is named.
  const others = r.regularity.filter((g) => !listed.some((o) => o.bidder === g.bidder)).map((g): OfferOutcome => ({ bidder: g.bidder, kind: 'set-aside', outcome: t(`status.${g.status}` as ReportKey), reasons: g.reason ? [g.reason] : [] }));
  return [...listed, ...others];
}

/** The report's list of the offers analysed: each offer, its outcome and the reasons, in one table. */
export function offersTable(r: ScoreResult, t: ReportText): Block[] {
  const rows = offerOutcomes(r, t).map((o): Cell[] => {
    const shade = o.kind === 'ranked' ? undefined : 'FDE9D9';
    const [first, ...more] = o.reasons;
    return [{ runs: [b(o.bidder)] }, { runs: [o.outcome], ...(shade ? { shade } : {}) }, { runs: [first ?? '—'], ...(more.length ? { more: more.map((x): Inline[] => [x]) } : {}) }];
  });
  return [p(t('offersIntro')), { type: 'table', columns: [{ header: t('offer'), width: 3 }, { header: t('offerOutcome'), width: 3 }, { header: t('reasons'), width: 7 }], rows }];
}

/** Below the ranking: each offer analysed but not ranked, with its outcome and reasons. */
export function notRankedList(r: ScoreResult, t: ReportText): Block[] {
  const out = offerOutcomes(r, t).filter((o) => o.kind !== 'ranked');
  if (!out.length) return [];
  return [p(b(t('outcome.notRankedList'))), ul(out.map((o) => t('outcome.line', { bidder: o.bidder, outcome: o.outcome, reasons: o.reasons.join(' ') })))];
}
