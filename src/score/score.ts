import type { LoadedSpec } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import type { MarksInput } from '../model/marks.js';
import { documentDate } from '../model/spec.js';
import type { ConsensusEntry, RegularityEntry } from '../model/committee.js';
import { defaultNegotiation } from '../model/consultation.js';
import type { Finding, ResultBidder, ScoreResult, SetAside } from '../model/result.js';
import { detectAbnormallyLow } from './abnormally-low.js';
import { applyConsensus, checkCommitteeBidders, openItems, regularityOf, setAsideStatus } from './committee.js';
import { checkMarks } from './checks.js';
import { consolidate } from './consolidate.js';
import { num } from './format.js';
import { message } from './messages.js';
import { parseTieBreak, rankBidders } from './ranking.js';
import { robustness } from './robustness.js';
import { computeTotals, type BidInput } from './totals.js';
import { eliminations } from './thresholds.js';
import { costOf, type CostBreakdown } from './formula-cost.js';
import { componentProblems, componentsOf, hasComponents, offerPricing } from './formula-parts.js';
import { pointsOfUnits, scoredTotal, type ComponentPrices } from '../model/price-parts.js';

export interface ScoreOptions {
  /** Rank even when marks are missing (they are listed; a sub-criterion nobody marked counts as 0). */
  readonly allowMissing?: boolean;
  /** Overrides spec.scoring.spread_levels. */
  readonly spreadLevels?: number;
  /** Overrides the spec's documentDate. */
  readonly date?: string;
  readonly specFile: string;
  readonly pricesFile?: string;
  /** The regularity of the offers (--regularity): offers not regular are set aside before scoring. */
  readonly regularity?: readonly RegularityEntry[];
  readonly regularityFile?: string;
  /** The committee's consensus marks (--consensus): they replace the consolidated marks. */
  readonly consensus?: readonly ConsensusEntry[];
  readonly consensusFile?: string;
  /** Ask for the final report (--final): refused while any item is open. */
  readonly final?: boolean;
}

/** How many missing marks are listed one by one before the error says "and N more". */
const MAX_LISTED = 40;

/**
 * The score pipeline: consolidate → computeTotals (the reference computation shared with the XLSX grid) →
 * ranking and tie-break → checks → abnormally low offers → robustness. Pure: no printing, no files.
 */
