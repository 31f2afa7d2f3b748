import { EFFECT_FIELDS } from '../../model/common.js';
import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'efc/effect-fields';

/** Useful effects come in three interdependent fields; an EFC contract measures each of them. */
export const effectFields: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['none', 'field']),
  },
  check(ctx) {
    const inds = ctx.loaded.spec.usage_performance;
    if (inds.length === 0) {
      ctx.report({ messageId: 'none', path: ['usage_performance'] });
      return;
    }
    const fields = new Set(inds.map((i) => i.field));
    for (const field of EFFECT_FIELDS) if (!fields.has(field)) ctx.report({ messageId: 'field', args: { field }, path: ['usage_performance'] });
  },
};
