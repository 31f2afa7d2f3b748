import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'legal/abnormally-low';

/**
 * L2152-5, L2152-6, R2152-3 to R2152-5: an offer that seems abnormally low must be questioned, and rejected only if
 * its explanations fail. A price threshold alone never justifies an exclusion.
 */
export const abnormallyLow: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['automatic']),
  },
  check(ctx) {
    const al = ctx.loaded.spec.price.abnormally_low;
    if (al.handling === 'automatic-exclusion') {
      ctx.report({
        messageId: 'automatic',
        args: { threshold: al.threshold_percent },
        path: ['price', 'abnormally_low', 'handling'],
        hint: ruleHint(id),
      });
    }
  },
};
