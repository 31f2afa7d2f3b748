import { abnormallyLow } from './rules/abnormally-low.js';
import { cooperation } from './rules/cooperation.js';
import { effectFields } from './rules/effect-fields.js';
import { efcShare } from './rules/efc-share.js';
import { environmentalCriterion } from './rules/environmental-criterion.js';
import { generalCapacity } from './rules/general-capacity.js';
import { indicatorIncomplete } from './rules/indicator-incomplete.js';
import { levelDescriptors } from './rules/level-descriptors.js';
import { localPreference } from './rules/local-preference.js';
import { meansNotEffects } from './rules/means-not-effects.js';
import { performanceRemuneration } from './rules/performance-remuneration.js';
import { priceCriterion } from './rules/price-criterion.js';
import { priceFormula } from './rules/price-formula.js';
import { singlePrice } from './rules/single-price.js';
import { weightsAnnounced } from './rules/weights-announced.js';
import { weightsSum } from './rules/weights-sum.js';
import { environmentalExecutionCondition } from './rules/environmental-execution-condition.js';
import { globalPerformancePay } from './rules/global-performance-pay.js';
import { payConsistency } from './rules/pay-consistency.js';
import { symbolicWeight } from './rules/symbolic-weight.js';
import { priceInCriterion } from './rules/price-in-criterion.js';
import type { Rule } from './types.js';

/** Every rule, keyed by id, legal rules first (they decide whether the award survives a judge), then EFC rules. */
export const RULES: ReadonlyMap<string, Rule> = new Map(
  [
    weightsSum,
    weightsAnnounced,
    symbolicWeight,
    environmentalCriterion,
    priceCriterion,
    singlePrice,
    priceFormula,
    priceInCriterion,
    levelDescriptors,
    generalCapacity,
    localPreference,
    abnormallyLow,
    payConsistency, globalPerformancePay, environmentalExecutionCondition,
    meansNotEffects,
    indicatorIncomplete,
    effectFields,
    performanceRemuneration,
    cooperation,
    efcShare,
  ].map((r) => [r.meta.id, r] as const),
);

/** Selection codes that a lint rule owns: the selection finding is reported under the rule's id. */
export const SELECTION_CODE_TO_RULE: Readonly<Record<string, string>> = {
  'weights-sum': 'legal/weights-sum',
};
