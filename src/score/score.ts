import type { LoadedSpec } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import type { MarksInput } from '../model/marks.js';
import { documentDate } from '../model/spec.js';
import type { Finding, ResultBidder, ScoreResult } from '../model/result.js';
import { detectAbnormallyLow } from './abnormally-low.js';
import { checkMarks } from './checks.js';
import { consolidate } from './consolidate.js';
import { num } from './format.js';
import { message } from './messages.js';
import { parseTieBreak, rankBidders } from './ranking.js';
import { robustness } from './robustness.js';
import { computeTotals, type BidInput } from './totals.js';
import { eliminations } from './thresholds.js';
import { costOf, type CostBreakdown } from './formula-cost.js';

export interface ScoreOptions {
  /** Rank even when marks are missing (they are listed; a sub-criterion nobody marked counts as 0). */
  readonly allowMissing?: boolean;
  /** Overrides spec.scoring.spread_levels. */
  readonly spreadLevels?: number;
  /** Overrides the spec's documentDate. */
  readonly date?: string;
  readonly specFile: string;
  readonly pricesFile?: string;
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
  const cons = consolidate(grid, input, { method: spec.scoring.consolidation, spreadLevels });

  const problems: Diagnostic[] = [];
  if (cons.missing.length && !opts.allowMissing) {
    cons.missing.slice(0, MAX_LISTED).forEach((m) =>
      problems.push({ code: 'mark-missing', severity: 'error', message: `${m.evaluator} has not marked ${m.bidder} on ${m.criterion}` }),
    );
    if (cons.missing.length > MAX_LISTED) problems.push({ code: 'mark-missing', severity: 'error', message: `… and ${cons.missing.length - MAX_LISTED} more missing marks` });
    problems.push({ code: 'marks-incomplete', severity: 'error', message: `${cons.missing.length} mark(s) missing: no ranking is made on incomplete marks`, hint: 'complete the marks, or rank anyway with --allow-missing (the report lists every missing mark)' });
  }
  const priceOf = new Map(input.prices.map((p) => [p.bidder, p.price]));
  if (grid.price) {
    for (const b of input.bidders) {
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
    const missingQ = input.bidders.filter((b) => !entries.get(b)?.quantities);
    if (missingQ.length) throw new InputError(missingQ.map((b) => ({ code: 'quantities-missing', severity: 'error' as const, message: message('quantities-missing', lang, { bidder: b, columns: cost.externalities.map((x) => x.id).join(', ') }), ...(opts.pricesFile ? { file: opts.pricesFile } : {}) })));
    for (const b of input.bidders) costs.set(b, costOf(cost, priceOf.get(b)!, entries.get(b)!.quantities!));
  }
  const scoredPrice = (b: string): number => costs.get(b)?.total ?? priceOf.get(b)!;
  const allBids: BidInput[] = input.bidders.map((b) => ({ bidder: b, marks: cons.values.get(b) ?? {}, ...(grid.price ? { price: scoredPrice(b) } : {}) }));
  // Minimum thresholds (criteria.thresholds): offers below one are eliminated before the price formula and the ranking.
  const eliminated = eliminations(grid, computeTotals(grid, allBids));
  const out = new Set(eliminated.map((e) => e.bidder));
  const bids = allBids.filter((b) => !out.has(b.bidder));
  if (bids.length === 0) throw new InputError([{ code: 'all-offers-eliminated', severity: 'error', message: message('all-offers-eliminated', lang), path: ['criteria', 'thresholds'] }]);
  const admitted = input.bidders.filter((b) => !out.has(b));
  const totals = computeTotals(grid, bids);
  // A user-defined formula can leave 0..weight on prices no simulation tried (lint warns before publication): never rank on such points.
  const weight = grid.price ? grid.price.weightTenths / 10 : 0;
  const outOfRange = grid.price ? totals.filter((t) => !(t.pricePoints >= -1e-9 && t.pricePoints <= weight + 1e-9)) : [];
  if (outOfRange.length) throw new InputError(outOfRange.map((t) => ({ code: 'price-points-out-of-range', severity: 'error' as const, message: message('price-points-out-of-range', lang, { bidder: t.bidder, points: String(t.pricePoints), weight: num(weight, lang) }), path: ['price', 'expression'] })));
  const rule = spec.scoring.tie_break ? parseTieBreak(spec.scoring.tie_break, grid) : undefined;
  const ranked = rankBidders({ totals, prices: priceOf, ...(rule ? { rule } : {}) });

  const findings: Finding[] = eliminated.map((e) => ({ code: 'offer-eliminated', severity: 'warning' as const, message: message('offer-eliminated', lang, { bidder: e.bidder, points: num(e.points, lang), criterion: `${e.number} ${e.label}`, min: num(e.min, lang) }) }));
  findings.push(...checkMarks({ grid, marks: cons.marks, missing: cons.missing, minJustificationChars: spec.scoring.min_justification_chars, spreadLevels, lang }));
  if (cons.missing.length) findings.push({ code: 'marks-missing-allowed', severity: 'warning', message: message('marks-missing-allowed', lang, { count: cons.missing.length }) });
  const priced = grid.price ? admitted.map((b) => ({ bidder: b, price: priceOf.get(b)! })) : [];
  const al = detectAbnormallyLow(priced, { thresholdPercent: spec.price.abnormally_low.threshold_percent, handling: spec.price.abnormally_low.handling, lang });
  findings.push(...al.findings);
  for (const t of ranked.ties) {
    findings.push({ code: 'tie', severity: 'info', message: message('tie', lang, { bidders: t.bidders.join(', '), total: num(t.total, lang) }) });
    if (!rule) findings.push({ code: 'tie-no-rule', severity: 'warning', message: message('tie-no-rule', lang) });
    else if (t.resolved) {
      const order = ranked.order.filter((b) => t.bidders.includes(b)).join(' > ');
      findings.push({ code: 'tie-broken', severity: 'info', message: message('tie-broken', lang, { rule: rule.keys.map((k) => k.label).join(', '), order }) });
    } else findings.push({ code: 'tie-unresolved', severity: 'warning', message: message('tie-unresolved', lang, { rule: rule.text }) });
  }

  const byBidder = new Map(totals.map((t) => [t.bidder, t]));
  const bidders: ResultBidder[] = ranked.order.map((id) => {
    const t = byBidder.get(id)!;
    return { id, ...(priceOf.has(id) ? { price: priceOf.get(id)! } : {}), ...(costs.has(id) ? { cost: costs.get(id)! } : {}), pricePoints: t.pricePoints, criterionPoints: t.criterionPoints, total: t.total, rank: ranked.rank.get(id)!, rankOnTotal: t.rank };
  });
  const winner = ranked.order[0]!;
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
      ...(grid.price ? { priceFormula: grid.price.formula, priceBasis: grid.price.basis, priceCurrency: grid.price.currency, ...(grid.price.cutOff !== undefined ? { priceCutOff: grid.price.cutOff } : {}), ...(grid.price.expression !== undefined ? { priceExpression: grid.price.expression } : {}) } : {}),
      ...(grid.scale.percent ? { scalePercent: true } : {}),
      allowMissing: Boolean(opts.allowMissing),
    },
    criteria: grid.criteria.map((c) => ({
      id: c.id,
      number: c.number,
      label: c.label,
      kind: c.kind,
      weight: c.weightTenths / 10,
      subCriteria: c.subCriteria.map((s) => ({ id: s.id, number: s.number, label: s.label, weight: s.weightTenths / 10, levels: s.levels.map((l) => ({ ...l })) })),
    })),
    evaluators: input.evaluators,
    bidders,
    marks: cons.marks,
    missing: cons.missing,
    findings,
    abnormallyLow: al.result,
    ranking: { order: ranked.order, ties: ranked.ties, ...(rule ? { tieBreak: rule } : {}) },
    robustness: bidders.length ? robustness({ grid, totals, winner, winnerMarks: cons.values.get(winner) ?? {}, prices: priced.map((p) => scoredPrice(p.bidder)), lang }) : null,
  };
}
