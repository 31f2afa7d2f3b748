/**
 * French words of the interview's live checks (a text typed by the buyer read at once by lint's text detectors,
 * issue 16 item 5), of the tender-file lines of the review screen (lots, deadline, variants, visit, validity…) and of
 * the year-1 baseline warning. Spread into FR_INTERVIEW (fr/interview.ts); en/interview-checks.ts has the same keys.
 */
export const FR_INTERVIEW_CHECKS = {
  // live check of a typed text
  'interview.check.found': 'Attention : {{message}}.',
  'interview.check.why.means': 'Pourquoi : le marché s’engage sur des effets et laisse les moyens à la proposition des candidats ; un moyen écrit ici serait imposé et payé sans garantir que la vie des habitants change.',
  'interview.check.why.general-capacity': 'Pourquoi : les capacités générales de l’entreprise (chiffre d’affaires, références, effectifs, certifications) se vérifient à la candidature, pas dans ce que le marché achète ou note.',
  'interview.check.why.local-preference': 'Pourquoi : favoriser une origine ou une implantation est une discrimination interdite (égalité de traitement, CCP L3) ; le marché peut juger ce que l’offre fait sur le territoire, pas d’où vient l’entreprise.',
  'interview.check.suggest': 'Suggestion : {{hint}}',
  'interview.check.info': 'À vérifier : {{message}} — {{hint}}',
  'interview.check.choice': 'Que faire de « {{text}} » ?',
  'interview.check.reword': 'Reformuler',
  'interview.check.accept': 'Reprendre la suggestion : « {{text}} »',
  'interview.check.keep': 'Garder tel quel (la vérification finale le signalera encore)',
  'interview.check.newText': 'Nouvelle formulation',
  // tender-file lines of the review screen
  'interview.review.dce': '  Dossier de consultation :',
  'interview.review.deadline': '    Remise des offres : {{date}} à {{time}}',
  'interview.review.deadlineUnset': '    Remise des offres : date limite à fixer (laissée en blanc dans le règlement de la consultation)',
  'interview.review.questionsUntil': ' ; questions jusqu’au {{date}}',
  'interview.review.answersUntil': ' ; réponses aux questions au plus tard le {{date}}',
  'interview.review.lotsSingle': '    Lot unique — motif : {{reason}}',
  'interview.review.lotsSingleNoReason': '    Lot unique, sans motif (obligatoire sans allotissement, CCP L2113-11)',
  'interview.review.lotsCount': '    {{n}} lots :',
  'interview.review.lot': '      Lot {{n}} : {{title}} — {{shared}}',
  'interview.review.lotShared': 'critères et indicateurs communs',
  'interview.review.lotOwnIndicators.one': '{{n}} indicateur propre',
  'interview.review.lotOwnIndicators.other': '{{n}} indicateurs propres',
  'interview.review.lotOwnProfile': 'sa propre pondération',
  'interview.review.variants': '    Variantes : {{value}} ; visite : {{visit}} ; CPV : {{cpv}}',
  'interview.review.variantsYes.one': 'autorisées ({{n}} exigence minimale)',
  'interview.review.variantsYes.other': 'autorisées ({{n}} exigences minimales)',
  'interview.review.variantsNo': 'non autorisées',
  'interview.review.visit.none': 'aucune',
  'interview.review.visit.optional': 'facultative',
  'interview.review.visit.mandatory': 'obligatoire',
  'interview.review.cpvUnset': 'à préciser',
  'interview.review.validity': '    Validité des offres : {{days}} jours ; négociation : {{negotiation}}',
  'interview.review.negotiation.none': 'aucune (attribution sur les offres initiales)',
  'interview.review.negotiation.reserved': 'possible, non obligatoire',
  'interview.review.negotiation.planned': 'prévue',
  'interview.review.minCandidates': 'Au moins {{n}} candidats invités à remettre une offre',
  'interview.review.phases': '{{n}} phases au plus',
  'interview.review.awardProcedure': '    Marché global de performance passé selon : {{procedure}}',
  // lots question
  'interview.lots.single': 'Un lot unique (il faudra dire pourquoi)',
  'interview.lots.divided': 'Plusieurs lots',
  'interview.lots.noIndicator': 'Cochez au moins un indicateur : chaque lot est jugé et payé sur des résultats.',
  // year-1 baselines and pay
  'interview.year1.allBaselines': 'Attention : toutes les situations de départ seront mesurées la première année. La rémunération liée à la performance ne peut donc commencer qu’en deuxième année (écart mesuré par rapport à une référence connue), et le CCAP devra fixer un taux en euros par unité d’écart pour chaque indicateur. Donnez une situation de départ connue pour au moins un indicateur si vous voulez une part variable dès la première année.',
} as const;
