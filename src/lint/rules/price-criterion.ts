import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import { weightPath } from '../locate.js';
import { effectiveGroups } from '../profile-weights.js';
import type { Rule } from '../types.js';

const id = 'legal/price-criterion';

/**
 * With several criteria, price or cost is one of them (R2152-7). Awarding without one is possible only in narrow
 * cases (e.g. a fixed price), so the spec must say why in criteria.no_price_justification.
 */
export const priceCriterion: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['missing', 'unused']),
  },
  check(ctx) {
    const eff = effectiveGroups(ctx);
    if (!eff) return;
    const price = eff.groups.find((g) => g.group.kind === 'price');
    const justification = ctx.loaded.spec.criteria.no_price_justification;
    if (!price || price.weight <= 0) {
      if (!justification) ctx.report({ messageId: 'missing', path: weightPath(ctx, price ? [price.group.id] : []) });
    } else if (justification) {
      ctx.report({ messageId: 'unused', severity: 'info', args: { weight: price.weight }, path: ['criteria', 'no_price_justification'] });
    }
  },
};
