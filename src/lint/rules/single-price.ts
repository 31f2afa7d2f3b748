import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import { weightPath } from '../locate.js';
import { effectiveGroups } from '../profile-weights.js';
import type { Rule } from '../types.js';

const id = 'legal/single-price';

/**
 * R2152-7 (new version): from 21 August 2026 a single price criterion is no longer allowed. Before that date it is
 * lawful for simple purchases but meaningless for a tender that buys usage performance, so it is an error either way.
 */
export const singlePrice: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['single']),
  },
  check(ctx) {
    const eff = effectiveGroups(ctx);
    if (!eff) return;
    const price = eff.groups.find((g) => g.group.kind === 'price');
    const quality = eff.groups.filter((g) => g.group.kind === 'quality' && g.weight > 0);
    if (price && price.weight > 0 && quality.length === 0) {
      ctx.report({ messageId: 'single', args: { weight: price.weight }, path: weightPath(ctx, [price.group.id, ...eff.groups.map((g) => g.group.id)]) });
    }
  },
};
