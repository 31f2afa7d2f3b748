import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import { weightPath } from '../locate.js';
import { effectiveGroups, round2 } from '../profile-weights.js';
import type { Rule } from '../types.js';

const id = 'legal/weights-sum';

/** R2152-12: in formalised procedures the criteria are weighted; our weights are points out of 100. */
export const weightsSum: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['groups', 'subs']),
  },
  check(ctx) {
    const eff = effectiveGroups(ctx);
    if (eff) {
      // In hundredths, as selection keeps them: 33.33 + 33.33 + 33.34 is exactly 100.
      const total = eff.groups.reduce((s, g) => s + Math.round(g.weight * 100), 0) / 100;
      if (total !== 100) {
        ctx.report({
          messageId: 'groups',
          args: { total: round2(total), detail: eff.groups.map((g) => `${g.group.id} ${round2(g.weight)}`).join(' + ') },
          path: weightPath(ctx, eff.groups.map((g) => g.group.id)),
        });
        return;
      }
    }
    for (const c of ctx.grid?.criteria ?? []) {
      if (c.kind === 'price' || c.subCriteria.length === 0) continue;
      const total = c.subCriteria.reduce((s, x) => s + x.weightHundredths, 0);
      if (total !== c.weightHundredths) {
        ctx.report({ messageId: 'subs', args: { criterion: c.label, total: total / 100, weight: c.weightHundredths / 100 }, path: weightPath(ctx, c.subCriteria.map((s) => s.id)) });
      }
    }
  },
};
