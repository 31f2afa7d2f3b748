import { checkPay } from '../../pay/index.js';
import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'legal/global-performance-pay';

/**
 * CCP L2171-3 and R2171-2: a marché global de performance contains measurable performance commitments, and the pay
 * for operation or maintenance is tied to meeting them. A spec of that procedure whose pay model attaches no amount to
 * any indicator (no bonus-malus rule with a rate, no gain sharing) is not such a contract: an error. The test is
 * src/pay's (`pay/no-measurable-commitment`), so the CCAP and the lint cannot disagree.
 */
export const globalPerformancePay: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['none']),
  },
  check(ctx) {
    const spec = ctx.loaded.spec;
    if (spec.tender.procedure !== 'marche-global-performance') return;
    const r = spec.remuneration;
    // A price with no performance part at all is the plainest case; checkPay decides every other one.
    const none = (r.mechanism === 'none' && r.performance_share === 0) || checkPay(spec).some((d) => d.code === 'pay/no-measurable-commitment');
    if (none) ctx.report({ messageId: 'none', path: ['remuneration'], hint: ruleHint(id) });
  },
};
