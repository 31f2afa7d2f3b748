/**
 * Lexicon of the means-vs-effects classifier, French and English. Patterns run on normalised text (lower case,
 * no accents, œ → oe, straight apostrophes). Weights are evidence, not probabilities: a phrase is "means" when the
 * means evidence clearly beats the effects evidence (see classify.ts).
 *
 * Topics let the rule suggest which effect to contract on instead of the means found.
 */
export type MeansTopic = 'fleet' | 'staff' | 'frequency' | 'equipment' | 'tonnage' | 'volume' | 'activity' | 'provision';

export interface Cue {
  readonly kind: 'means' | 'effects';
  readonly re: RegExp;
  readonly w: number;
  readonly topic?: MeansTopic;
}

const m = (topic: MeansTopic, w: number, re: RegExp): Cue => ({ kind: 'means', re, w, topic });
const e = (w: number, re: RegExp): Cue => ({ kind: 'effects', re, w });

/** Nouns of resources a provider deploys (used alone and in structural patterns below). */
const FLEET = String.raw`(?:camions?|bennes?|bom|vehicules?|minibus|navettes?|autocars?|vans?|trucks?|vehicles?|fleet|flotte|parc de vehicules|engins?|balayeuses?|sweepers?|lorries|lorry|velos?|bikes?|bicycles?|shuttles?)`;
const STAFF = String.raw`(?:agents?|chauffeurs?|conducteurs?|drivers?|etp|equivalents? temps plein|full[- ]time equivalents?|fte|staff|personnel|effectifs?|operators?|ripeurs?|loaders?|cuisiniers?|cooks?|kitchen assistants?|mediateurs?|mediators?|animateurs?|equipe de \d+|team of \d+)`;
const EQUIP = String.raw`(?:bacs?|conteneurs?|containers?|bins?|composteurs?|composters?|points? d'apport(?: volontaire)?|pav|bornes?|stations?|equipements?|equipment|materiels?|machines?|cuisine centrale|central kitchen)`;
const ACTIVITY = String.raw`(?:tournees?|rounds?|animations?|sessions?|ateliers?|workshops?|visites?|visits?|levees?|lifts?|passages?|interventions?)`;

