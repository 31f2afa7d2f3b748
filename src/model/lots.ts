import { z } from 'zod';
import { IdSchema } from './common.js';
import { CriterionSchema } from './criterion.js';
import type { Diagnostic } from './diagnostic.js';
import type { SourcePos } from './grid.js';
import { didYouMean } from '../util/suggest.js';
import { t, type MessageKey, type WordArgs } from '../wording/catalog.js';
import { getTerminalLang } from '../wording/lang.js';

const Text = z.string().trim().min(1);
const Cpv = z.string().regex(/^\d{8}-\d$/, 'must be a CPV code written dddddddd-d, e.g. 90511000-2');

/**
 * What a lot may change in the award criteria. Every field is optional and none has a default, so that what a lot
 * does not write is visibly *shared*: the resolver (src/select/lots.ts) takes the spec's value field by field.
 */
export const LotCriteriaSchema = z
  .object({
    profile: IdSchema.optional(),
    libraries: z.array(IdSchema).min(1).optional(),
    include: z.array(IdSchema).optional(),
    exclude: z.array(IdSchema).optional(),
    weights: z.record(IdSchema, z.number().min(0).max(100)).optional(),
    /** Minimum points per criterion or sub-criterion (see criteria.thresholds); the spec's when absent. */
    thresholds: z.record(IdSchema, z.number().min(0).max(100)).optional(),
    custom: z.array(CriterionSchema).optional(),
    no_price_justification: Text.optional(),
  })
  .strict();
export type LotCriteria = z.infer<typeof LotCriteriaSchema>;

/**
 * One lot (CCP L2113-10): its number and title, and what it does not share with the others. The indicator schema is
 * passed in by spec.ts (which owns it), so that this file and spec.ts do not import each other.
 */
export function lotSchema<I extends z.ZodTypeAny>(indicator: I) {
  return z
    .object({
      number: z.number().int().positive(),
      title: Text,
      description: Text.optional(),
      /** The lot's own object; the tender's when absent. */
      object: Text.optional(),
      /** The lot's estimated value, € excl. VAT over the whole duration (the RC and the AE print it). */
      estimated_value_eur: z.number().positive().optional(),
      /** The lot's main CPV code; the consultation's when absent. */
      cpv: Cpv.optional(),
      criteria: LotCriteriaSchema.optional(),
      /** Ids of the spec's `usage_performance` indicators this lot is judged and paid on (all of them when absent). */
      indicators: z.array(IdSchema).optional(),
      /** Indicators of this lot only, added to the shared ones it keeps. */
      usage_performance: z.array(indicator).optional(),
    })
    .strict();
}

/**
 * How bidders may answer the lots (CCP R2113-1): for how many lots one operator may bid, how many one operator may be
 * awarded, and the objective rule that decides which lots it keeps when it would win more.
 */
export const LotsPolicySchema = z
  .object({
    /** An operator may bid for at most this many lots (all lots when absent). */
    max_lots_per_bidder: z.number().int().positive().optional(),
    /** An operator may be awarded at most this many lots (no limit when absent). */
    max_lots_awarded: z.number().int().positive().optional(),
    /** Which lots an operator keeps when it would be awarded more than the limit; a standard rule when absent. */
    award_rule: Text.optional(),
  })
  .strict();
export type LotsPolicy = z.infer<typeof LotsPolicySchema>;

/** The fields of a spec the lot checks read (a structural type: spec.ts imports this file, not the reverse). */
export interface LotsSpecPart {
  readonly tender: {
    readonly estimated_value_eur?: number;
    readonly lots: readonly {
      readonly number: number;
      readonly estimated_value_eur?: number;
      readonly indicators?: readonly string[];
      readonly usage_performance?: readonly { readonly id: string }[];
      readonly criteria?: LotCriteria;
    }[];
    readonly lots_policy?: LotsPolicy;
  };
  readonly usage_performance: readonly { readonly id: string }[];
}

type Path = (string | number)[];

/**
 * What the schema cannot say about lots on its own, every problem at once and each at its file:line:col: at least two
 * lots, distinct numbers, known indicator ids, no indicator twice in a lot, a lot judged on at least one indicator
 * when the spec has some, lot values that add up to the tender's, limits that fit the number of lots, and no lot
 * policy on a tender without lots.
 */
