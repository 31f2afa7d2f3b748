/**
 * French words of the offers' outcome in `score`: the coût élargi quantities read from a filled XLSX grid, and the
 * report's list of the offers analysed with each one's status and reason (ranked, eliminated under a minimum
 * threshold, set aside as not regular, rejected as abnormally low). Spread into FR_MESSAGES and FR_DOCUMENT;
 * en/report-offers.ts has the same keys.
 */
export const FR_REPORT_OFFERS_MESSAGES = {
  'load.xlsx-quantity-missing': '{{bidder}} : la quantité engagée « {{label}} » ({{unit}}) est vide ; le coût élargi ne se calcule pas sans elle',
  'load.xlsx-quantity-hint': 'saisissez la quantité que l’offre engage, telle qu’elle figure dans l’offre (0 si l’offre engage zéro)',
  'load.xlsx-quantity-negative': '{{bidder}} : la quantité engagée « {{label}} » vaut {{value}} {{unit}} ; une quantité engagée est positive ou nulle',
  'load.quantity-conflict': '{{bidder}} : la quantité engagée « {{id}} » vaut {{value}} dans {{where}}, mais {{other}} dans {{otherWhere}}',
  'load.quantity-conflict-hint': 'corrigez les grilles : chaque quantité engagée est celle de l’offre, la même pour tous les évaluateurs',
} as const;

export const FR_REPORT_OFFERS = {
  'report.offersIntro': 'Chaque offre reçue, avec la suite qui lui a été donnée :',
  'report.offerOutcome': 'Suite donnée',
  'report.outcome.ranked': 'Classée ({{rank}})',
  'report.outcome.eliminated': 'Éliminée (note minimale non atteinte)',
  'report.outcome.setAside': '{{reason}} L’offre a été écartée avant toute notation : elle n’est ni notée ni classée.',
  'report.outcome.rejected': 'Rejetée (offre anormalement basse, article L2152-6)',
  'report.outcome.reasonEliminated': '{{points}} points sur le critère {{criterion}}, pour un minimum annoncé de {{min}} points : l’offre a été notée, elle n’est pas classée et son prix n’entre pas dans la formule de prix.',
  'report.outcome.reasonRejected': 'Justification du prix examinée et rejetée : {{reason}}',
  'report.outcome.reasonRanked': 'Total {{total}} points.',
  'report.outcome.notRanked': 'Notée, non classée : {{outcome}}',
  'report.outcome.notRankedList': 'Offres analysées mais non classées :',
  'report.outcome.line': '{{bidder}} — {{outcome}} : {{reasons}}',
} as const;
