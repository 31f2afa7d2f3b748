import type { FR_REPORT_OFFERS, FR_REPORT_OFFERS_MESSAGES } from '../fr/report-offers.js';

/** English words of the offers' outcome in `score` (same keys as fr/report-offers.ts). */
export const EN_REPORT_OFFERS_MESSAGES: Readonly<Record<keyof typeof FR_REPORT_OFFERS_MESSAGES, string>> = {
  'load.xlsx-quantity-missing': '{{bidder}}: the committed quantity "{{label}}" ({{unit}}) is empty; the wider cost cannot be computed without it',
  'load.xlsx-quantity-hint': 'type the quantity the offer commits to, as written in the offer (0 if it commits to none)',
  'load.xlsx-quantity-negative': '{{bidder}}: the committed quantity "{{label}}" is {{value}} {{unit}}; a committed quantity is zero or more',
  'load.quantity-conflict': '{{bidder}}: the committed quantity "{{id}}" is {{value}} in {{where}}, but {{other}} in {{otherWhere}}',
  'load.quantity-conflict-hint': 'correct the grids: each committed quantity is the offer’s, the same for every evaluator',
};

export const EN_REPORT_OFFERS: Readonly<Record<keyof typeof FR_REPORT_OFFERS, string>> = {
  'report.offersIntro': 'Each offer received, and what became of it:',
  'report.offerOutcome': 'Outcome',
  'report.outcome.ranked': 'Ranked ({{rank}})',
  'report.outcome.eliminated': 'Eliminated (minimum mark not reached)',
  'report.outcome.setAside': '{{reason}} The offer was set aside before any scoring: it is neither marked nor ranked.',
  'report.outcome.rejected': 'Rejected (abnormally low offer, article L2152-6)',
  'report.outcome.reasonEliminated': '{{points}} points on criterion {{criterion}}, against an announced minimum of {{min}} points: the offer was marked, it is not ranked and its price does not enter the price formula.',
  'report.outcome.reasonRejected': 'Price justification examined and rejected: {{reason}}',
  'report.outcome.reasonRanked': 'Total {{total}} points.',
  'report.outcome.notRanked': 'Marked, not ranked: {{outcome}}',
  'report.outcome.notRankedList': 'Offers analysed but not ranked:',
  'report.outcome.line': '{{bidder}} — {{outcome}}: {{reasons}}',
};
