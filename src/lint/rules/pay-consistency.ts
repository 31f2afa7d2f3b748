import { checkPay } from '../../pay/index.js';
import { bilingual, MESSAGE_WORDS, type MessageKey } from '../../wording/catalog.js';
import { docsAnchor, ruleDescription, ruleHint } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'legal/pay-consistency';

/**
 * The performance-linked pay the CCAP prints must hold together: every rule on a known indicator with a target, a
 * price for missing data, caps that leave the announced performance share really at stake (a 20 % share with a 10 %
 * malus cap is half fixed), a measurable commitment in a marché global de performance. The decisions are
 * src/pay/check.ts's; this rule locates them in the spec and words them. Message ids are the pay codes without
 * their `pay/` prefix, worded by the pay module's own catalog keys (`pay.*`: one wording, not a copy).
 */
export const payConsistency: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: Object.fromEntries(
      (Object.keys(MESSAGE_WORDS.fr) as MessageKey[]).filter((k) => k.startsWith('pay.')).map((k) => [k.slice('pay.'.length), bilingual(k)]),
    ),
  },
  check(ctx) {
    const spec = ctx.loaded.spec;
    // legal/global-performance-pay words the marché global de performance case with its own rule.
    for (const d of checkPay(spec, spec.language).filter((x) => x.code !== 'pay/no-measurable-commitment')) {
      ctx.report({ messageId: d.code.slice('pay/'.length), severity: d.severity, args: d.args, path: d.path, hint: d.severity === 'error' ? ruleHint(id) : undefined });
    }
  },
};
