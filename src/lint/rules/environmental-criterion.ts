import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
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
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['required', 'advised']),
  },
  check(ctx) {
    if (!ctx.grid) return;
    const has = ctx.grid.criteria.some((c) => c.subCriteria.some((s) => s.environmental && s.weightHundredths > 0));
    if (has) return;
    const date = ctx.loaded.spec.tender.consultation_start;
    const required = date >= ENVIRONMENTAL_CRITERION_FROM;
    ctx.report({
      messageId: required ? 'required' : 'advised',
      severity: required ? 'error' : 'warning',
      args: { date },
      path: ['criteria', 'libraries'],
      hint: ruleHint(id),
    });
  },
};
