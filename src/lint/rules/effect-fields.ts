import { EFFECT_FIELDS } from '../../model/common.js';
import { docsAnchor } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'efc/effect-fields';

/** Useful effects come in three interdependent fields; an EFC contract measures each of them. */
export const effectFields: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: 'Usage-performance indicators cover the three fields of useful effects: social, ecology, economy.',
    docs: docsAnchor(id),
    messages: {
      none: {
        fr: 'la spécification ne fixe aucun indicateur de performance d’usage (usage_performance) : le contrat ne pourra pas être piloté sur ses effets',
        en: 'the spec sets no usage-performance indicator (usage_performance): the contract cannot be steered on its effects',
      },
      field: {
        fr: 'aucun indicateur ne mesure le champ « {{field}} » des effets utiles',
        en: 'no indicator measures the "{{field}}" field of useful effects',
      },
    },
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
