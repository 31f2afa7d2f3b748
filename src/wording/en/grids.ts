import type { FR_GRIDS } from '../fr/grids.js';

/** English wording of the grid features of issue 15, same keys as fr/grids.ts; spread into EN_DIAGNOSTICS. */
export const EN_GRIDS: Readonly<Record<keyof typeof FR_GRIDS, string>> = {
  'select.cut-off-missing': 'the "cut-off" formula needs price.cut_off: the multiple of the lowest price at which the mark reaches zero (e.g. 2)',
  'select.expression-missing': 'the "custom" formula needs price.expression: the share of the price points, e.g. "Pmin / P"',
  'select.expression-unused': 'price.{{field}} is read only with the "{{formula}}" formula; the formula announced is "{{actual}}"',
  'select.expression-syntax': 'price.expression, character {{at}}: {{reason}}',
  'select.expression.unexpected': 'unexpected "{{token}}"',
  'select.expression.end': 'the expression ends too early (a bracket or a term is missing)',
  'select.expression.empty': 'the expression is empty',
  'select.expression.too-long': 'the expression is longer than 500 characters',
  'select.expression.unknown-name': '"{{token}}" is not a known variable (P, Pmin, Pmax, Pmoy, N or n)',
  'select.expression.unknown-function': '"{{token}}" is not a known function (min, max)',
  'select.expression.hint': 'variables P, Pmin, Pmax, Pmoy, N (number of offers); operations + − × ÷; functions min(…) and max(…); brackets',
  'lint.legal/price-formula.out-of-range': 'price formula "{{formula}}" can give a share of the price points outside 0 to 1 (or a division by zero), e.g. {{value}} for the prices {{prices}}',
  'score.price-points-out-of-range': 'the price formula gives {{points}} points to {{bidder}} (0 to {{weight}} expected): correct price.expression',
  'select.threshold-unknown': 'criteria.thresholds: "{{id}}" is neither a criterion nor a sub-criterion of the grid{{suggestion}}',
  'select.threshold-ids': 'criteria and sub-criteria: {{ids}}',
  'select.threshold-on-price': 'criteria.thresholds: "{{id}}" is the price criterion; a threshold on price would exclude offers without judging them',
  'select.threshold-above-weight': 'criteria.thresholds: the threshold of "{{id}}" ({{min}} points) is above its {{weight}} points: no offer could reach it',
  'score.offer-eliminated': '{{bidder}} gets {{points}} points on "{{criterion}}", below the threshold of {{min}} points: the offer is eliminated, neither ranked nor counted in the price scoring',
  'score.all-offers-eliminated': 'every offer is below a minimum threshold: no ranking is possible',
  'score.quantities-missing': 'the cost criterion needs the quantities {{bidder}} committed to ({{columns}}): type them in the Prices sheet of the XLSX grids, or give them as columns of the prices file (--prices prices.csv)',
  'select.externality-id': 'price.cost.externalities: the id "{{id}}" is already taken (by another externality or a column of the prices file)',
  'load.quantity-columns-missing': 'the price criterion needs one column per externality (committed quantity), per option (PSE) or per scored total (dpgf, dqe); missing: {{columns}}',
  'load.quantity-columns-hint': 'columns found: {{found}}; expected: {{expected}}',
} as const;
