import type { FR_DCE_LOTS, FR_DCE_LOTS_MESSAGES } from '../fr/dce-lots.js';

/** English words of lots; same keys as ../fr/dce-lots.ts. */
export const EN_DCE_LOTS: Readonly<Record<keyof typeof FR_DCE_LOTS, string>> = {
  'lots.pieceTitle': '{{title}} — lot no. {{n}}',
  'lots.col.lot': 'Lot',
  'lots.col.object': 'Object',
  'lots.col.value': 'Estimated value (€ excl. VAT)',
  'lots.col.cpv': 'CPV code',
  'lots.valueNotSet': 'not disclosed',
  'lots.defaultAwardRule': 'the operator is awarded the lots in decreasing order of their estimated value; the lots it can no longer receive go to the offer ranked immediately after its own',
  'lots.report.section': 'Lot no. {{n}}: {{title}}',
};

export const EN_DCE_LOTS_MESSAGES: Readonly<Record<keyof typeof FR_DCE_LOTS_MESSAGES, string>> = {
  'lots.policy-without-lots': 'tender.lots_policy is set but the contract is not divided into lots (tender.lots is empty)',
  'lots.single': 'a single lot (no. {{n}}): a divided contract has at least two lots; for an undivided one leave tender.lots empty and give consultation.lots_not_divided_reason',
  'lots.duplicate-number': 'lot number {{n}} is already that of the lot in position {{first}}',
  'lots.unknown-indicator': 'lot {{n}} retains indicator "{{id}}", which is not in usage_performance{{suggestion}}',
  'lots.unknown-indicator.hint': 'indicators of the spec: {{ids}}',
  'lots.duplicate-indicator': 'lot {{n}} counts indicator "{{id}}" twice',
  'lots.no-indicator': 'lot {{n}} is judged on no usage-performance indicator',
  'lots.value-sum': 'the lots\' estimated values add up to €{{sum}} excl. VAT, but tender.estimated_value_eur is €{{total}} excl. VAT (the value of a divided contract is the sum of its lots, R2121-4)',
  'lots.limit-too-high': 'max_lots_per_bidder ({{limit}}) exceeds the number of lots ({{n}})',
  'lots.award-limit-too-high': 'max_lots_awarded ({{limit}}) is not below the number of lots ({{n}}): it limits nothing',
  'lots.award-above-bid': 'max_lots_awarded ({{awarded}}) exceeds max_lots_per_bidder ({{bid}})',
  'lots.rule-without-limit': 'award_rule only applies with max_lots_awarded',
  'lots.unknown-lot': 'lot {{n}} does not exist in the spec (lots: {{lots}})',
  'lots.no-lots': 'the spec is not divided into lots: --lot and the "lot" column do not apply',
  'lots.lot-required': 'the contract is divided into lots: every row names its lot ("lot" column) or --lot N gives it for the whole file',
  'lots.option-unsupported': '{{option}} does not apply to a tender with lots yet: without it, each lot is ranked and its report stays provisional',
};
