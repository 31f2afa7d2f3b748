import { docsAnchor } from '../messages.js';
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
    description: 'Every usage-performance indicator has a baseline, a target, a horizon and a measurement method, and its target goes the announced way.',
    docs: docsAnchor(id),
    messages: {
      missing: {
        fr: 'l’indicateur « {{indicator}} » n’a pas de {{missing}} : la performance ne pourra pas être vérifiée',
        en: 'indicator "{{indicator}}" has no {{missing}}: the performance cannot be checked',
      },
      'direction-decrease': {
        fr: 'l’indicateur « {{indicator}} » doit baisser, mais sa cible ({{target}}) n’est pas inférieure à sa valeur de référence ({{baseline}})',
        en: 'indicator "{{indicator}}" should decrease, but its target ({{target}}) is not below its baseline ({{baseline}})',
      },
      'direction-increase': {
        fr: 'l’indicateur « {{indicator}} » doit augmenter, mais sa cible ({{target}}) n’est pas supérieure à sa valeur de référence ({{baseline}})',
        en: 'indicator "{{indicator}}" should increase, but its target ({{target}}) is not above its baseline ({{baseline}})',
      },
    },
  },
  check(ctx) {
    ctx.loaded.spec.usage_performance.forEach((ind, i) => {
      const missing = FIELDS.filter((f) => ind[f] === undefined);
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
