/**
 * French words of lots: the RC's lot section and per-lot criteria, the per-lot pieces' names, the CCTP's indicators
 * per lot, the score report per lot (FR_DCE_LOTS, spread into FR_DOCUMENT), and the lot checks' diagnostics
 * (FR_DCE_LOTS_MESSAGES, spread into FR_MESSAGES). The English file en/dce-lots.ts has the same keys.
 */
export const FR_DCE_LOTS = {
  'lots.pieceTitle': '{{title}} — lot n° {{n}}',
  'lots.col.lot': 'Lot',
  'lots.col.object': 'Objet',
  'lots.col.value': 'Montant estimé (€ HT)',
  'lots.col.cpv': 'Code CPV',
  'lots.valueNotSet': 'non communiqué',
  'lots.defaultAwardRule': 'l’opérateur économique se voit attribuer les lots dans l’ordre décroissant de leur montant estimé ; les lots qu’il ne peut plus recevoir sont attribués à l’offre classée immédiatement après la sienne',
  'lots.report.section': 'Lot n° {{n}} : {{title}}',
} as const;

export const FR_DCE_LOTS_MESSAGES = {
  'lots.policy-without-lots': 'tender.lots_policy est renseigné alors que le marché n’est pas alloti (tender.lots est vide)',
  'lots.single': 'un seul lot (n° {{n}}) : un marché alloti compte au moins deux lots ; pour un marché non alloti, laissez tender.lots vide et donnez consultation.lots_not_divided_reason',
  'lots.duplicate-number': 'le numéro de lot {{n}} est déjà celui du lot en position {{first}}',
  'lots.unknown-indicator': 'le lot {{n}} retient l’indicateur « {{id}} », qui n’est pas dans usage_performance{{suggestion}}',
  'lots.unknown-indicator.hint': 'indicateurs de la spécification : {{ids}}',
  'lots.duplicate-indicator': 'le lot {{n}} compte deux fois l’indicateur « {{id}} »',
  'lots.no-indicator': 'le lot {{n}} n’est jugé sur aucun indicateur de performance d’usage',
  'lots.value-sum': 'les montants estimés des lots totalisent {{sum}} € HT, alors que tender.estimated_value_eur vaut {{total}} € HT (la valeur d’un marché alloti est la somme de ses lots, R2121-4)',
  'lots.limit-too-high': 'max_lots_per_bidder ({{limit}}) dépasse le nombre de lots ({{n}})',
  'lots.award-limit-too-high': 'max_lots_awarded ({{limit}}) n’est pas inférieur au nombre de lots ({{n}}) : ce n’est pas une limite',
  'lots.award-above-bid': 'max_lots_awarded ({{awarded}}) dépasse max_lots_per_bidder ({{bid}})',
  'lots.rule-without-limit': 'award_rule ne sert qu’avec max_lots_awarded',
  'lots.unknown-lot': 'le lot {{n}} n’existe pas dans la spécification (lots : {{lots}})',
  'lots.no-lots': 'la spécification n’est pas allotie : --lot et la colonne « lot » ne s’appliquent pas',
  'lots.lot-required': 'le marché est alloti : chaque ligne indique son lot (colonne « lot ») ou l’option --lot N le donne pour tout le fichier',
  'lots.option-unsupported': '{{option}} ne s’applique pas encore à un marché alloti : sans cette option, chaque lot est classé et son rapport reste provisoire',
} as const;
