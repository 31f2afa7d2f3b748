import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'efc/cooperation';

const COOPERATION_FAMILIES = new Set(['cooperation', 'governance', 'territorial-ecosystem']);

/** Cooperation is a lever of performance, not a pious wish: it needs written reciprocal commitments and a governance. */
export const cooperation: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['none', 'no-criterion']),
  },
  check(ctx) {
    const c = ctx.loaded.spec.cooperation;
    const governance = Object.values(c.governance).some((v) => v !== undefined && v !== 0);
    if (c.expectations.length === 0 && !governance) ctx.report({ messageId: 'none', path: ['cooperation'] });
    if (ctx.grid && !ctx.grid.criteria.some((g) => g.subCriteria.some((s) => COOPERATION_FAMILIES.has(s.family) && s.weightHundredths > 0))) {
      ctx.report({ messageId: 'no-criterion', severity: 'info', path: ['criteria', 'libraries'] });
    }
  },
};
