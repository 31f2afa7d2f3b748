import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'efc/performance-remuneration';

/**
 * In EFC (and in a global performance contract, L2171-3) part of the pay depends on the usage performance reached;
 * a price independent of results keeps the contractor's interest on volumes.
 */
export const performanceRemuneration: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['independent', 'no-mechanism', 'no-share', 'no-cap', 'no-gain-share']),
  },
  check(ctx) {
    const r = ctx.loaded.spec.remuneration;
    if (r.performance_share === 0 && r.mechanism === 'none') {
      ctx.report({ messageId: 'independent', path: ['remuneration', 'performance_share'] });
      return;
    }
    if (r.mechanism === 'none') ctx.report({ messageId: 'no-mechanism', args: { share: r.performance_share }, path: ['remuneration', 'mechanism'] });
    if (r.performance_share === 0) ctx.report({ messageId: 'no-share', args: { mechanism: r.mechanism }, path: ['remuneration', 'performance_share'] });
    if (r.mechanism.startsWith('bonus-malus') && r.cap_percent === undefined) ctx.report({ messageId: 'no-cap', severity: 'info', path: ['remuneration', 'mechanism'] });
    if (r.mechanism.includes('gain-sharing') && r.buyer_gain_share === undefined) ctx.report({ messageId: 'no-gain-share', severity: 'info', path: ['remuneration', 'mechanism'] });
  },
};