export const CUES: readonly Cue[] = [
  // ---- means: resources ----
  m('fleet', 2, new RegExp(String.raw`\b${FLEET}\b`)),
  m('staff', 2, new RegExp(String.raw`\b${STAFF}\b`)),
  m('equipment', 1.5, new RegExp(String.raw`\b${EQUIP}\b`)),
  m('activity', 1.5, new RegExp(String.raw`\b${ACTIVITY}\b`)),
  m('staff', 3, /\bmoyens? humains?\b|\bhuman resources\b/),
  m('equipment', 3, /\bmoyens? materiels?\b|\bmaterial (?:means|resources)\b/),
  m('provision', 3, /\bmoyens? (?:techniques?|mis en oeuvre)|\btechnical means\b|\bresources deployed\b/),
  m('staff', 1.5, /\bheures? (?:de conduite|de travail|d'intervention)|\bdriving hours\b|\bman[- ]hours\b/),
  // ---- means: structure — a count attached to a resource ("12 agents", "2 000 composteurs", "four 8-seat vans") ----
  m('provision', 2, new RegExp(String.raw`\b(?:\d[\d ,.]*|un|une|deux|trois|quatre|cinq|six|dix|one|two|three|four|five|six|ten)\s+(?:[\w-]+\s+){0,2}(?:${FLEET}|${STAFF}|${EQUIP}|${ACTIVITY})\b`)),
  // Composition of the fleet ("part des véhicules électriques dans la flotte"): a share of a means is still a means.
  m('fleet', 2, new RegExp(String.raw`\b(?:part|share|percentage|pourcentage|proportion) (?:des|de la|du|of the|of) (?:[\w-]+ ){0,2}${FLEET}\b|\b(?:dans|de) la flotte\b|\b(?:of|in) the fleet\b`)),
  m('provision', 1.5, new RegExp(String.raw`\b(?:nombre|number|quantite|quantity|age|capacite|capacity|combien|how many)\b(?: [\w']+){0,3} (?:${FLEET}|${STAFF}|${EQUIP}|${ACTIVITY}|repas|meals|heures|hours|places|seats)\b`)),
  // ---- means: frequencies and opening hours ----
  m('frequency', 2.5, /\b(?:une|deux|trois|quatre|\d+) fois par (?:jour|semaine|mois|trimestre|an)\b|\b(?:once|twice|(?:\d+|three|four|five|six) times) (?:a|per) (?:day|week|month|quarter|year)\b|\bc[1-7]\b/),
  m('frequency', 2, /\b(?:hebdomadaire|bimensuelle|quotidienne|weekly|fortnightly|daily)\b|\bevery \d+ minutes\b|\btoutes les \d+ minutes\b/),
  // "fréquence" of a service is a means; "fréquence des accidents" is an outcome rate, so the noun alone is not a cue.
  m('frequency', 1.5, /\b(?:frequence|cadence) (?:de|des|du) (?:collecte|passages?|lavage|ramassage|levees?|service|desserte|tournees?|nettoyage)|\bfrequency of (?:the )?(?:\w+ )?(?:collection|service|rounds?|lifts?|cleaning|washing)\b/),
  // The service described as a task performed (collecting, picking up): weak alone, decisive next to a frequency.
  m('frequency', 1, /\b(?:collecte|collectee?s?|ramassage|collected|picked up|collection) (?:(?:des|de|of|at|en)\b|weekly|daily|fortnightly|est assuree)/),
  m('volume', 3, /\bhoraires? d'ouverture|\bopening hours\b|\bouverte? du (?:lundi|mardi)|\bfrom \d+ ?(?:am|pm) to\b|\bde \d+ ?h(?: \d+)? a \d+ ?h\b|\bmonday to (?:friday|saturday)\b/),
  // ---- means: volumes handled or produced as the thing bought ----
  m('tonnage', 3, /\btonnages? (?:annuels? )?(?:[\w']+ ){0,4}(?:a collecter|a traiter|collectes?|estimes? a)\b|\b(?:par|a la|per) tonnes? (?:de \w+ )?(?:collectees?|collected|transportees?|traitees? au prix)|\btonnes? (?:of \w+ )?collected\b|\btonnage (?:annuel )?(?:a collecter|collecte)|\bau nombre de levees\b|\bpaid per tonne\b|\bpayment is made per\b/),
  m('volume', 2.5, /\bkilometres? (?:commerciaux|parcourus|haut-le-pied)|\b(?:bus|vehicule|vehicle|train)[- ]?(?:km|kilometres?)\b|\brepas par jour\b|\bmeals (?:served|produced|per day)\b|\bcouverts\b|\b\d+[- ](?:seat|places?)\b|\bde \d+ places\b|\b\d+[- ]litres?\b|\b\d+ litres?\b|\btonnes? ptac\b/),
  // ---- means: provision verbs (structural: the provider as subject, a resource as object) ----
  m('provision', 1.5, /\b(?:le|la) (?:titulaire|prestataire|candidat|soumissionnaire) (?:affecte|met a disposition|fournit|deploie|installe|dispose|realise|assure|organise|met en place|produit|mobilise|precise le nombre)\b/),
  m('provision', 1.5, /\bthe (?:contractor|provider|bidder|operator) (?:shall|will|must) (?:deploy|provide|supply|install|run|operate|assign|state the number|mobilise|mobilize)\b/),
  m('provision', 1.5, /\b(?:fourniture|livraison|mise en place|mise a disposition|installation|supply|delivery|provision) (?:et \w+ )?(?:de|d'|des|of)\b/),
  m('provision', 1, /\b(?:deploy|deployer|deployez|affectes?|affectez|assigned|assign|distribues?|distributed|held|organises?|installed)\b/),

  // ---- effects: units relative to people or output (structural: a ratio to the beneficiary) ----
  e(3, /\bpar (?:habitant|hab|convive|repas|usager|passager|voyageur|eleve)s?\b|\/hab\b|\bper (?:inhabitant|capita|diner|meal|resident|user|pupil|passenger)s?\b|\bpassager[- ]km\b|\bpassenger[- ]k(?:ilo)?m(?:etre)?s?\b/),
  e(3, /\b(?:emissions?|co2e?|ges|gaz a effet de serre|greenhouse gas|gaspillage|food waste|satisfaction|accidents? du travail|work accidents?|occupation|occupancy|attente|waiting time|debordements?|overflows?)\b/),
  // Health and safety of people (users or workers) is a social effect, even when the workers are named.
  e(3, /\b(?:sante|securite|health|safety|bien-etre|well-being|wellbeing|troubles musculo-squelettiques|musculoskeletal)\b/),
  e(2.5, /\btaux de (?:refus|valorisation|reemploi|recyclage|tri|captage|occupation|retour|acces|satisfaction|reussite|presence)|\b(?:reject|reuse|recycling|recovery|capture|success|employment) rate\b/),
  e(2, /\b(?:evitees?|evites?|avoided|detournes?|detournees?|diverted|sent to landfill|enfouissement)\b/),
  e(2, /\ben moins de \d+ minutes\b|\bwithin \d+ minutes\b|\ba moins de \d+ minutes\b|\baccede(?:nt)?\b|\bacces a\b|\b(?:can )?reach\b|\baccess to\b/),
  e(2, /\b(?:retrouvent|retrouve|obtenu|en emploi|in work|back (?:in|to) work|emplois? (?:en insertion|crees)|jobs? created|insertion)\b/),
  e(2, /\b(?:energie finale|final energy|consommations? d'energie|energy consumption)\b/),
  e(1.5, /\b(?:part|parts|share|proportion|pourcentage|percentage)\b (?:des|de la|du|de|d'|of)\b/),
  e(1.5, /\b(?:habitants?|usagers?|users?|residents?|convives?|diners?|menages?|households?|people|personnes|jobseekers?|demandeurs d'emploi|enfants|children|actifs|pupils|eleves)\b/),
  e(1.5, /\b(?:redui\w*|reduction|diminu\w*|baisse\w*|abaiss\w*|augment\w*|amelior\w*|atteind\w*|reduc\w*|decreas\w*|increas\w*|improv\w*|achiev\w*|cut)\b/),
  // Structural: a question asking how the means will produce an effect treats them as levers, which EFC wants.
  e(2, /\b(?:comment|how)\b.*\b(?:reduira|reduiront|permettra|permettront|contribuera|contribueront|ameliorera|will (?:reduce|help|enable|contribute|cut|improve|lower))\b/),
  e(1.5, /\b(?:valorisation|recovery|recyclage|recycling|reemploi|reuse|biodechets? (?:tries|triee?s)|trient)\b/),
  e(1.5, /\bpar rapport a l'annee de reference|\breference year\b|\bbaseline\b|\bsituation de reference\b|\bd'ici (?:a )?20\d\d\b|\bby 20\d\d\b|\bentre 20\d\d et 20\d\d\b/),
  e(1.5, /\b(?:sans voiture|without a car|faute de transport|for lack of transport|precarite|poverty|permis de conduire|driving licen[cs]e)\b/),
  e(1.5, /\b(?:produits durables|de qualite|bio|organic|egalim|sustainable products)\b/),
  e(1, /\b(?:grace (?:a|au|aux)|thanks to|as a result of)\b/),
  // Pooling means between actors is cooperation (an EFC practice), not a prescription of means.
  e(1.5, /\b(?:mutualis\w*|pooled|pooling|covoiturage|car-?pool\w*)\b/),
  e(1, /\b(?:kilogrammes?|kg|grammes?)\b/),
];

/** For each means topic, the kind of usage performance the buyer could contract on instead. */
export const EFFECT_SUGGESTIONS: Readonly<Record<MeansTopic, { fr: string; en: string }>> = {
  fleet: {
    fr: "les émissions (tCO2e par tonne collectée ou par voyageur-km), le bruit ou l'accès au service, en laissant les candidats dimensionner la flotte",
    en: 'emissions (tCO2e per tonne collected or per passenger-km), noise or access to the service, leaving bidders to size the fleet',
  },
  staff: {
    fr: "la continuité du service, les délais d'intervention, la satisfaction des usagers et la fréquence des accidents du travail, en laissant les candidats organiser les équipes",
    en: 'service continuity, response times, user satisfaction and work-accident frequency, leaving bidders to organise the teams',
  },
  frequency: {
    fr: 'les kg d’ordures ménagères résiduelles par habitant, les débordements signalés ou la satisfaction des usagers, en laissant les candidats proposer la fréquence',
    en: 'kg of residual waste per inhabitant, overflows reported or user satisfaction, leaving bidders to propose the frequency',
  },
  equipment: {
    fr: 'le taux de refus de tri, la part des ménages qui trient leurs biodéchets ou les tCO2e évitées, en laissant les candidats choisir les équipements',
    en: 'the sorting reject rate, the share of households sorting biowaste or tCO2e avoided, leaving bidders to choose the equipment',
  },
  tonnage: {
    fr: 'la baisse des déchets par habitant et les taux de valorisation et de réemploi, plutôt que les tonnes traitées (une rémunération à la tonne récompense la hausse des déchets)',
    en: 'the fall in waste per inhabitant and the recovery and reuse rates rather than tonnes handled (pay per tonne rewards more waste)',
  },
  volume: {
    fr: "la part de la population à moins de X minutes d'une solution, l'accès à l'emploi ou le gaspillage par repas, plutôt que les volumes produits",
    en: 'the share of people within X minutes of a solution, access to jobs or food waste per meal, rather than volumes produced',
  },
  activity: {
    fr: 'le changement obtenu (qualité du tri, déchets par habitant, participation mesurée), plutôt que le nombre d’actions réalisées',
    en: 'the change obtained (sorting quality, waste per inhabitant, measured participation) rather than the number of actions carried out',
  },
  provision: {
    fr: "l'effet attendu pour les usagers et le territoire (indicateur, situation de référence, cible, échéance), en laissant les moyens à la proposition des candidats",
    en: 'the effect expected for users and the territory (indicator, baseline, target, horizon), leaving the means to the bidders',
  },
};
