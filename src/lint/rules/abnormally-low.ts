import { docsAnchor } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'legal/abnormally-low';

/**
 * L2152-5, L2152-6, R2152-3 to R2152-5: an offer that seems abnormally low must be questioned, and rejected only if
 * its explanations fail. A price threshold alone never justifies an exclusion.
 */
export const abnormallyLow: Rule = {
  meta: {
    id,
    severity: 'error',
    description: 'Abnormally low offers are handled by a request for justification, never by automatic exclusion.',
    docs: docsAnchor(id),
    messages: {
      automatic: {
        fr: 'une offre ne peut pas être écartée automatiquement parce que son prix est inférieur de plus de {{threshold}} % à une référence : l’acheteur doit demander des précisions au soumissionnaire et ne la rejeter que si elles ne justifient pas le prix',
        en: 'an offer cannot be excluded automatically because its price is more than {{threshold}} % below a reference: the buyer must ask the bidder for explanations and reject it only if they do not justify the price',
      },
    },
  },
  check(ctx) {
    const al = ctx.loaded.spec.price.abnormally_low;
    if (al.handling === 'automatic-exclusion') {
      ctx.report({
        messageId: 'automatic',
        args: { threshold: al.threshold_percent },
        path: ['price', 'abnormally_low', 'handling'],
        hint: { fr: 'écrivez handling: justification-request', en: 'write handling: justification-request' },
      });
    }
  },
};
