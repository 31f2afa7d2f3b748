/**
 * Curated lexicons of the means-vs-effects classifier (French and English), on prepared text (normalise(): lower
 * case, no accents, straight apostrophes; elisions split off). Each class names what a clause can bear on. The
 * learnt model (src/lint/models/means-effects.ts) weighs them with the words of the clause; these lists also give
 * the explanation of a finding: the obligation cue and the object it bears on.
 *
 * An optional glued article (`l`, `d`) is allowed before nouns, because some published data sets dropped the
 * apostrophes ("lentreprise", "dheures").
 */
const G = String.raw`(?:[ld]'? ?)?`;
const w = (words: string): string => String.raw`\b${G}(?:${words})\b`;

export type ObjectClass = 'resource' | 'staff' | 'activity' | 'schedule' | 'volume' | 'input' | 'effect';

/** What a clause can bear on, class by class. Means classes first; "effect" is a change for people or the territory. */
export const OBJECTS: Readonly<Record<ObjectClass, RegExp>> = {
  resource: new RegExp(
    w(
      String.raw`camions?|bennes?|bom|vehicules?|minibus|navettes?|autocars?|autobus|bus|cars?|vans?|trucks?|vehicles?|fleet|flotte|engins?|balayeuses?|sweepers?|lorr(?:y|ies)|velos?|bikes?|bicycles?|shuttles?|bacs?|conteneurs?|containers?|bins?|carts?|roll ?carts?|dumpsters?|skips?|composteurs?|composters?|bornes?|colonnes?|points? d'apport(?: volontaire)?|pav|equipements?|equipment|materiels?|machines?|outils?|tools?|locaux|depots?|garages?|cuisines?(?: centrales?)?|kitchens?|moyens? (?:materiels?|techniques?|mis en oeuvre)|materiel roulant|rolling stock|supplies|fournitures|consommables|chariots?|aspirateurs?|vacuums?|mops?|autolaveuses?|scrubbers?|logiciels?|software|gallon|litres?|liters?|ambulances?|compact(?:eurs?|ors?)|roll-?offs?|hot ?boxes|generators?|groupes? electrogenes?|trays?|plateaux|utensils?|couverts jetables|liners?|sacs?(?: poubelle)?|bags?|dispensers?|distributeurs?|paper towels?|toilet paper|essuie-mains|papier toilette|soap|savon|abris-?bacs|seaux|buckets?|broyeurs?|shredders?|plates?-?formes?|quais? de transfert|dechetteries?|decheteries?|ressourceries?|recycleries?|centres? de tri|cuisines? satellites?|offices? de restauration|salles? de restauration|refectoires?|cafeterias?|canteens?`,
    ),
  ),
  staff: new RegExp(
    w(
      String.raw`agents?|chauffeurs?|conducteurs?|drivers?|etp|equivalents? temps plein|full[- ]time equivalents?|fte|staff(?:ing)?|personnel|effectifs?|operators?|ripeurs?|loaders?|cuisiniers?|cooks?|mediateurs?|mediators?|animateurs?|travailleurs|coachs?|mentors?|benevoles|volunteers?|employees?|workers?|janitors?|custodians?|supervisors?|encadrants?|moyens? humains?|human resources|heures? (?:de travail|de conduite|d'intervention)|man[- ]hours|personnes? affectees?|equipes?|teams?|crews?|gouvernantes?|femmes de chambres?|chefs? d'equipes?|dieteticien\w*|dietitians?|dieticians?|mechanics?|mecaniciens?|helpers?|technicians?|paramedics?|emt|ripeurs|equipages?`,
    ),
  ),
  activity: new RegExp(
    w(
      String.raw`collect(?!i[fv]|ivit)\w*|ramass\w*|nettoy\w*|clean\w*|entretien|entreten\w*|maintenance|mainten\w*|lav\w*|wash\w*|balay\w*|sweep\w*|vacuum\w*|mop\w*|dust\w*|wip(?:e|ed|ing)|empt(?:y|ied|ying)|polish\w*|strip\w*|wax\w*|exploit\w*|operat(?:e|es|ed|ing|ion|ions)|transport\w*|livr\w*|deliver\w*|distribu\w*|tournees?|rounds?|routes?|animations?|sessions?|ateliers?|workshops?|visites?|visits?|levees?|lifts?|passages?|interventions?|prestations?|gestion|manag\w*|conduite|fonctionnement|installation|install\w*|fourniture|supply|provision|mise a disposition|mise en place|remplac\w*|replac\w*|repar\w*|repair\w*|inspect\w*|controles?|surveillance|accueil|sensibilis\w*|communication|formation|training|actions?|demarches?|plans? d'actions?|programmes?|activites?|activities|taches?|tasks?|travaux|works|production|preparation|prepar\w*|confection|cuisson|service des repas|desserte|accompagnement\w*|dispositifs?|dispositions|methodes? (?:d'accompagnement|de travail|d'intervention|de collecte|de nettoyage)|working methods?|processus|hebergement|restauration|traitement|suivi|mise en oeuvre|plan de mesure|tracabilite|perform(?:ed|ing)? (?:this |the )?work|respond\w*|buff\w*|spray\w*|maintain\w*|restock\w*|re-?suppl\w*|refill\w*|sanitiz\w*|disinfect\w*|desinfect\w*|deodori\w*|shampoo\w*|steam clean\w*|scrub\w*|evacu\w*|enlev\w*|vidage|vid(?:er|e|es)|rotations?|echanges? de bennes|location|rent(?:al)?|hir(?:e|ing) of|jetting|monitoring|haul\w*|pick-?ups?|dump\w*|dispos(?:e|al|ing)|servi(?:ce|r|s)? (?:des|les) (?:repas|dejeuners)|servir|served|serving|fabriqu\w*|elabor\w* des menus|commissions? de menus`,
    ),
  ),
  schedule: new RegExp(
    String.raw`\b(?:une|deux|trois|quatre|cinq|six|\d+) fois par (?:jour|semaine|mois|trimestre|an)\b|\b(?:once|twice|(?:\d+|one|two|three|four|five|six) times?) (?:a|per|each|every) (?:day|week|month|quarter|year)\b|\b(?:hebdomadaires?|bimensuel\w*|quotidien\w*|weekly|fortnightly|daily|nightly|bi-?weekly)\b|\bchaque (?:jour|semaine|mois|annee|matin|soir)\b|\b(?:each|every) (?:day|week|month|morning|evening|night|\d+ (?:minutes|hours|days))\b|\btoutes les \d+ (?:minutes|heures)\b|\bhoraires?\b|\bopening hours\b|\bheures? d'ouverture\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|\bde \d+ ?h(?: ?\d+)? a \d+ ?h\b|\b\d+ ?(?:am|pm|a\.m\.|p\.m\.)\b|\b(?:frequences? (?:de|des|du) (?:collecte|passages?|levees?|nettoyage|service|desserte|ramassage|tournees?|lavage)|frequency of (?:the )?(?:collection|service|cleaning|pick-?ups?|lifts?)|cadences?|calendrier|planning|schedules?|timetables?|amplitude)\b|\bc[1-7]\b|\bjours? (?:ouvres|feries)\b|\bbusiness days?\b|\b(?:frequences?|frequenc(?:y|ies)|periodicites?|periodicity|periodicite)\b|\b\d{1,2}[:h]\d{2} ?(?:am|pm|a\.m\.|p\.m\.)?\b|\b24 ?\/ ?7\b|\b24 hours?\b|\b\d+ days? (?:a|per) week\b|\b\d+ weeks? (?:a|per) year\b|\bweekdays?\b|\bweekends?\b|\b(?:jours|periodes?) (?:scolaires|de centres? de loisirs)\b|\bvacances scolaires\b|\bpendant les vacances\b|\bsur (?:la base de )?\d+ repas\b|\bdays and times\b|\bservice days\b|\bannual(?:ly)?\b|\bannuel(?:le)?\b|\bmensuel(?:le)?s?\b|\bmonthly\b|\bquarterly\b|\btrimestriel\w*\b|\bsemi-annual\b`,
  ),
  volume: new RegExp(
    String.raw`\b(?:tonnes?|tonnages?|tons?|t\/an|kilometres?|km|miles?|repas|meals?|couverts|portions?|rations?|litres?|m3|m2|square feet|sq\.? ?ft|volumes?|quantites?|quantit(?:y|ies)|nombre (?:de|d'|des)|nombre d\w+|number of|sites?|heures|hours|temps (?:affecte|passe)|eleves|pupils|how many|combien|capacite|capacity|places?|seats?|heures? de service|service hours|vehicle hours|bus hours|kwh|mwh|gwh|cubic yards?|yd3|gallons?|housing units|units|calories|mg|grammes?|grams?|oz|servings?|ettp|etp|couverts par jour|repas par (?:an|jour|semaine)|meals per (?:day|week|year))\b`,
  ),
  input: new RegExp(
    w(
      String.raw`menus?|grammages?|portions?|recettes?|recipes?|composantes?|plats?|dishes|ingredients?|produits?|products?|denrees?|foodstuffs?|food|aliments?|bio|biologiques?|organic|labels?|labell\w*|label rouge|aop|aoc|igp|msc|ecolabel\w*|eco-?label\w*|certifi\w*|fairtrade|equitable|frais|fresh|saisonnier\w*|seasonal|viandes?|meat|poissons?|fish|legumes?|vegetables?|fruits?|laitiers?|dairy|vegetarien\w*|vegetarian|chemicals?|detergents?|produits d'entretien|cleaning products|biocarburants?|biofuels?|gnv|electriques?|electric|hybrides?|euro ?[vi1-6]+|normes?|standards?|specifications?|cahier des charges|conformes?|compliant|fiches? techniques?|materiaux|materials?|papier|paper|emballages?|packaging|vaisselle|tableware|combustibles?|fuels?|water|side dish\w*|regles?|textes? (?:officiels|en vigueur)|reglementation|gemrcn|pnns|regulations?|memoire technique|note (?:detaillee|methodologique|concernant|technique)|dossier technique|pain|bread|eau|fromages?|cheeses?|yaourts?|yogurts?|crudites|desserts?|entrees?|garnitures?|sel|salt|sauces?|frites|fries|oeufs|eggs|volailles?|poultry|porc|pork|agneau|lamb|boeuf|beef|milk|lait|goûters?|gouters?|snacks?|breakfasts?|lunch(?:es)?|dejeuners?|diners?|suppers?|petits? dejeuners?|plats? protidiques|proteines? vegetales|legumineuses|cereales|grains?|sodium|matieres grasses|fat|sucres?|sugar|allergen\w*|substitution|sans porc|halal|casher|kosher|nut-free|gluten`,
    ),
  ),
  effect: new RegExp(
    String.raw`\b(?:reduction|redui\w*|reduc\w*|diminu\w*|baiss\w*|abaiss\w*|augment\w*|hausse|amelior\w*|progress\w*|decreas\w*|increas\w*|improv\w*|lower\w*|cut|avoid\w*|evit\w*|detourn\w*|divert\w*|diversion|economies? d'energie|energy savings?|savings?|gains?|objectifs?|cibles?|targets?|outcomes?|resultats?|results?|impacts?|effets?|taux de \w+|\w+ rate|par habitant|per (?:capita|inhabitant|resident|household|person|meal|pupil|passenger)|\/hab|passagers?[- ]km|voyageurs?[- ]km|passenger[- ]k(?:ilo)?m\w*|emissions?|co2e?|ges|gaz a effet de serre|greenhouse|gaspillage|food waste|satisfaction|frequentation|ridership|occupation|occupancy|sans voiture|en emploi|into work|in work|sustained|reoffend\w*|recidive|insertion durable|accedent|access to|acces a|sante|health|wellbeing|well-being|consommations?|consumption|baseline|situation de reference|annee de reference|reference year|valeur de reference|d'ici (?:a )?20\d\d|by 20\d\d|entre 20\d\d et 20\d\d|mesurables?|measurable|indicateurs?|indicators?|performance energetique|energy performance|evitees|evites|avoided|recycl\w*|valoris\w*|reemploi|reuse|refus de tri|contamination)\b`,
  ),
};

