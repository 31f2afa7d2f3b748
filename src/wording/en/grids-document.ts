import type { FR_GRIDS_DOCUMENT } from '../fr/grids-document.js';

/** English document words of the grid features of issue 15, same keys as fr/grids-document.ts; spread into EN_DOCUMENT. */
export const EN_GRIDS_DOCUMENT: Readonly<Record<keyof typeof FR_GRIDS_DOCUMENT, string>> = {
  'grid.threshold': 'Minimum threshold: {{min}} points; an offer that does not reach it is eliminated.',
  'grid.eliminated': 'eliminated',
  'cost.intro': 'Price is scored as a life-cycle cost including externalities (CCP R2152-9 and R2152-10): P is the offer’s cost, its price × {{years}} plus the sum of the quantities committed in the offer times the money values below, set before the offers are received. These quantities are contractual commitments, checked during performance.',
  'cost.col.externality': 'Externality',
  'cost.col.unit': 'Unit of the committed quantity',
  'cost.col.value': 'Money value of one unit',
  'cost.col.source': 'Source of the value',
  'cost.col.bidder': 'Bidder',
  'cost.col.price': 'Price × {{years}}',
  'cost.col.line': '{{label}} ({{unit}} × {{value}})',
  'cost.col.total': 'Cost',
  'cost.col.points': 'Price mark (points)',
  'cost.report': 'The cost of each offer, scored by the announced formula:',
  'report.cost.report': 'The cost of each offer, scored by the announced formula:',
  'report.cost.col.bidder': 'Bidder',
  'report.cost.col.price': 'Price × {{years}}',
  'report.cost.col.line': '{{label}} ({{unit}} × {{value}})',
  'report.cost.col.total': 'Cost',
  'report.cost.col.points': 'Price mark (points)',
  'xlsx.cost.value': 'Value of one unit ({{currency}} / {{unit}})',
  'xlsx.cost.quantity': '{{label}}: committed quantity ({{unit}})',
  'xlsx.cost.years': 'Years of price',
  'xlsx.cost.total': 'Cost ({{currency}})',
} as const;
