import type { Lang } from '../model/common.js';
import type { AbnormalMethod, AbnormalRow, AbnormallyLow, Finding } from '../model/result.js';
import { mean } from './consolidate.js';
import { eur, pct } from './format.js';
import { message } from './messages.js';

/**
 * Detection of possibly abnormally low offers (CCP L2152-5). Two methods used in French practice, both documented
 * in the report; an offer flagged by either is on the list of bidders to question. Detection only ever leads to
 * a written request for explanations (L2152-6, R2152-3): the price gap alone never justifies a rejection.
 *
 * (a) mean-of-others: an offer more than `threshold` % below the mean of the OTHER offers (the spec's
 *     price.abnormally_low.threshold_percent, 20 % by default). Comparing with the others' mean keeps a very low
 *     offer from dragging its own reference down.
 * (b) ffb-trimmed-mean (the method of the Fédération française du bâtiment): take the mean of all offers, set
 *     aside those more than 20 % above it, recompute the mean of the rest, flag offers at least 10 % below it.
 */
export const FFB_HIGH_PERCENT = 20;
export const FFB_LOW_PERCENT = 10;

export interface PricedBid {
  readonly bidder: string;
  readonly price: number;
}

// Gaps are rounded to 1e-9 % so that a price exactly at a threshold is judged as written, not as floating point sees it.
const gapOf = (p: number, ref: number): number => Math.round(((p - ref) / ref) * 100 * 1e9) / 1e9;

export function meanOfOthers(bids: readonly PricedBid[], thresholdPercent: number): AbnormalMethod {
  const applicable = bids.length >= 2;
  const rows: AbnormalRow[] = bids.map((b) => {
    const others = bids.filter((o) => o !== b).map((o) => o.price);
    const reference = others.length ? mean(others) : b.price;
    const gapPercent = gapOf(b.price, reference);
    return { bidder: b.bidder, price: b.price, reference, gapPercent, flagged: applicable && gapPercent < -thresholdPercent };
  });
  return { id: 'mean-of-others', thresholdPercent, rows, excluded: [], applicable };
}

export function ffbTrimmedMean(bids: readonly PricedBid[]): AbnormalMethod {
  const applicable = bids.length >= 3;
  const m1 = bids.length ? mean(bids.map((b) => b.price)) : 0;
  const kept = bids.filter((b) => gapOf(b.price, m1) <= FFB_HIGH_PERCENT);
  const m2 = kept.length ? mean(kept.map((b) => b.price)) : m1;
  const rows: AbnormalRow[] = bids.map((b) => {
    const gapPercent = gapOf(b.price, m2);
    return { bidder: b.bidder, price: b.price, reference: m2, gapPercent, flagged: applicable && gapPercent <= -FFB_LOW_PERCENT };
  });
  return { id: 'ffb-trimmed-mean', thresholdPercent: FFB_LOW_PERCENT, rows, excluded: bids.filter((b) => !kept.includes(b)).map((b) => b.bidder), applicable };
}

export function methodLabel(m: Pick<AbnormalMethod, 'id' | 'thresholdPercent'>, lang: Lang): string {
  if (m.id === 'mean-of-others') {
    return lang === 'fr'
      ? `la méthode de l’écart à la moyenne des autres offres (plus de ${pct(m.thresholdPercent, lang, 0)} en dessous)`
      : `the gap to the mean of the other offers (more than ${pct(m.thresholdPercent, lang, 0)} below)`;
  }
  return lang === 'fr'
    ? `la méthode de la moyenne recalculée, dite FFB (offres à ${pct(FFB_LOW_PERCENT, lang, 0)} ou plus sous la moyenne après retrait des offres de plus de ${pct(FFB_HIGH_PERCENT, lang, 0)} au-dessus)`
    : `the recomputed-mean method known as FFB (offers ${pct(FFB_LOW_PERCENT, lang, 0)} or more below the mean once offers more than ${pct(FFB_HIGH_PERCENT, lang, 0)} above it are set aside)`;
}

export function detectAbnormallyLow(
  bids: readonly PricedBid[],
  opts: { readonly thresholdPercent: number; readonly handling: 'justification-request' | 'automatic-exclusion'; readonly lang: Lang },
): { readonly result: AbnormallyLow; readonly findings: Finding[] } {
  const methods = [meanOfOthers(bids, opts.thresholdPercent), ffbTrimmedMean(bids)];
  const toQuestion = bids
    .map((b) => ({ bidder: b.bidder, methods: methods.filter((m) => m.rows.find((r) => r.bidder === b.bidder)?.flagged).map((m) => m.id) }))
    .filter((x) => x.methods.length > 0);
  const findings: Finding[] = toQuestion.map((q) => {
    const price = bids.find((b) => b.bidder === q.bidder)!.price;
    const names = q.methods.map((id) => methodLabel(methods.find((m) => m.id === id)!, opts.lang)).join(opts.lang === 'fr' ? ' et ' : ' and ');
    return { code: 'abnormally-low', severity: 'warning', bidder: q.bidder, message: message('abnormally-low', opts.lang, { bidder: q.bidder, price: eur(price, opts.lang), methods: names }) };
  });
  if (opts.handling === 'automatic-exclusion') {
    findings.push({ code: 'automatic-exclusion-announced', severity: 'warning', message: message('automatic-exclusion-announced', opts.lang) });
  }
  return { result: { methods, toQuestion, handling: opts.handling }, findings };
}