export function scoreTender(loaded: LoadedSpec, grid: Grid, input: MarksInput, opts: ScoreOptions): ScoreResult {
  const { spec } = loaded;
  const lang: Lang = grid.lang;
  const spreadLevels = opts.spreadLevels ?? spec.scoring.spread_levels;
  const regEntries = opts.regularity ?? [];
  const consEntries = opts.consensus ?? [];
  const unknown = checkCommitteeBidders(input.bidders, regEntries, consEntries, lang);
  if (unknown.length) throw new InputError(unknown);

  // Regularity comes before any scoring (L2152-1, L2152-2): an offer set aside is neither marked nor ranked.
  const regularity = regularityOf(input.bidders, regEntries);
  const setAside: SetAside[] = regularity.filter(setAsideStatus).map((r) => ({ bidder: r.bidder, ground: r.status, reason: r.reason }));
  const examined = input.bidders.filter((b) => !setAside.some((x) => x.bidder === b));
  const examinedInput = { ...input, bidders: examined, marks: input.marks.filter((m) => examined.includes(m.bidder)) };
  const cons = consolidate(grid, examinedInput, { method: spec.scoring.consolidation, spreadLevels });
  const settled = (bidder: string, criterion: string): boolean => consEntries.some((c) => c.bidder === bidder && c.criterion === criterion);
  const marks = applyConsensus(grid, cons.marks, consEntries);
  // A mark settled in consensus is no longer missing: the committee's whole mark replaces the evaluators'.
  const missing = cons.missing.filter((m) => !settled(m.bidder, m.criterion));
  const values = new Map(examined.map((b) => [b, Object.fromEntries(marks.filter((m) => m.bidder === b && m.value !== null).map((m) => [m.criterion, m.value!]))]));

  const problems: Diagnostic[] = [];
  const subs = grid.criteria.flatMap((c) => c.subCriteria);
  if (input.marks.length === 0 && consEntries.length === 0 && subs.length > 0 && input.bidders.length > 0) {
    // Names and prices only: a ranking on price alone is not an evaluation, whatever --allow-missing says.
    problems.push({ code: 'marks-none', severity: 'error', message: message('marks-none', lang, { files: input.files.join(', ') }) });
  } else if ((missing.length || marks.some((m) => m.value === null)) && !opts.allowMissing) {
    // Each (offer, sub-criterion) nobody marked first, then each evaluator's missing mark.
    const unmarked = marks.filter((m) => m.value === null);
    const listed = [
      ...unmarked.map((m) => message('mark-none-for', lang, { bidder: m.bidder, criterion: subs.find((x) => x.id === m.criterion)?.number ?? m.criterion })),
      ...missing.filter((m) => !unmarked.some((u) => u.bidder === m.bidder && u.criterion === m.criterion)).map((m) => `${m.evaluator} has not marked ${m.bidder} on ${m.criterion}`),
    ];
    listed.slice(0, MAX_LISTED).forEach((text) => problems.push({ code: 'mark-missing', severity: 'error', message: text }));
    if (listed.length > MAX_LISTED) problems.push({ code: 'mark-missing', severity: 'error', message: `… and ${listed.length - MAX_LISTED} more missing marks` });
    problems.push({ code: 'marks-incomplete', severity: 'error', message: `${Math.max(missing.length, unmarked.length)} mark(s) missing: no ranking is made on incomplete marks`, hint: 'complete the marks, or rank anyway with --allow-missing (the report then says the ranking is provisional and lists every missing mark)' });
  }
  // Options (price.pse): the price column is the base offer's; the scored price adds the retained options' prices.
  const basePriceOf = new Map(input.prices.map((p) => [p.bidder, p.price]));
  const componentsBy = new Map<string, ComponentPrices>(input.prices.map((p) => [p.bidder, componentsOf(grid.price, p)]));
  const priceOf = new Map(input.prices.map((p) => [p.bidder, grid.price ? scoredTotal(p.price, grid.price.pse, componentsBy.get(p.bidder)!) : p.price]));
  if (grid.price && hasComponents(grid.price)) {
    const sourceOf = new Map(input.prices.map((p) => [p.bidder, p.source]));
    const offers = examined.filter((b) => basePriceOf.has(b)).map((b) => ({ bidder: b, base: basePriceOf.get(b)!, components: componentsBy.get(b)!, source: sourceOf.get(b)! }));
    problems.push(...componentProblems(grid.price, offers, lang, opts.pricesFile));
  }
  if (grid.price) {
    for (const b of examined) {
      if (!priceOf.has(b)) problems.push({ code: 'price-missing', severity: 'error', message: `no price for ${b}`, ...(opts.pricesFile ? { file: opts.pricesFile } : {}), hint: 'give every bidder a price (--prices prices.csv with bidder,price)' });
    }
  }
  if (input.bidders.length === 0) problems.push({ code: 'marks-empty', severity: 'error', message: 'no marks were found in the files given' });
  if (problems.length) throw new InputError(problems);

  // Coût élargi: the formula scores price × years + committed quantities × published values, not the price alone.
  const costs = new Map<string, CostBreakdown>();
  const cost = grid.price?.cost;
  if (cost) {
    const entries = new Map(input.prices.map((p) => [p.bidder, p]));
    const missingQ = examined.filter((b) => cost.externalities.some((x) => entries.get(b)?.quantities?.[x.id] === undefined));
    if (missingQ.length) throw new InputError(missingQ.map((b) => ({ code: 'quantities-missing', severity: 'error' as const, message: message('quantities-missing', lang, { bidder: b, columns: cost.externalities.map((x) => x.id).join(', ') }), ...(opts.pricesFile ? { file: opts.pricesFile } : {}) })));
    for (const b of examined) costs.set(b, costOf(cost, priceOf.get(b)!, entries.get(b)!.quantities!));
  }
  const scoredPrice = (b: string): number => costs.get(b)?.total ?? priceOf.get(b)!;
  const bidOf = (b: string): BidInput => ({ bidder: b, marks: values.get(b) ?? {}, ...(grid.price ? { price: scoredPrice(b), base: basePriceOf.get(b)!, components: componentsBy.get(b)! } : {}) });
  // Minimum thresholds (criteria.thresholds): offers below one are eliminated before the price formula and the ranking,
  // so an eliminated offer's price moves no one else's price points.
  const eliminated = eliminations(grid, computeTotals(grid, examined.map(bidOf)));
  const admitted = examined.filter((b) => !eliminated.some((e) => e.bidder === b));
  if (examined.length > 0 && admitted.length === 0) throw new InputError([{ code: 'all-offers-eliminated', severity: 'error', message: message('all-offers-eliminated', lang), path: ['criteria', 'thresholds'] }]);

  // Abnormally low offers are looked for among the admitted ones; an offer whose justification the committee
  // rejected after examination is rejected (L2152-6) and the others are ranked without it.
  const priced = grid.price ? admitted.map((b) => ({ bidder: b, price: priceOf.get(b)! })) : [];
  const al = detectAbnormallyLow(priced, { thresholdPercent: spec.price.abnormally_low.threshold_percent, handling: spec.price.abnormally_low.handling, lang });
  for (const r of regularity) {
    if (r.priceJustification === 'rejected' && admitted.includes(r.bidder)) setAside.push({ bidder: r.bidder, ground: 'abnormally-low', reason: r.reason });
  }
  const ranked = admitted.filter((b) => !setAside.some((x) => x.bidder === b));
  const open = openItems({ grid, lang, regularity, marks, missing, toQuestion: al.result.toQuestion.map((q) => q.bidder) });
  if (opts.final && open.length) {
    throw new InputError([
      ...open.map((o): Diagnostic => ({ code: `open-${o.kind}`, severity: 'error', message: o.message })),
      { code: 'final-refused', severity: 'error', message: message('final-refused', lang, { count: open.length }), hint: message('final-refused-hint', lang) },
    ]);
  }
  const state = opts.final ? 'final' : 'provisional';

  const totals = computeTotals(grid, ranked.map(bidOf));
  // A user-defined formula can leave 0..weight on prices no simulation tried (lint warns before publication): never rank on such points.
  const weight = grid.price ? grid.price.weightHundredths / 100 : 0;
  const inRange = (x: number, w: number): boolean => x >= -1e-9 && x <= w + 1e-9;
  const outOfRange = grid.price ? totals.filter((t) => !inRange(t.pricePoints, weight) || (grid.price!.parts ?? []).some((p) => !inRange(t.partPoints[p.id] ?? 0, pointsOfUnits(p.weightHundredths)))) : [];
  if (outOfRange.length) throw new InputError(outOfRange.map((t) => ({ code: 'price-points-out-of-range', severity: 'error' as const, message: message('price-points-out-of-range', lang, { bidder: t.bidder, points: String(t.pricePoints), weight: num(weight, lang) }), path: ['price', 'expression'] })));
  const rule = spec.scoring.tie_break ? parseTieBreak(spec.scoring.tie_break, grid) : undefined;
  const rankedOrder = rankBidders({ totals, prices: priceOf, ...(rule ? { rule } : {}) });

  const findings: Finding[] = eliminated.map((e) => ({ code: 'offer-eliminated', severity: 'warning' as const, message: message('offer-eliminated', lang, { bidder: e.bidder, points: num(e.points, lang), criterion: `${e.number} ${e.label}`, min: num(e.min, lang) }) }));
  findings.push(...checkMarks({ grid, marks, missing, minJustificationChars: spec.scoring.min_justification_chars, spreadLevels, lang }));
  if (missing.length) findings.push({ code: 'marks-missing-allowed', severity: 'warning', message: message('marks-missing-allowed', lang, { count: missing.length }) });
  findings.push(...al.findings);
  for (const t of rankedOrder.ties) {
    findings.push({ code: 'tie', severity: 'info', message: message('tie', lang, { bidders: t.bidders.join(', '), total: num(t.total, lang) }) });
    if (!rule) findings.push({ code: 'tie-no-rule', severity: 'warning', message: message('tie-no-rule', lang) });
    else if (t.resolved) {
      const order = rankedOrder.order.filter((b) => t.bidders.includes(b)).join(' > ');
      findings.push({ code: 'tie-broken', severity: 'info', message: message('tie-broken', lang, { rule: rule.keys.map((k) => k.label).join(', '), order }) });
    } else findings.push({ code: 'tie-unresolved', severity: 'warning', message: message('tie-unresolved', lang, { rule: rule.text }) });
  }

  const byBidder = new Map(totals.map((t) => [t.bidder, t]));
  const bidders: ResultBidder[] = rankedOrder.order.map((id) => {
    const t = byBidder.get(id)!;
    return { id, ...(priceOf.has(id) ? { price: priceOf.get(id)! } : {}), ...(costs.has(id) ? { cost: costs.get(id)! } : {}), ...(grid.price && hasComponents(grid.price) ? { pricing: offerPricing(grid.price, basePriceOf.get(id)!, componentsBy.get(id)!, t.partPoints) } : {}), pricePoints: t.pricePoints, criterionPoints: t.criterionPoints, total: t.total, rank: rankedOrder.rank.get(id)!, rankOnTotal: t.rank };
  });
  const winner = rankedOrder.order[0];
  return {
    version: 1,
    meta: {
      lang,
      date: opts.date ?? documentDate(spec),
      ...(opts.date ? { reportDate: opts.date } : {}),
      title: spec.tender.title,
      reference: spec.tender.reference,
      buyer: spec.buyer.name,
      ...(spec.buyer.signatory ? { signatory: spec.buyer.signatory } : {}),
      territory: spec.territory.name,
      procedure: spec.tender.procedure,
      specFile: opts.specFile,
      marksFiles: input.files,
      ...(opts.pricesFile ? { pricesFile: opts.pricesFile } : {}),
      scaleMax: grid.scale.max,
      consolidation: spec.scoring.consolidation,
      spreadLevels,
      minJustificationChars: spec.scoring.min_justification_chars,
      ...(grid.price ? { priceFormula: grid.price.formula, priceBasis: grid.price.basis, priceCurrency: grid.price.currency, ...(grid.price.cutOff !== undefined ? { priceCutOff: grid.price.cutOff } : {}), ...(grid.price.expression !== undefined ? { priceExpression: grid.price.expression } : {}), ...(grid.price.parts ? { priceParts: grid.price.parts } : {}), ...(grid.price.pse ? { pse: grid.price.pse } : {}) } : {}),
      ...(grid.scale.percent ? { scalePercent: true } : {}),
      allowMissing: Boolean(opts.allowMissing),
      ...(spec.tender.estimated_value_eur ? { estimate: spec.tender.estimated_value_eur } : {}),
      negotiation: spec.consultation.negotiation ?? defaultNegotiation(spec.tender.procedure),
      ...(spec.consultation.phases ? { phases: spec.consultation.phases } : {}),
      ...(opts.regularityFile ? { regularityFile: opts.regularityFile } : {}),
      ...(opts.consensusFile ? { consensusFile: opts.consensusFile } : {}),
    },
    state,
    openItems: open,
    regularity,
    setAside,
    eliminated,
    criteria: grid.criteria.map((c) => ({
      id: c.id,
      number: c.number,
      label: c.label,
      kind: c.kind,
      weight: c.weightHundredths / 100,
      subCriteria: c.subCriteria.map((s) => ({ id: s.id, number: s.number, label: s.label, weight: s.weightHundredths / 100, levels: s.levels.map((l) => ({ ...l })) })),
      ...(c.subTotals ? { subTotals: c.subTotals.map((s) => ({ id: s.id, number: s.number, label: s.label, weight: s.weightHundredths / 100, leafIds: [...s.leafIds] })) } : {}),
    })),
    evaluators: input.evaluators,
    bidders,
    marks,
    missing,
    findings,
    abnormallyLow: al.result,
    ranking: { order: rankedOrder.order, ties: rankedOrder.ties, ...(rule ? { tieBreak: rule } : {}) },
    robustness: winner ? robustness({ grid, totals, winner, winnerMarks: values.get(winner) ?? {}, prices: grid.price && !grid.price.parts ? ranked.map(scoredPrice) : [], lang }) : null,
  };
}
