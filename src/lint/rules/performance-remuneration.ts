import { docsAnchor } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'efc/performance-remuneration';

/**
 * In EFC (and in a global performance contract, L2171-3) part of the pay depends on the usage performance reached;
 * a price independent of results keeps the contractor's interest on volumes.
 */
export const performanceRemuneration: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: 'Part of the remuneration depends on the usage performance reached (bonus-malus, gain sharing).',
    docs: docsAnchor(id),
    messages: {
      independent: {
        fr: 'la rémunération est entièrement indépendante de la performance (part variable 0 %, aucun mécanisme) : l’intérêt du titulaire reste attaché aux volumes',
        en: 'remuneration is entirely independent of performance (0 % performance share, no mechanism): the contractor’s interest stays tied to volumes',
      },
      'no-mechanism': {
        fr: 'une part de {{share}} % est liée à la performance, mais aucun mécanisme (bonus-malus, partage des gains) ne dit comment',
        en: 'a {{share}} % share depends on performance, but no mechanism (bonus-malus, gain sharing) says how',
      },
      'no-share': {
        fr: 'le mécanisme « {{mechanism}} » est annoncé, mais la part de rémunération liée à la performance est de 0 %',
        en: 'mechanism "{{mechanism}}" is announced, but the performance share of the remuneration is 0 %',
      },
      'no-cap': {
        fr: 'le bonus-malus n’a pas de plafond (cap_percent) : le risque financier de chaque partie n’est pas borné',
        en: 'the bonus-malus has no ceiling (cap_percent): neither party’s financial risk is bounded',
      },
      'no-gain-share': {
        fr: 'le partage des gains ne dit pas quelle part revient à l’acheteur (buyer_gain_share)',
        en: 'gain sharing does not say which share goes to the buyer (buyer_gain_share)',
      },
    },
  },
  check(ctx) {
    const r = ctx.loaded.spec.remuneration;
    if (r.performance_share === 0 && r.mechanism === 'none') {
      ctx.report({ messageId: 'independent', path: ['remuneration', 'performance_share'] });
      return;
    }
    if (r.mechanism === 'none') ctx.report({ messageId: 'no-mechanism', args: { share: r.performance_share }, path: ['remuneration', 'mechanism'] });
    if (r.performance_share === 0) ctx.report({ messageId: 'no-share', args: { mechanism: r.mechanism }, path: ['remuneration', 'performance_share'] });
    if (r.mechanism.startsWith('bonus-malus') && r.cap_percent === undefined) ctx.report({ messageId: 'no-cap', severity: 'info', path: ['remuneration', 'mechanism'] });
    if (r.mechanism.includes('gain-sharing') && r.buyer_gain_share === undefined) ctx.report({ messageId: 'no-gain-share', severity: 'info', path: ['remuneration', 'mechanism'] });
  },
};
