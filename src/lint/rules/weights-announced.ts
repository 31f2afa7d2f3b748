import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import { definedHint, subCriteria } from '../locate.js';
import type { Rule } from '../types.js';

const id = 'legal/weights-announced';

/**
 * Sub-criteria weights must be disclosed when they can influence the offers (CE 18 June 2010, n°337377). The grid
 * always prints them; what remains to catch is a sub-criterion announced with 0 points, which tells bidders to
 * work on something that will never count.
 */
export const weightsAnnounced: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['zero']),
  },
  check(ctx) {
    for (const { sub, loc } of subCriteria(ctx)) {
      if (sub.weightHundredths > 0) continue;
      const w = ctx.loaded.spec.criteria.weights[sub.id];
      ctx.report({ messageId: 'zero', args: { label: sub.label }, path: w !== undefined ? ['criteria', 'weights', sub.id] : loc.path, hint: definedHint(loc) });
    }
  },
};
