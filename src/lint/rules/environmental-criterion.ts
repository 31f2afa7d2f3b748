import { docsAnchor } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'legal/environmental-criterion';

/** First day of consultations that must weigh the offers' environmental characteristics (décret 2022-767). */
export const ENVIRONMENTAL_CRITERION_FROM = '2026-08-21';

/**
 * CCP L2152-7 as amended by the Climate and Resilience law (art. 35): at least one award criterion takes the
 * environmental characteristics of the offer into account, for consultations launched from 21 August 2026.
 * Before that date the same gap is a warning: the tender may be re-launched after it.
 */
export const environmentalCriterion: Rule = {
  meta: {
    id,
    severity: 'error',
    description: 'At least one weighted criterion takes the environmental characteristics of the offers into account (mandatory for consultations launched from 21 August 2026).',
    docs: docsAnchor(id),
    messages: {
      required: {
        fr: 'aucun critère d’attribution pondéré ne prend en compte les caractéristiques environnementales de l’offre, ce que le code de la commande publique (L2152-7) impose aux consultations lancées à compter du 21 août 2026 (celle-ci : {{date}})',
        en: 'no weighted award criterion takes the environmental characteristics of the offer into account, which the public procurement code (L2152-7) requires for consultations launched from 21 August 2026 (this one: {{date}})',
      },
      advised: {
        fr: 'aucun critère d’attribution pondéré ne prend en compte les caractéristiques environnementales de l’offre ; ce sera obligatoire pour les consultations lancées à compter du 21 août 2026 (celle-ci : {{date}})',
        en: 'no weighted award criterion takes the environmental characteristics of the offer into account; this becomes mandatory for consultations launched from 21 August 2026 (this one: {{date}})',
      },
    },
  },
  check(ctx) {
    if (!ctx.grid) return;
    const has = ctx.grid.criteria.some((c) => c.subCriteria.some((s) => s.environmental && s.weightTenths > 0));
    if (has) return;
    const date = ctx.loaded.spec.tender.consultation_start;
    const required = date >= ENVIRONMENTAL_CRITERION_FROM;
    ctx.report({
      messageId: required ? 'required' : 'advised',
      severity: required ? 'error' : 'warning',
      args: { date },
      path: ['criteria', 'libraries'],
      hint: {
        fr: 'retenez un critère marqué environmental: true (par exemple via criteria.include) ou écrivez-en un dans criteria.custom',
        en: 'retain a criterion marked environmental: true (e.g. through criteria.include) or write one in criteria.custom',
      },
    });
  },
};