/** The provider as the subject of an obligation, or an obligation in the passive ("shall be emptied", "sera assurée"). */
export const OBLIGATION = new RegExp(
  String.raw`\b(?:(?:le|la|l'|the) ?(?:titulaire|prestataire|candidat|soumissionnaire|exploitant|delegataire|concessionnaire|entreprise|operateur|cocontractant|contractor|provider|supplier|operator|vendor|bidder|proposer|offeror|concessionaire|grantee|service provider)s?(?: [\w'-]+){0,3} (?:devra|devront|doit|doivent|s'engage\w*|assure\w*|met(?:tra|tront)? a (?:la )?disposition|fourni\w*|realise\w*|effectue\w*|procede\w*|mett?ra|deploie\w*|affecte\w*|installe\w*|organise\w*|prend en charge|est tenu|sont tenus|est charge|shall|will|must|is required|are required|agrees?|is responsible|provides?|supplies|operates?|maintains?|furnish\w*|ensures?))|\b(?:shall|must|will) (?:be )?(?:provide|supply|furnish|deliver|operate|maintain|collect|clean|empty|remove|install|perform|ensure|assign|deploy|achieve|reduce|meet)\w*|\b(?:shall|must) be\b|\bare to be\b|\bis to be\b|\b(?:sera|seront|devra etre|devront etre|doit etre|doivent etre) (?:assure|effectue|realise|mis|fourni|installe|collecte|nettoye|vide|livre|servi|propose)\w*|\bil (?:est|sera) (?:demande|exige|impose)\b|\bmise? a disposition\b|\bexige\w*|\brequired\b|\brequirement\b`,
);

