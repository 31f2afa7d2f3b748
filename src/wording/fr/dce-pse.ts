/**
 * French words of the prestations supplémentaires éventuelles (PSE) in the RC, the AE and the price schedule, and of
 * the scored price's definition, printed word for word in the RC and on the scoring grid's price sheet (one sentence,
 * two places). Spread into FR_DOCUMENT (document.ts); en/dce-pse.ts has the same keys.
 */
export const FR_DCE_PSE = {
  // RC, article on PSE
  'dce.pse.rc.intro': 'La consultation comporte les prestations supplémentaires éventuelles (PSE) suivantes, chiffrées en plus de la solution de base, que l’acheteur décide de retenir ou non au moment de l’attribution. Les PSE ne sont pas des variantes.',
  'dce.pse.rc.none': 'La consultation ne comporte pas de prestation supplémentaire éventuelle.',
  'dce.pse.rc.item': '{{code}} — {{title}}',
  'dce.pse.rc.lots.all': 'Elle concerne tous les lots.',
  'dce.pse.rc.lots.one': 'Elle concerne le lot n° {{lots}}.',
  'dce.pse.rc.lots.other': 'Elle concerne les lots n° {{lots}}.',
  'dce.pse.rc.required': 'Son chiffrage est obligatoire : une offre qui ne la chiffre pas est irrégulière.',
  'dce.pse.rc.optional': 'Son chiffrage est facultatif ; l’acheteur ne peut la retenir qu’avec une offre qui l’a chiffrée.',
  'dce.pse.rc.per.year': 'Elle est chiffrée par un prix annuel forfaitaire hors taxes, compté pour la durée du marché ({{years}} ans), à la ligne {{code}} de la feuille « {{sheet}} » du cadre de prix.',
  'dce.pse.rc.per.once': 'Elle est chiffrée par un prix global et forfaitaire hors taxes, à la ligne {{code}} de la feuille « {{sheet}} » du cadre de prix.',
  'dce.pse.rc.scored': 'Si l’acheteur la retient, son montant est ajouté au prix noté.',
  'dce.pse.rc.notScored': 'Son montant n’est pas compté dans le prix noté, même si l’acheteur la retient.',
  'dce.pse.rc.minimum': 'Exigences minimales : {{list}}.',
  // the scored price's definition (RC, article « Prix noté », and the grid's price sheet)
  'dce.price.def.total': "Le prix noté est le montant total {{basis}} de l'offre pour toute la durée du marché, soit {{months}} mois{{tranches}}{{piece}}.",
  'dce.price.def.basis.TTC': 'toutes taxes comprises',
  'dce.price.def.basis.HT': 'hors taxes',
  'dce.price.def.tranches': ', tranche ferme et tranches optionnelles comprises',
  'dce.price.def.piece': ", tel qu'il résulte du {{title}} (pièce n° {{number}})",
  'dce.price.def.performance': 'Il comprend la part fixe de la rémunération et la part liée à la performance, comptée pour le montant dû lorsque chaque indicateur atteint exactement sa cible contractuelle (scénario de référence : ni bonus ni malus). Les bonus et malus possibles en exécution ne sont pas pris en compte.',
  'dce.price.def.pse.none': 'Les prestations supplémentaires éventuelles (PSE), chiffrées à part dans la feuille « {{sheet}} », ne sont pas comptées dans le prix noté.',
  'dce.price.def.pse.scored': 'Les prestations supplémentaires éventuelles (PSE) sont chiffrées à part dans la feuille « {{sheet}} » : le prix de la solution de base ne les comprend pas. L’acheteur décide quelles PSE il retient, pour toutes les offres à la fois ; le montant {{basis}} de chaque PSE retenue parmi {{codes}} est alors ajouté au prix noté de chaque offre.',
  'dce.price.def.pse.notScored': 'Les PSE {{codes}} ne sont pas comptées dans le prix noté, même retenues.',
  'dce.price.def.missing': 'Une offre qui ne fait pas apparaître ce prix total, ou dont un prix à renseigner manque, est irrégulière.',
  'dce.price.def.title': 'Prix noté, tel que le définit le règlement de la consultation',
  // AE
  'dce.pse.ae.intro': 'Le soumissionnaire porte ci-dessous le prix de chaque prestation supplémentaire éventuelle (PSE), tel qu’il figure dans la feuille « {{sheet}} » du cadre de prix{{piece}}. L’acheteur indique à l’attribution les PSE qu’il retient ; seules celles-ci sont exécutées et payées.',
  'dce.pse.ae.piece': ' (pièce n° {{number}})',
  'dce.pse.ae.line': '{{code}} — {{title}}',
  'dce.pse.ae.col.retained': 'Retenue par l’acheteur (oui / non)',
  // price schedule workbook
  'dce.pse.sheet': 'PSE',
  'dce.pse.sheet.scenario': 'Scénario de référence',
  'dce.pse.help.scenario': 'Scénario de référence sur lequel est chiffrée la part liée à la performance : chaque indicateur atteint exactement sa cible contractuelle de l’année (ni bonus ni malus). Les cibles sont celles du cahier des clauses administratives particulières ; elles ne se modifient pas ici.',
  'dce.pse.help': 'Prestations supplémentaires éventuelles : chiffrées à part de la solution de base, que l’acheteur retient ou non à l’attribution. Renseignez le prix HT de chaque ligne (cellules jaunes) ; leur total n’entre pas dans le total de l’offre de base.',
  'dce.pse.col.required': 'Chiffrage obligatoire',
  'dce.pse.col.scored': 'Ajoutée au prix noté si retenue',
  'dce.pse.total': 'Total des PSE HT',
  'dce.pse.offer.total': 'Total des PSE HT (à part de l’offre de base)',
  'dce.pse.offer.scored': 'Prix noté de la solution de base ({{basis}}), sur toute la durée du marché, hors PSE',
} as const;

/** Diagnostics of the PSE checks made when a spec is read (spread into FR_MESSAGES). */
export const FR_DCE_PSE_MESSAGES = {
  'pse.unknown-lot': '{{code}} s’applique au lot {{lot}}, que le marché n’a pas (lots : {{lots}})',
} as const;
