import type { FR_LINT_TEXT_RULES } from '../fr/lint-text-rules.js';

/** English messages of the text and weight rules of issue 16 item 4; same keys as ../fr/lint-text-rules.ts. */
export const EN_LINT_TEXT_RULES: Readonly<Record<keyof typeof FR_LINT_TEXT_RULES, string>> = {
  'lint.lot.prefix': 'lot {{lot}}: {{message}}',
  'lint.legal/symbolic-weight.description': 'No criterion or sub-criterion, nor the quality part as a whole, weighs so little that it cannot change the ranking.',
  'lint.legal/symbolic-weight.criterion': 'sub-criterion “{{label}}” weighs only {{weight}} point(s) out of 100 (less than {{min}}): even marked 5 against 0 it cannot make up a {{gap}} % price gap (price on {{price}} points); it cannot change the ranking and neutralises what it claims to judge',
  'lint.legal/symbolic-weight.group': 'criterion “{{label}}” weighs only {{weight}} point(s) out of 100 (less than {{min}}): even marked 5 against 0 it cannot make up a {{gap}} % price gap (price on {{price}} points); it cannot change the ranking',
  'lint.legal/symbolic-weight.environmental': 'the environmental criteria weigh only {{weight}} point(s) out of 100 together (less than {{min}}): even marked 5 against 0 they cannot make up a {{gap}} % price gap; article L2152-7 (consultations launched from 21 August 2026, this one: {{date}}) is met in appearance only',
  'lint.legal/symbolic-weight.quality': 'quality weighs only {{weight}} point(s) out of 100 against {{price}} for price (less than {{min}}): even a perfect offer against a worthless one cannot make up a {{gap}} % price gap; the award is in practice on price alone',
  'lint.legal/symbolic-weight.hint': 'give what is judged at least {{min}} points, or take it out of the grid (threshold: the weight that, marked 5 against 0, makes up a {{gap}} % price gap under the proportional formula)',
  'lint.legal/price-in-criterion.description': 'No quality criterion writes a price-marking rule: price is marked only by the price criterion and its formula.',
  'lint.legal/price-in-criterion.formula': 'sub-criterion “{{label}}” writes a price-marking rule (“{{text}}”): price is marked only by the price criterion and its formula (price.formula); otherwise it counts twice and the announced weights are wrong',
  'lint.legal/price-in-criterion.hint': 'take the formula out of this criterion and choose it in price.formula (or price.expression for a formula of your own)',
  'lint.legal/environmental-criterion.flag-unsupported': 'sub-criterion “{{label}}” ({{criterion}}) is marked environmental: true, but neither its family ({{family}}) nor its texts bear on an environmental characteristic of the offer',
  'lint.legal/environmental-criterion.flag-missing': 'sub-criterion “{{label}}” ({{criterion}}) bears on the environment (“{{match}}”) without environmental: true: it does not count towards article L2152-7',
  'lint.legal/environmental-criterion.hint-unsupported': 'for “{{label}}” ({{criterion}}, written at {{at}}): remove environmental: true, or have the criterion judge an environmental characteristic of the offer (emissions, waste, energy, resources, biodiversity)',
  'lint.legal/environmental-criterion.hint-missing': 'for “{{label}}” ({{criterion}}, written at {{at}}): add environmental: true to this criterion',
};
