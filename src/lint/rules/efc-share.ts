import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import { weightPath } from '../locate.js';
import type { Rule } from '../types.js';

const id = 'efc/efc-share';

/** A profile promises an EFC share (sicoval-70 promises 70 points); weight overrides must not quietly erode it. */
export const efcShare: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['below']),
  },
  check(ctx) {
    const g = ctx.grid;
    if (!g || g.efcHundredths >= Math.round(g.profileEfcShare * 100)) return;
    const profile = ctx.catalog.profiles.get(g.profileId);
    const efcGroups = profile ? profile.groups.filter((x) => x.efc).map((x) => x.id) : [];
    // Point at the override that lowered an EFC group, else at any override (a raised price also lowers the share).
    const overrides = Object.keys(ctx.loaded.spec.criteria.weights).sort();
    const keys = [...efcGroups, ...overrides];
    ctx.report({ messageId: 'below', args: { share: g.efcHundredths / 100, promised: g.profileEfcShare, profile: g.profileId }, path: weightPath(ctx, keys) });
  },
};
