/**
 * French document words of the grid features of issue 15 (minimum thresholds). Spread into FR_DOCUMENT
 * (document.ts); the English file en/grids-document.ts has the same keys. Overridable with --templates like any word.
 */
export const FR_GRIDS_DOCUMENT = {
  'grid.threshold': 'Seuil minimal : {{min}} points ; une offre qui ne l’atteint pas est éliminée.',
  'grid.eliminated': 'éliminée',
  'cost.intro': 'Le prix est noté comme un coût élargi (articles R2152-9 et R2152-10 du code de la commande publique) : P est le coût de l’offre, égal à son prix × {{years}} + la somme des quantités engagées dans l’offre multipliées par les valeurs monétaires ci-dessous, fixées avant la remise des offres. Ces quantités sont des engagements contractuels, vérifiés en exécution.',
  'cost.col.externality': 'Externalité',
  'cost.col.unit': 'Unité de la quantité engagée',
  'cost.col.value': 'Valeur monétaire d’une unité',
  'cost.col.source': 'Source de la valeur',
  'cost.col.bidder': 'Soumissionnaire',
  'cost.col.price': 'Prix × {{years}}',
  'cost.col.line': '{{label}} ({{unit}} × {{value}})',
  'cost.col.total': 'Coût élargi',
  'cost.col.points': 'Note prix (points)',
  'cost.report': 'Calcul du coût élargi de chaque offre, noté par la formule annoncée :',
  'report.cost.report': 'Calcul du coût élargi de chaque offre, noté par la formule annoncée :',
  'report.cost.col.bidder': 'Soumissionnaire',
  'report.cost.col.price': 'Prix × {{years}}',
  'report.cost.col.line': '{{label}} ({{unit}} × {{value}})',
  'report.cost.col.total': 'Coût élargi',
  'report.cost.col.points': 'Note prix (points)',
  'xlsx.cost.value': 'Valeur d’une unité ({{currency}} / {{unit}})',
  'xlsx.cost.quantity': '{{label}} : quantité engagée ({{unit}})',
  'xlsx.cost.years': 'Années de prix',
  'xlsx.cost.total': 'Coût élargi ({{currency}})',
} as const;
