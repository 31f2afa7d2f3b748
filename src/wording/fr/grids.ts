/**
 * French wording of the grid features of issue 15 (price formula parameters, user-defined formulas, scales,
 * currencies): selection problems and lint messages. Spread into FR_DIAGNOSTICS (diagnostics.ts); the English file
 * en/grids.ts has the same keys.
 */
export const FR_GRIDS = {
  'select.cut-off-missing': 'la formule « cut-off » demande price.cut_off : le multiple du prix le plus bas auquel la note tombe à zéro (par exemple 2)',
  'select.expression-missing': 'la formule « custom » demande price.expression : la part des points du prix, par exemple « Pmin / P »',
  'select.expression-unused': 'price.{{field}} n’est lu qu’avec la formule « {{formula}} » ; la formule annoncée est « {{actual}} »',
  'select.expression-syntax': 'price.expression, caractère {{at}} : {{reason}}',
  'select.expression.unexpected': '« {{token}} » inattendu',
  'select.expression.end': 'l’expression s’arrête trop tôt (une parenthèse ou un terme manque)',
  'select.expression.empty': 'l’expression est vide',
  'select.expression.too-long': 'l’expression dépasse 500 caractères',
  'select.expression.unknown-name': '« {{token}} » n’est pas une variable connue (P, Pmin, Pmax, Pmoy, N ou n)',
  'select.expression.unknown-function': '« {{token}} » n’est pas une fonction connue (min, max)',
  'select.expression.hint': 'variables P, Pmin, Pmax, Pmoy, N (nombre d’offres) ; opérations + − × ÷ ; fonctions min(…) et max(…) ; parenthèses',
  'lint.legal/price-formula.out-of-range': 'la formule de prix « {{formula}} » peut donner une part des points du prix hors de 0 à 1 (ou une division par zéro), par exemple {{value}} pour les prix {{prices}}',
  'score.price-points-out-of-range': 'la formule de prix donne {{points}} points à {{bidder}} (de 0 à {{weight}} attendus) : corrigez price.expression',
  'select.threshold-unknown': 'criteria.thresholds : « {{id}} » n’est ni un critère ni un sous-critère de la grille{{suggestion}}',
  'select.threshold-ids': 'critères et sous-critères : {{ids}}',
  'select.threshold-on-price': 'criteria.thresholds : « {{id}} » est le critère prix ; un seuil sur le prix exclurait des offres sans les juger',
  'select.threshold-above-weight': 'criteria.thresholds : le seuil de « {{id}} » ({{min}} points) dépasse ses {{weight}} points : aucune offre ne pourrait l’atteindre',
  'score.offer-eliminated': '{{bidder}} obtient {{points}} points sur « {{criterion}} », sous le seuil de {{min}} points : offre éliminée, ni classée ni comptée dans la notation du prix',
  'score.all-offers-eliminated': 'toutes les offres sont sous un seuil minimal : aucun classement n’est possible',
  'score.quantities-missing': 'le critère de coût demande les quantités engagées par {{bidder}} ({{columns}}) : saisissez-les dans la feuille des prix des grilles XLSX, ou donnez-les en colonnes du fichier des prix (--prices prix.csv)',
  'select.externality-id': 'price.cost.externalities : l’identifiant « {{id}} » est déjà pris (par une autre externalité ou une colonne du fichier des prix)',
  'load.quantity-columns-missing': 'le critère prix demande une colonne par externalité (quantité engagée), par option (PSE) ou par total noté (dpgf, dqe) ; manquante(s) : {{columns}}',
  'load.quantity-columns-hint': 'colonnes trouvées : {{found}} ; attendues : {{expected}}',
} as const;