export function checkLots(spec: LotsSpecPart, positionOf: (path: Path) => SourcePos): Diagnostic[] {
  const tl = getTerminalLang();
  const out: Diagnostic[] = [];
  const at = (path: Path, code: string, key: MessageKey, args?: WordArgs, hint?: string): void => {
    out.push({ code, severity: 'error', message: t(tl, key, args), path, ...positionOf(path), ...(hint ? { hint } : {}) });
  };
  const { lots } = spec.tender;
  const policy = spec.tender.lots_policy;
  if (!lots.length) {
    if (policy && Object.keys(policy).length) at(['tender', 'lots_policy'], 'lots-policy-without-lots', 'lots.policy-without-lots');
    return out;
  }
  if (lots.length === 1) at(['tender', 'lots', 0], 'lots-single', 'lots.single', { n: lots[0]!.number });
  const seen = new Map<number, number>();
  lots.forEach((lot, i) => {
    const first = seen.get(lot.number);
    if (first !== undefined) at(['tender', 'lots', i, 'number'], 'lots-duplicate-number', 'lots.duplicate-number', { n: lot.number, first: first + 1 });
    else seen.set(lot.number, i);
  });
  const shared = spec.usage_performance.map((x) => x.id);
  lots.forEach((lot, i) => {
    const ids = new Map<string, Path>();
    lot.indicators?.forEach((id, k) => {
      const path: Path = ['tender', 'lots', i, 'indicators', k];
      if (!shared.includes(id)) {
        const guess = didYouMean(id, shared);
        at(path, 'lots-unknown-indicator', 'lots.unknown-indicator', { n: lot.number, id, suggestion: guess ? t(tl, 'load.did-you-mean', { guess }) : '' }, t(tl, 'lots.unknown-indicator.hint', { ids: shared.join(', ') || '—' }));
      } else if (ids.has(id)) at(path, 'lots-duplicate-indicator', 'lots.duplicate-indicator', { n: lot.number, id });
      else ids.set(id, path);
    });
    const kept = lot.indicators ?? shared;
    lot.usage_performance?.forEach((ind, k) => {
      const path: Path = ['tender', 'lots', i, 'usage_performance', k, 'id'];
      if (ids.has(ind.id) || (lot.indicators === undefined && kept.includes(ind.id))) at(path, 'lots-duplicate-indicator', 'lots.duplicate-indicator', { n: lot.number, id: ind.id });
      else ids.set(ind.id, path);
    });
    const count = kept.length + (lot.usage_performance?.length ?? 0);
    if (shared.length && count === 0) at(['tender', 'lots', i, 'indicators'], 'lots-no-indicator', 'lots.no-indicator', { n: lot.number });
  });
  const values = lots.map((l) => l.estimated_value_eur);
  const total = spec.tender.estimated_value_eur;
  if (total !== undefined && values.every((v) => v !== undefined)) {
    const sum = values.reduce((s: number, v) => s + v!, 0);
    // The value of a divided contract is the sum of its lots (R2121-4): two figures that disagree would mislead bidders.
    if (Math.abs(sum - total) > 0.005) at(['tender', 'estimated_value_eur'], 'lots-value-sum', 'lots.value-sum', { sum: money(sum), total: money(total) });
  }
  if (policy?.max_lots_per_bidder !== undefined && policy.max_lots_per_bidder > lots.length) {
    at(['tender', 'lots_policy', 'max_lots_per_bidder'], 'lots-limit', 'lots.limit-too-high', { limit: policy.max_lots_per_bidder, n: lots.length });
  }
  if (policy?.max_lots_awarded !== undefined) {
    if (policy.max_lots_awarded >= lots.length) at(['tender', 'lots_policy', 'max_lots_awarded'], 'lots-limit', 'lots.award-limit-too-high', { limit: policy.max_lots_awarded, n: lots.length });
    else if (policy.max_lots_per_bidder !== undefined && policy.max_lots_awarded > policy.max_lots_per_bidder) {
      at(['tender', 'lots_policy', 'max_lots_awarded'], 'lots-limit', 'lots.award-above-bid', { awarded: policy.max_lots_awarded, bid: policy.max_lots_per_bidder });
    }
  }
  if (policy?.award_rule && policy.max_lots_awarded === undefined) at(['tender', 'lots_policy', 'award_rule'], 'lots-limit', 'lots.rule-without-limit');
  return out;
}

/** Plain figures for a terminal message (the documents use the formatter of their language). */
const money = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));
