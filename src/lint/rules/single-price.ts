import { docsAnchor } from '../messages.js';
import { weightPath } from '../locate.js';
import { effectiveGroups } from '../profile-weights.js';
import type { Rule } from '../types.js';

const id = 'legal/single-price';

/**
 * R2152-7 (new version): from 21 August 2026 a single price criterion is no longer allowed. Before that date it is
 * lawful for simple purchases but meaningless for a tender that buys usage performance, so it is an error either way.
 */
export const singlePrice: Rule = {
  meta: {
    id,
    severity: 'error',
    description: 'The award does not rest on price alone: at least one quality criterion carries points.',
    docs: docsAnchor(id),
    messages: {
      single: {
        fr: 'le prix est le seul critère d’attribution ({{weight}} points) : un tel critère ne permet pas de juger la performance d’usage, et il n’est plus admis pour les consultations lancées à compter du 21 août 2026',
        en: 'price is the only award criterion ({{weight}} points): it cannot judge usage performance, and a single price criterion is no longer allowed for consultations launched from 21 August 2026',
      },
    },
  },
  check(ctx) {
    const eff = effectiveGroups(ctx);
    if (!eff) return;
    const price = eff.groups.find((g) => g.group.kind === 'price');
    const quality = eff.groups.filter((g) => g.group.kind === 'quality' && g.weight > 0);
    if (price && price.weight > 0 && quality.length === 0) {
      ctx.report({ messageId: 'single', args: { weight: price.weight }, path: weightPath(ctx, [price.group.id, ...eff.groups.map((g) => g.group.id)]) });
    }
  },
};
