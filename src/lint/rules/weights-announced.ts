import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import { definedHint, subCriteria, weightPath } from '../locate.js';
import type { Rule } from '../types.js';
import { bilingual } from '../../wording/catalog.js';
import { formatNumber, formatPoints, formatShort } from '../../wording/format.js';

const id = 'legal/weights-announced';

/**
 * Sub-criteria weights must be disclosed when they can influence the offers (CE 18 June 2010, n°337377). The grid
 * always prints them; what remains to catch is a sub-criterion announced with 0 points, which tells bidders to
 * work on something that will never count, and a weight the tool rounded: a group's points it shared between
 * sub-criteria that do not fall on a hundredth (35 between three: 11,67 / 11,67 / 11,66). That is information, not
 * an error nor a warning: the sum is exact, the announced weights are the ones applied and differ from the exact
 * shares by less than 0.005 point, which is no legal fault; but the buyer must see it before publication (bidders
 * ask why equal sub-criteria are not equal) and may write the weights instead. Library criteria's relative weights
 * rarely divide a group's points exactly, so a warning would make almost every spec fail a lint-clean check for a
 * choice the buyer is free to keep.
 */
export const weightsAnnounced: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['zero', 'rounded']),
  },
  check(ctx) {
    for (const { sub, loc } of subCriteria(ctx)) {
      if (sub.weightHundredths > 0) continue;
      const w = ctx.loaded.spec.criteria.weights[sub.id];
      ctx.report({ messageId: 'zero', args: { label: sub.label }, path: w !== undefined ? ['criteria', 'weights', sub.id] : loc.path, hint: definedHint(loc) });
    }
    const grid = ctx.grid;
    for (const r of grid?.roundings ?? []) {
      // The owner of the shared points: an award criterion, or a subtotal divided into sub-sub-criteria.
      const nodes = grid!.criteria.flatMap((x) => [...x.subCriteria, ...(x.subTotals ?? [])]);
      const c = grid!.criteria.find((x) => x.id === r.criterionId) ?? nodes.find((x) => x.id === r.criterionId);
      if (!c) continue;
      const label = (sid: string): string => nodes.find((s) => s.id === sid)?.label ?? sid;
      const lang = grid!.lang;
      // The exact share cut (not rounded) at three decimals, so "11,666…" never looks like a weight the grid could announce.
      // The exact share, cut (not rounded) at three decimals with "…" when it goes on: 5,625 is written as it is, 6,666… is not 6,667.
      const share = (x: number): string => (Math.abs(x * 1000 - Math.round(x * 1000)) < 1e-6 ? formatShort(x, lang, 3) : `${formatNumber(Math.floor(x * 1000 + 1e-9) / 1000, lang, 3)}…`);
      // Only the rounded shares are listed: one that falls on a hundredth (6,25) is announced as it is.
      const rounded = r.subIds.map((_, i) => i).filter((i) => Math.abs(r.exact[i]! * 100 - r.printed[i]!) > 1e-6);
      const exact = rounded.map((i) => `${label(r.subIds[i]!)} ${share(r.exact[i]!)}`).join(', ');
      const printed = rounded.map((i) => `${label(r.subIds[i]!)} ${formatPoints(r.printed[i]!, lang)}`).join(', ');
      ctx.report({
        messageId: 'rounded',
        severity: 'info',
        args: { points: formatPoints(c.weightHundredths, lang), criterion: c.label, exact, printed },
        path: weightPath(ctx, [c.id, ...r.subIds]),
        hint: bilingual('lint.legal/weights-announced.rounded.hint'),
      });
    }
  },
};
