/**
 * French words of weights to 0.01 and of the tool's rounding report (selection diagnostics and lint messages,
 * spread into FR_MESSAGES). The English file en/weights.ts has the same keys.
 */
export const FR_WEIGHTS_MESSAGES = {
  'select.duplicate-id': 'l’identifiant « {{id}} » est employé deux fois',
  'select.duplicate-id.other': 'l’autre emploi : {{at}}',
  'select.tree-unknown-parent': '« {{id}} » est divisé en sous-critères, mais n’est pas un sous-critère retenu',
  'select.tree-parent-hint': 'un parent doit être un sous-critère de la grille (par défaut, inclus, propre) ou un enfant déjà listé sous criteria.children',
  'select.tree-self': 'le critère « {{id}} » est listé parmi ses propres sous-critères',
  'select.tree-child-excluded': 'le critère « {{id}} » est listé sous criteria.children mais exclu (criteria.exclude)',
  'select.tree-cycle': 'les sous-critères forment une boucle : {{ids}}',
  'select.weights-precision': 'la pondération de « {{key}} » ({{value}}) a plus de deux décimales : les pondérations sont annoncées au centième de point',
  'select.weights-precision.hint': 'écrivez la pondération au centième (par ex. 5.81) : l’outil n’arrondit jamais une pondération sans le dire',
  'lint.legal/weights-announced.rounded':
    'les {{points}} points du critère « {{criterion}} » ne se partagent pas exactement au centième entre ses sous-critères ({{exact}}) : la grille annoncerait {{printed}}',
  'lint.legal/weights-announced.rounded.hint':
    'pour des sous-critères d’égale importance, donnez au critère un nombre de points qui se divise au centième, ou écrivez vous-même chaque pondération sous criteria.weights : l’arrondi sera alors le vôtre, annoncé tel quel',
} as const;

/** French document words of sub-criteria divided into sub-sub-criteria (spread into FR_DOCUMENT). */
export const FR_WEIGHTS_DOCUMENT = {
  'report.subTotalHeading': 'Sous-total {{number}} — {{label}} ({{points}} pts)',
  'report.subTotalPoints': 'Points obtenus, somme des sous-critères {{children}} : {{list}}.',
  'grid.subTotalNote': 'Sous-total, non noté directement : la somme des points obtenus sur les sous-critères {{children}}.',
  'rc.weightRounding': 'Les parts exactes des sous-critères {{subs}} dans les {{points}} points du critère {{number}} ({{exact}}) ne tombent pas au centième : elles sont annoncées arrondies au centième ({{printed}}), de sorte que le critère garde ses {{points}} points. Ce sont ces pondérations arrondies qui servent à la notation.',
  'rc.weightRounding.each': '{{share}} points chacun',
} as const;
