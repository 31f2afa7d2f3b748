import type { FR_WEIGHTS_DOCUMENT, FR_WEIGHTS_MESSAGES } from '../fr/weights.js';

/** English words of weights to 0.01 and of the tool's rounding report (same keys as fr/weights.ts). */
export const EN_WEIGHTS_MESSAGES: Readonly<Record<keyof typeof FR_WEIGHTS_MESSAGES, string>> = {
  'select.duplicate-id': 'id "{{id}}" is used twice',
  'select.duplicate-id.other': 'the other use: {{at}}',
  'select.tree-unknown-parent': '"{{id}}" is divided into sub-criteria, but is not a retained sub-criterion',
  'select.tree-parent-hint': 'a parent must be a sub-criterion of the grid (default, included or custom) or a child already listed under criteria.children',
  'select.tree-self': 'criterion "{{id}}" is listed among its own sub-criteria',
  'select.tree-child-excluded': 'criterion "{{id}}" is listed under criteria.children but excluded (criteria.exclude)',
  'select.tree-cycle': 'the sub-criteria form a loop: {{ids}}',
  'select.weights-precision': 'the weight of "{{key}}" ({{value}}) has more than two decimals: weights are announced to 0.01 of a point',
  'select.weights-precision.hint': 'write the weight to 0.01 (e.g. 5.81): the tool never rounds a weight without saying so',
  'lint.legal/weights-announced.rounded': 'the {{points}} points of criterion "{{criterion}}" do not split exactly to 0.01 between its sub-criteria ({{exact}}): the grid would announce {{printed}}',
  'lint.legal/weights-announced.rounded.hint':
    'for sub-criteria of equal importance, give the criterion a number of points that divides to 0.01, or write each weight yourself under criteria.weights: the rounding is then yours, announced as written',
};

/** English document words of sub-criteria divided into sub-sub-criteria (same keys as FR_WEIGHTS_DOCUMENT). */
export const EN_WEIGHTS_DOCUMENT: Readonly<Record<keyof typeof FR_WEIGHTS_DOCUMENT, string>> = {
  'report.subTotalHeading': 'Subtotal {{number}} — {{label}} ({{points}} pts)',
  'report.subTotalPoints': 'Points obtained, sum of sub-criteria {{children}}: {{list}}.',
  'grid.subTotalNote': 'Subtotal, not marked directly: the sum of the points obtained on sub-criteria {{children}}.',
  'rc.weightRounding': 'The exact shares of sub-criteria {{subs}} in the {{points}} points of criterion {{number}} ({{exact}}) do not fall on a hundredth: they are announced rounded to the hundredth ({{printed}}), so that the criterion keeps its {{points}} points. These rounded weights are the ones used for marking.',
  'rc.weightRounding.each': '{{share}} points each',
};
