import { docsAnchor } from '../messages.js';
import { weightPath } from '../locate.js';
import { effectiveGroups } from '../profile-weights.js';
import type { Rule } from '../types.js';

const id = 'legal/price-criterion';

/**
 * With several criteria, price or cost is one of them (R2152-7). Awarding without one is possible only in narrow
 * cases (e.g. a fixed price), so the spec must say why in criteria.no_price_justification.
 */
export const priceCriterion: Rule = {
  meta: {
    id,
    severity: 'error',
    description: 'A price or cost criterion is weighted, unless the spec justifies its absence (criteria.no_price_justification).',
    docs: docsAnchor(id),
    messages: {
      missing: {
        fr: 'aucun critère de prix ou de coût n’est pondéré et criteria.no_price_justification n’explique pas pourquoi',
        en: 'no price or cost criterion is weighted and criteria.no_price_justification does not say why',
      },
      unused: {
        fr: 'criteria.no_price_justification est renseigné alors qu’un critère de prix est pondéré ({{weight}} points) : le texte ne sera pas utilisé',
        en: 'criteria.no_price_justification is given although a price criterion is weighted ({{weight}} points): the text is not used',
      },
    },
  },
  check(ctx) {
    const eff = effectiveGroups(ctx);
    if (!eff) return;
    const price = eff.groups.find((g) => g.group.kind === 'price');
    const justification = ctx.loaded.spec.criteria.no_price_justification;
    if (!price || price.weight <= 0) {
      if (!justification) ctx.report({ messageId: 'missing', path: weightPath(ctx, price ? [price.group.id] : []) });
    } else if (justification) {
      ctx.report({ messageId: 'unused', severity: 'info', args: { weight: price.weight }, path: ['criteria', 'no_price_justification'] });
    }
  },
};
