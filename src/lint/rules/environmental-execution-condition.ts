import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import type { Rule } from '../types.js';
import { ENVIRONMENTAL_CRITERION_FROM } from './environmental-criterion.js';

const id = 'legal/environmental-execution-condition';

/**
 * CCP L2112-2 as amended by the Climate and Resilience law (art. 35): the execution conditions of a contract take
 * environmental considerations into account, for consultations launched from 21 August 2026 (the same date as the
 * environmental award criterion, décret 2022-767). Before that date the gap is a warning.
 */
export const environmentalExecutionCondition: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['required', 'advised']),
  },
  check(ctx) {
    const spec = ctx.loaded.spec;
    if (spec.contract.environmental_conditions.length > 0) return;
    const date = spec.tender.consultation_start;
    const required = date >= ENVIRONMENTAL_CRITERION_FROM;
    // The conditions live under contract:, which may be absent (its defaults hold): point at it, or at the tender.
    const path = ctx.loaded.source.data && typeof ctx.loaded.source.data === 'object' && 'contract' in ctx.loaded.source.data ? ['contract'] : ['tender', 'consultation_start'];
    ctx.report({ messageId: required ? 'required' : 'advised', severity: required ? 'error' : 'warning', args: { date }, path, hint: ruleHint(id) });
  },
};
