/**
 * French messages of the text and weight rules of issue 16 item 4: symbolic weights, a price rule written in a
 * quality criterion, the environmental flag checked against the criterion's family and text, and the lot a finding
 * belongs to when lint reads a lot's own criteria. Spread into FR_MESSAGES (messages.ts); the English file
 * en/lint-text-rules.ts has the same keys.
 */
export const FR_LINT_TEXT_RULES = {
  'lint.lot.prefix': 'lot {{lot}} : {{message}}',
  // legal/symbolic-weight
  'lint.legal/symbolic-weight.description': 'Aucun critère ou sous-critère, ni la valeur technique dans son ensemble, ne porte un poids si faible qu’il ne peut pas changer le classement.',
  'lint.legal/symbolic-weight.criterion': 'le sous-critère « {{label}} » ne pèse que {{weight}} point(s) sur 100 (moins de {{min}}) : même noté 5 contre 0, il ne rattrape pas un écart de prix de {{gap}} % (prix sur {{price}} points) ; il ne peut pas changer le classement et neutralise ce qu’il prétend juger',
  'lint.legal/symbolic-weight.group': 'le critère « {{label}} » ne pèse que {{weight}} point(s) sur 100 (moins de {{min}}) : même noté 5 contre 0, il ne rattrape pas un écart de prix de {{gap}} % (prix sur {{price}} points) ; il ne peut pas changer le classement',
  'lint.legal/symbolic-weight.environmental': 'les critères environnementaux ne pèsent ensemble que {{weight}} point(s) sur 100 (moins de {{min}}) : même notés 5 contre 0, ils ne rattrapent pas un écart de prix de {{gap}} % ; l’obligation de l’article L2152-7 (consultations lancées à compter du 21 août 2026, celle-ci : {{date}}) n’est remplie qu’en apparence',
  'lint.legal/symbolic-weight.quality': 'la valeur technique ne pèse que {{weight}} point(s) sur 100 contre {{price}} pour le prix (moins de {{min}}) : même une offre parfaite contre une offre nulle ne rattrape pas un écart de prix de {{gap}} % ; l’attribution se fait en pratique sur le seul prix',
  'lint.legal/symbolic-weight.hint': 'donnez au moins {{min}} points à ce qui est jugé, ou retirez-le de la grille (seuil : le poids qui, noté 5 contre 0, rattrape un écart de prix de {{gap}} % avec la formule proportionnelle)',
  // legal/price-in-criterion
  'lint.legal/price-in-criterion.description': 'Aucun critère de valeur technique n’écrit une règle de notation du prix : le prix n’est noté que par le critère prix et sa formule.',
  'lint.legal/price-in-criterion.formula': 'le sous-critère « {{label}} » écrit une règle de notation du prix (« {{text}} ») : le prix n’est noté que par le critère prix et sa formule (price.formula), sinon il compte deux fois et la pondération annoncée est fausse',
  'lint.legal/price-in-criterion.hint': 'retirez la formule de ce critère et choisissez-la dans price.formula (ou price.expression pour une formule à vous)',
  // legal/environmental-criterion: the flag against the criterion's family and text
  'lint.legal/environmental-criterion.flag-unsupported': 'le sous-critère « {{label}} » ({{criterion}}) est marqué environmental: true, mais ni sa famille ({{family}}) ni ses textes ne portent sur une caractéristique environnementale de l’offre',
  'lint.legal/environmental-criterion.flag-missing': 'le sous-critère « {{label}} » ({{criterion}}) porte sur l’environnement (« {{match}} ») sans être marqué environmental: true : il ne compte pas pour l’obligation de l’article L2152-7',
  'lint.legal/environmental-criterion.hint-unsupported': 'pour « {{label}} » ({{criterion}}, écrit en {{at}}) : retirez environmental: true, ou faites juger par ce critère une caractéristique environnementale de l’offre (émissions, déchets, énergie, ressources, biodiversité)',
  'lint.legal/environmental-criterion.hint-missing': 'pour « {{label}} » ({{criterion}}, écrit en {{at}}) : ajoutez environmental: true à ce critère',
} as const satisfies Readonly<Record<string, string>>;