/** Wording that pays for something or scores it (what the clause pays or scores is its object too). */
export const PAYS_OR_SCORES = new RegExp(
  String.raw`\b(?:remuner\w*|pay\w*|paid|prix|price|tarif\w*|bonus|malus|penalit\w*|penalt\w*|interessement|incentive\w*|forfait\w*|couts?|costs?|recettes|revenues?|critere|criterion|criteria|sous-critere|note|notee?|jugee?s?|apprecie\w*|evalu\w*|scored?|assessed|weighted|points?|pts|valeur technique)\b`,
);

/** A number given as a target or a change ("15 %", "- 20 %", "75%"), and a year. */
/** A quantity per person: the structure of an effect indicator ("kg par habitant", "per capita", "par repas servi"). */
export const PER_PERSON = /\bpar (?:habitant|hab|usager|convive|eleve|enfant|voyageur|passager|menage|foyer|personne|beneficiaire|repas servi)s?\b|\/hab\b|\bper (?:capita|inhabitant|resident|household|person|user|pupil|passenger|meal served)s?\b|\b(?:voyageurs?|passagers?|passenger)[- ]k(?:ilo)?m/;
/** A rate or a share: the other structure of an effect indicator ("taux de refus de tri", "share of households"). */
export const RATE = /\b(?:taux|rate|ratio|part|share|proportion|pourcentage|percentage) (?:de|d'|des|du|of)\b/;
export const PERCENT = /\b\d+(?:[.,]\d+)? ?%|\b\d+(?:[.,]\d+)? (?:pour ?cent|percent|per cent)\b/;
export const YEAR = /\b(?:19|20)\d\d\b/;
export const NUMBER = /\b\d+(?:[.,]\d+)?\b|\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|ten)\b/;
/** A means named only to be ruled out ("payé sur les résultats, et non sur les tonnages") is not prescribed. */
/** How a result is measured is not a means the provider deploys ("méthode de mesure", "measurement method"). */
export const MEASURE = /\b(?:methodes? de (?:mesure|calcul|suivi)|measurement methods?|method of measurement|plan de mesure et de verification)\b/g;
/**
 * Names that contain an activity word and are not an activity: places of the service ("accueil de loisirs",
 * "centre de loisirs") and cost terms ("coûts de production"). They are blanked before the objects are looked for.
 */
export const NOT_AN_ACTIVITY = /\b(?:accueils? (?:de loisirs|periscolaires?|collectifs? de mineurs)|centres? (?:de loisirs|aeres)|couts? de (?:production|revient)|prix de (?:production|revient)|production costs?|cost of production)\b/g;
export const NEGATED = /\b(?:aucune? (?:part|partie)|ne depend (?:ni|pas|en rien)|does not depend|is not paid|n'est pas (?:paye|remunere)e?|et non|mais non|non pas|plutot que|au lieu de|sans imposer|rather than|instead of|and not|but not|not on)\b[^.;:!?]*/g;
