/**
 * French messages of the text rules (issue 16): the three detectors on every published text, grade-only level
 * descriptors, low offers excluded in prose, price formulas written in a criterion, symbolic weights and the
 * environmental flag. Spread into FR_MESSAGES (messages.ts); the English file en/lint-text.ts has the same keys.
 */
export const FR_LINT_TEXT = {
  // what kind of object a finding bears on
  'lint.text.kind.resource': 'une ressource',
  'lint.text.kind.staff': 'des effectifs',
  'lint.text.kind.activity': 'une activité',
  'lint.text.kind.schedule': 'une fréquence ou un horaire',
  'lint.text.kind.volume': 'un volume',
  'lint.text.kind.input': 'une spécification d’intrant',
  'lint.text.kind.capacity': 'une capacité de l’entreprise',
  'lint.text.kind.origin': 'une origine ou une implantation',
  // checkBuyerText (interview): one sentence per finding
  'lint.text.means.found': '« {{text}} » porte sur des moyens — {{kind}} : « {{object}} » (indice : « {{cue}} »)',
  'lint.text.general-capacity.found': '« {{text}} » juge l’entreprise en général — « {{object}} » (qui : « {{cue}} ») : cela relève de la sélection des candidatures',
  'lint.text.local-preference.found': '« {{text}} » favorise une origine ou une implantation — « {{object}} » (qui : « {{cue}} ») : la préférence géographique est illégale',
  // what to write instead, by kind of means; with an example from the spec's life function
  'lint.text.means.rewrite.resource': 'écrivez l’effet attendu (indicateur, valeur de référence, cible, échéance) et laissez les candidats choisir et dimensionner leurs ressources',
  'lint.text.means.rewrite.staff': 'écrivez l’effet attendu (continuité du service, délais, sécurité des agents, satisfaction des usagers) et laissez les candidats organiser leurs équipes',
  'lint.text.means.rewrite.activity': 'écrivez le changement attendu pour les usagers ou le territoire plutôt que les tâches à accomplir',
  'lint.text.means.rewrite.schedule': 'écrivez le résultat que la fréquence devait garantir (débordements, délais, satisfaction) et laissez les candidats proposer la fréquence',
  'lint.text.means.rewrite.volume': 'écrivez l’effet attendu rapporté aux personnes (par habitant, par usager) plutôt qu’un volume produit ou traité',
  'lint.text.means.rewrite.input': 'écrivez l’effet attendu pour les usagers (ce qui est consommé, jeté, ressenti) plutôt que la composition de ce qui est fourni',
  'lint.text.means.rewrite.resource.example': 'écrivez l’effet attendu et laissez les candidats choisir leurs ressources — par exemple « {{example}} » ({{function}}), avec valeur de référence, cible et échéance',
  'lint.text.means.rewrite.staff.example': 'écrivez l’effet attendu et laissez les candidats organiser leurs équipes — par exemple « {{example}} » ({{function}}), avec valeur de référence, cible et échéance',
  'lint.text.means.rewrite.activity.example': 'écrivez le changement attendu plutôt que les tâches — par exemple « {{example}} » ({{function}}), avec valeur de référence, cible et échéance',
  'lint.text.means.rewrite.schedule.example': 'écrivez le résultat que la fréquence devait garantir et laissez les candidats la proposer — par exemple « {{example}} » ({{function}}), avec valeur de référence, cible et échéance',
  'lint.text.means.rewrite.volume.example': 'écrivez l’effet rapporté aux personnes plutôt qu’un volume — par exemple « {{example}} » ({{function}}), avec valeur de référence, cible et échéance',
  'lint.text.means.rewrite.input.example': 'écrivez l’effet attendu pour les usagers plutôt que la composition de ce qui est fourni — par exemple « {{example}} » ({{function}}), avec valeur de référence, cible et échéance',
  'lint.text.general-capacity.rewrite': 'jugez l’organisation, la qualification et l’expérience de l’équipe affectée au marché, ou les engagements de l’offre ; les capacités de l’entreprise vont dans les conditions de participation',
  'lint.text.local-preference.rewrite': 'jugez ce que l’offre fait sur le territoire : émissions du transport, approvisionnement direct, délais d’intervention justifiés par le service, heures d’insertion',
  // rule messages on published texts
  'lint.efc/means-not-effects.means-criterion': 'le sous-critère « {{label}} » juge des moyens — {{kind}} : « {{object}} » (indice : « {{cue}} ») : « {{text}} »',
  'lint.efc/means-not-effects.means-text': '{{what}} prescrit ou paie des moyens — {{kind}} : « {{object}} » (indice : « {{cue}} ») : « {{text}} »',
  'lint.legal/general-capacity.general-text': '{{what}} juge les capacités générales de l’entreprise (« {{match}} », qui : « {{who}} ») : elles relèvent de la sélection des candidatures, pas de l’attribution',
  'lint.legal/local-preference.origin-text': '{{what}} favorise une origine ou une implantation (« {{match}} », qui : « {{who}} ») : la préférence géographique est illégale',
  'lint.legal/abnormally-low.prose': '{{what}} écarte d’office des offres basses (« {{text}} ») : une offre qui paraît anormalement basse donne lieu à une demande de précisions, jamais à une exclusion automatique',
  'lint.legal/level-descriptors.grade-only': 'le niveau {{level}} du sous-critère « {{label}} » ({{lang}}) ne donne qu’une appréciation (« {{text}} ») : dites quelle preuve observable vaut ce niveau',
} as const satisfies Readonly<Record<string, string>>;
