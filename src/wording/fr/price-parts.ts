/**
 * French words of the price sub-criteria (price.parts) and of the options priced beside the base offer (price.pse):
 * the selection problems (spread into FR_DIAGNOSTICS), then the sentences of the RC, the grids and the report
 * (spread into FR_DOCUMENT). en/price-parts.ts has the same keys.
 */
export const FR_PRICE_PARTS_DIAGNOSTICS = {
  'select.parts.weights-sum': 'price.parts : les sous-critères du prix totalisent {{total}} points, le critère prix en compte {{weight}}',
  'select.parts.weight-precision': 'price.parts : le poids {{weight}} de « {{id}} » a plus de décimales que la grille n’en publie (0,01 point)',
  'select.parts.duplicate': 'price.parts : l’identifiant « {{id}} » est employé deux fois ({{other}})',
  'select.parts.unknown-price': 'price.parts : « {{ref}} » ne désigne aucun prix{{suggestion}}',
  'select.parts.prices': 'prix possibles : {{refs}}',
  'select.parts.no-price-criterion': 'price.parts est donné, mais la grille n’a pas de critère prix (0 point)',
  'select.parts.with-cost': 'price.parts et price.cost ne se combinent pas : le coût élargi note un seul prix',
  'select.parts.cut-off-missing': 'price.parts « {{id}} » : la formule « cut-off » demande cut_off (le multiple du prix le plus bas auquel la note tombe à zéro)',
  'select.parts.expression-missing': 'price.parts « {{id}} » : la formule « custom » demande expression',
  'select.parts.unused': 'price.parts « {{id}} » : {{field}} n’est lu qu’avec la formule « {{formula}} » ; la formule annoncée est « {{actual}} »',
  'select.parts.expression-syntax': 'price.parts « {{id}} », expression, caractère {{at}} : {{reason}}',
  'select.pse.not-published': 'price.pse : l’option « {{id}} » n’est pas une prestation supplémentaire éventuelle du dossier (consultation.pse : {{ids}}) ; le RC et le classement parleraient d’options différentes',
  'select.pse.duplicate': 'price.pse : l’identifiant « {{id}} » est employé deux fois, ou pris par un prix ({{other}})',
  'score.part-price-missing': 'le sous-critère « {{part}} » note le prix « {{ref}} », que le fichier des prix ne donne pas pour {{bidder}} : ajoutez la colonne {{ref}}',
  'score.part-price-not-positive': 'le sous-critère « {{part}} » note le prix « {{ref}} » de {{bidder}}, qui vaut {{value}} : une formule de prix ne note que des prix positifs',
  'score.pse-price-missing': '{{bidder}} : pas de prix pour l’option « {{id}} » (colonne {{id}} du fichier des prix) ; une option non chiffrée s’écrit 0',
} as const;

const FR_PRICE_PARTS_WORDS = {
  'parts.intro': 'Le critère prix est décomposé en sous-critères, chacun noté par sa propre formule sur le prix qu’il désigne ; dans chaque formule, Nmax est la pondération du sous-critère, P le prix noté de l’offre, Pmin, Pmax et Pmoyen le plus bas, le plus élevé et la moyenne de ces prix parmi les offres. La note prix est la somme des notes des sous-critères ; l’offre la moins chère sur un sous-critère y obtient la note maximale et aucune note n’est négative.',
  'parts.col.number': 'N°',
  'parts.col.label': 'Sous-critère',
  'parts.col.points': 'Points',
  'parts.col.price': 'Prix noté',
  'parts.col.formula': 'Formule',
  'parts.ref.total': 'prix noté de l’offre',
  'parts.ref.base': 'prix de la solution de base',
  'parts.ref.dpgf': 'total de la DPGF (partie forfaitaire)',
  'parts.ref.dqe': 'total du DQE (prix unitaires du BPU × quantités estimées)',
  'parts.ref.pse': 'prix de l’option « {{label}} »',
  'pse.intro.retained': 'Les offres comprennent une solution de base et des prestations supplémentaires éventuelles (PSE). Le prix noté est le prix de la solution de base augmenté des prix des PSE retenues : {{retained}}.',
  'pse.intro.base': 'Les offres comprennent une solution de base et des prestations supplémentaires éventuelles (PSE). Le prix noté est le prix de la solution de base seule ; les PSE ({{all}}) sont chiffrées mais non notées.',
  'pse.quoted': '« {{label}} »',
  'pse.notScored': '{{list}} : chiffrée(s), non comptée(s) dans le prix noté.',
  'parts.report': 'Calcul de la note du prix, par sous-critère :',
  'parts.report.col.bidder': 'Offre',
  'parts.report.col.price': 'Prix noté ({{label}})',
  'parts.report.col.computation': 'Calcul',
  'parts.report.col.points': 'Points',
  'pse.report': 'Prix noté de chaque offre (solution de base + PSE retenues) :',
  'pse.report.col.base': 'Solution de base',
  'pse.report.col.total': 'Prix noté',
  'xlsx.parts.price': '{{number}} prix noté ({{currency}})',
  'xlsx.parts.points': '{{number}} {{label}} : points (sur {{points}})',
  'xlsx.parts.component': 'Prix : {{label}} ({{currency}})',
  'xlsx.pse.price': 'PSE « {{label}} » ({{currency}})',
  'xlsx.pse.total': 'Prix noté : base + PSE retenues ({{currency}})',
  'xlsx.parts.help': '{{number}} {{label}} : {{points}} points, {{formula}}',
  'xlsx.parts.helpAll': 'Saisir le prix {{basis}} de chaque offre et ses prix détaillés (cellules jaunes). Sous-critères du prix : {{parts}} ; Nmax y est le nombre de points du sous-critère, et la note prix la somme des notes des sous-critères. Une offre sans prix n’entre pas dans le calcul.',
} as const;

/** The same words under `report.` too: the analysis report reads its words with that prefix (src/score/report-text.ts). */
export const withReportPrefix = <T extends Readonly<Record<string, string>>>(o: T): { readonly [K in keyof T & string as `report.${K}`]: T[K] } =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [`report.${k}`, v])) as { readonly [K in keyof T & string as `report.${K}`]: T[K] };

export const FR_PRICE_PARTS = { ...FR_PRICE_PARTS_WORDS, ...withReportPrefix(FR_PRICE_PARTS_WORDS) };
