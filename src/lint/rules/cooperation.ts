import { docsAnchor } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'efc/cooperation';

const COOPERATION_FAMILIES = new Set(['cooperation', 'governance', 'territorial-ecosystem']);

/** Cooperation is a lever of performance, not a pious wish: it needs written reciprocal commitments and a governance. */
export const cooperation: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: 'The spec states cooperation expectations or a governance (steering committee, reflexive review, data sharing), and the grid judges them.',
    docs: docsAnchor(id),
    messages: {
      none: {
        fr: 'la spécification ne prévoit ni engagement de coopération ni gouvernance (comité de pilotage, retour d’expérience, partage des données)',
        en: 'the spec sets neither a cooperation commitment nor a governance (steering committee, reflexive review, data sharing)',
      },
      'no-criterion': {
        fr: 'aucun sous-critère ne juge la coopération ou la gouvernance proposées',
        en: 'no sub-criterion judges the cooperation or governance offered',
      },
    },
  },
  check(ctx) {
    const c = ctx.loaded.spec.cooperation;
    const governance = Object.values(c.governance).some((v) => v !== undefined && v !== 0);
    if (c.expectations.length === 0 && !governance) ctx.report({ messageId: 'none', path: ['cooperation'] });
    if (ctx.grid && !ctx.grid.criteria.some((g) => g.subCriteria.some((s) => COOPERATION_FAMILIES.has(s.family) && s.weightTenths > 0))) {
      ctx.report({ messageId: 'no-criterion', severity: 'info', path: ['criteria', 'libraries'] });
    }
  },
};
