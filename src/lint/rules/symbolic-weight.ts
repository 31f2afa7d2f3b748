import { bilingualFilled, type MessageKey } from '../../wording/catalog.js';
import { points } from '../../model/grid.js';
import { appendHint } from '../nlp/check-text.js';
import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import { definedHint, subCriteria, weightPath } from '../locate.js';
import { round2 } from '../profile-weights.js';
import { ENVIRONMENTAL_CRITERION_FROM } from './environmental-criterion.js';
import type { LText } from '../../model/common.js';
import type { Rule } from '../types.js';

const id = 'legal/symbolic-weight';

/**
 * The price gap a criterion must be able to make up, marked 5 against 0 (its whole weight), to count in the choice.
 * 2 % for one criterion or sub-criterion: two offers that close in price are exactly the ones a quality criterion is
 * there to separate. 10 % for the quality part as a whole: it is the reason for a multi-criteria award, and
 * competing offers commonly differ by that much; a quality part that cannot make up 10 % leaves the award to price.
 */
export const CRITERION_GAP = 0.02;
export const QUALITY_GAP = 0.1;

/**
 * The smallest weight (points out of 100) whose full mark difference makes up a price gap `gap` when price weighs
 * `priceWeight` points. The proportional formula (mark = Pmin / P) is the reference because, among the bundled
 * formulas, it separates close prices least: two offers (1 + gap) apart get price marks 1 and 1 / (1 + gap), a
 * difference of priceWeight × gap / (1 + gap) points (linear, deduction and mean-gap give as much or more).
 * Taking the mildest formula keeps the threshold as low as any bundled formula justifies: fewer false alarms.
 */
export const minWeight = (priceWeight: number, gap: number): number => (priceWeight * gap) / (1 + gap);

/** Rounded up to the hundredth (weights are in hundredths), so "less than {{min}}" is true of every weight reported. */
const ceil1 = (x: number): number => Math.ceil(x * 100 - 1e-9) / 100;

/**
 * A weight so small it cannot change a ranking neutralises what it claims to judge: a 0.1-point environmental
 * criterion meets L2152-7 in appearance only, 0.1 point of quality against 99.9 of price is a price-only award.
 * Weights of 0 are legal/weights-announced's and a price-only grid legal/single-price's; this rule takes the positive
 * weights below the threshold. Without a price criterion there is no price gap to compare with, and it stays silent.
 */
export const symbolicWeight: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['criterion', 'group', 'environmental', 'quality']),
  },
  check(ctx) {
    const grid = ctx.grid;
    if (!grid?.price) return;
    const price = points(grid.price.weightHundredths);
    if (price <= 0) return;
    const quality = grid.criteria.filter((c) => c.kind === 'quality');
    const qualityWeight = quality.reduce((s, c) => s + points(c.weightHundredths), 0);
    const allIds = grid.criteria.map((c) => c.id);
    const date = ctx.loaded.spec.tender.consultation_start;
    const hint = (min: number, gap: number, defined?: LText): LText => appendHint(bilingualFilled(`lint.${id}.hint` as MessageKey, { min, gap: gap * 100 }), defined);

    const minQuality = minWeight(price, QUALITY_GAP);
    if (qualityWeight > 0 && qualityWeight < minQuality) {
      // The parts are symbolic too: one finding says it all.
      const min = ceil1(minQuality);
      ctx.report({ messageId: 'quality', severity: 'error', args: { weight: round2(qualityWeight), price: round2(price), min, gap: QUALITY_GAP * 100 }, path: weightPath(ctx, allIds), hint: hint(min, QUALITY_GAP) });
      return;
    }

    const minOne = minWeight(price, CRITERION_GAP);
    const min = ceil1(minOne);
    const args = { price: round2(price), min, gap: CRITERION_GAP * 100 };
    const symbolicGroups = new Set<string>();
    for (const c of quality) {
      const w = points(c.weightHundredths);
      if (w <= 0 || w >= minOne) continue;
      symbolicGroups.add(c.id);
      ctx.report({ messageId: 'group', args: { ...args, label: c.label, weight: round2(w) }, path: weightPath(ctx, [c.id, ...allIds]), hint: hint(min, CRITERION_GAP) });
    }

    // The environmental criteria together: below the threshold, the obligation of L2152-7 is met in appearance only.
    const subs = [...subCriteria(ctx)].filter(({ sub }) => sub.weightHundredths > 0);
    const env = subs.filter(({ sub }) => sub.environmental);
    const envWeight = env.reduce((s, { sub }) => s + points(sub.weightHundredths), 0);
    const envSymbolic = env.length > 0 && envWeight < minOne;
    if (envSymbolic) {
      const first = env[0]!;
      ctx.report({
        messageId: 'environmental',
        severity: date >= ENVIRONMENTAL_CRITERION_FROM ? 'error' : 'warning',
        args: { ...args, weight: round2(envWeight), date },
        path: weightOrLocation(ctx.loaded.spec.criteria.weights, first.sub.id, first.loc.path),
        hint: hint(min, CRITERION_GAP, definedHint(first.loc)),
      });
    }
    for (const { sub, loc } of subs) {
      const group = grid.criteria.find((c) => c.subCriteria.includes(sub));
      if ((group && symbolicGroups.has(group.id)) || (envSymbolic && sub.environmental)) continue;
      const w = points(sub.weightHundredths);
      if (w >= minOne) continue;
      ctx.report({ messageId: 'criterion', args: { ...args, label: sub.label, weight: round2(w) }, path: weightOrLocation(ctx.loaded.spec.criteria.weights, sub.id, loc.path), hint: hint(min, CRITERION_GAP, definedHint(loc)) });
    }
  },
};

/** The spec's weight override for a sub-criterion when it has one (that is where the weight was set), else where the criterion is brought in. */
const weightOrLocation = (weights: Readonly<Record<string, number>>, subId: string, path: readonly (string | number)[]): (string | number)[] =>
  weights[subId] !== undefined ? ['criteria', 'weights', subId] : [...path];
