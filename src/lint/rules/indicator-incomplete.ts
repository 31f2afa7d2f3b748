import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'efc/indicator-incomplete';

const FIELDS = ['baseline', 'target', 'horizon', 'measurement'] as const;

/**
 * A usage performance is contractual only if it can be checked: where we start (baseline), where we go (target),
 * by when (horizon) and how it is measured. A target on the wrong side of the baseline is a typo that would pay
 * the contractor for getting worse.
 */
export const indicatorIncomplete: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['missing', 'direction-decrease', 'direction-increase']),
  },
  check(ctx) {
    ctx.loaded.spec.usage_performance.forEach((ind, i) => {
      // A baseline left to be measured in year 1, with its method, is a decision, not a gap.
      const missing = FIELDS.filter((f) => ind[f] === undefined && !(f === 'baseline' && ind.baseline_measured_in_year_1));
      if (missing.length) ctx.report({ messageId: 'missing', args: { indicator: ind.id, missing: missing.join(', ') }, path: ['usage_performance', i] });
      if (ind.baseline !== undefined && ind.target !== undefined) {
        const wrong = ind.direction === 'decrease' ? ind.target >= ind.baseline : ind.target <= ind.baseline;
        if (wrong) {
          ctx.report({
            messageId: `direction-${ind.direction}`,
            severity: 'error',
            args: { indicator: ind.id, target: ind.target, baseline: ind.baseline },
            path: ['usage_performance', i, 'target'],
          });
        }
      }
    });
  },
};
