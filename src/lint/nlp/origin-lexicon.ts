/**
 * Lexicons of the local-preference detector (French and English, prepared text): on what (seat, distance, origin,
 * "local", nationality) and who (the bidder, its suppliers or products, or the service itself: its users, its
 * waste, its points of service). The learnt model weighs them; see features.ts.
 */
const G = String.raw`(?:[ld]'? ?)?`;

export const GEO = new RegExp(
  String.raw`\b${G}(?:locales?|(?:produits|fournisseurs|producteurs|artisans|prestataires|entreprises|operateurs|emplois|salaries|denrees)(?: [\w-]+){0,2} locaux|produits du (?:terroir|territoire|departement)|locally|local|localement|localisation|localise\w*|situee?s? (?:a|dans|sur)|located|situated|proximite|proximity|close to|near(?:by)?|distance|distances|kilometres?|km|miles?|within \d+ (?:miles?|mi|km|kilometres?|kilometers?|minutes?(?: drive)?|hours? drive)|within (?:a |an )?(?:\d+|one|two|five|ten|twenty|fifty)[- ]mile|a moins de \d+ ?(?:km|kilometres?|minutes?)|rayon|radius|sieges?(?: social| sociaux)?|headquarter\w*|head office|implantation\w*|implante\w*|based (?:in|within)|domicilie\w*|domiciled|resident (?:vendor|business|bidder|contractor)s?|origines?|origin|provenance|made in|fabrique en|produit en|produced in|grown in|sourced|nationale?s?|nationaux|national|francais\w*|french|british|american|usa|u\.s\.|domestic|buy american|regionale?s?|regionaux|regional|region|departementa\w*|departement|county|borough|city limits|(?:dans|sur|de) la commune|territoires?|territory|territorial|circuits? courts?|short (?:supply )?chains?|temps de (?:trajet|deplacement|parcours)|travel (?:time|distance|cost)|cout d'?acheminement|acheminement|geographi\w*|location of (?:the )?(?:office|premises|headquarters|business)|office location|(?:non-)?city (?:bidders?|vendors?|businesses)|in-(?:state|county|city)|out-of-(?:state|county|town))\b`,
);

export const BIDDER_SIDE = new RegExp(
  String.raw`\b${G}(?:entreprises?|candidats?|prestataires?|fournisseurs?|producteurs?|societes?|pme|tpe|smes?|artisans?|soumissionnaires?|titulaires?|bidders?|vendors?|suppliers?|contractors?|firms?|business(?:es)?|companies|company|producers?|farmers?|growers?|produits?|products?|denrees?|goods|food|foodstuffs|ingredients?|aliments|materiaux|materials|equipements?|equipment|materiels?|vehicules?|vehicles?|fournitures|supplies|viandes?|meat|fish|poissons?|atelier du prestataire|locaux du (?:candidat|prestataire)|agences?|offices?|workforce|main[- ]d'?oeuvre|labou?r|recrut\w*|hire\w*|employing|emploie|emploient)\b`,
);

export const SERVICE_SIDE = new RegExp(
  String.raw`\b${G}(?:usagers?|habitants?|residents?|users?|beneficiaires?|beneficiaries|dechets?|waste|points? d'apport|points? de (?:livraison|livrasion|collecte|vente|service|retrait)|delivery points?|sites?|lieux|locations? (?:of|where)|ecoles?|schools?|etablissements?|equipements publics|service area|zone (?:de|d'intervention)|perimetre|interventions?|intervention|delais?|response times?|temps de reponse|urgence|emergency|astreinte|the service|du service|des prestations|patients?|publics?|population|territoire desservi|zones? desservies?)\b`,
);

/** Lawful proxies and rules against local preference, which look close: emissions, direct supply, intermediaries, price per km, prohibitions. */
export const LAWFUL_PROXY = new RegExp(
  String.raw`\b(?:emissions?|co2|carbone|carbon|gaz a effet de serre|greenhouse|intermediaires?|intermediar(?:y|ies)|approvisionnement direct|direct supply|prix (?:au|du|par) (?:km|kilometre)|cout (?:au|du|par) (?:km|kilometre)|price per (?:mile|km)|kilometrage|mileage|shall not|does not apply|do not apply|not subject to|ne (?:peut|doit|peuvent|doivent|permet|permettent) (?:pas|en aucun cas)|ne (?:peut|doit) (?:etre|pas etre) subordonne|sans porter atteinte|censur\w*|interdit\w*|prohib\w*|forbid\w*|illegal\w*|illicite|discrimin\w*|connaissance du territoire|knowledge of the (?:area|territory)|fraicheur|freshness|delais? d'intervention|response time)\b`,
);

/** A preference named only to be forbidden ("shall not grant preferential bid percentages to local contractors", "ne permet pas de retenir l'implantation") is not granted: the rest of the clause is dropped. */
export const FORBIDDEN = new RegExp(
  String.raw`\b(?:shall not|must not|may not|cannot|can not|ne (?:peut|peuvent|doit|doivent|permet|permettent|saurait|sauraient) (?:pas|plus|en aucun cas)|n' ?est pas (?:permis|autorise|admis)|interdit de|prohibited from|is prohibited)\b[^.;:!?]*`,
  'g',
);

/** "Local preference shall not apply to …", "la préférence … ne s'applique pas": the whole clause names an exemption. */
export const NOT_APPLYING = /[^.;]*\b(?:(?:shall|does|do|will|may) not apply|ne s' ?appliqu\w* pas)\b[^.;]*/g;

/** Places that only a bidder or its goods can have: a seat, a head office, a place of manufacture or origin. */
export const BIDDER_PLACE = /\b(?:sieges?(?: social| sociaux)?|headquarter\w*|head office|principal place of business|made in|fabrique\w* en|produit\w* en|produced in|grown in|origine (?:francaise|locale|regionale|france|nationale)|domestic (?:offer|product|end product)s?|buy american|british products?|french products?|produits? (?:francais|locaux|regionaux))\b/;

/** Names of public bodies and information duties that contain a place word: not a preference ("mission locale", "local authority", informing families of the origin of products). */
export const ORIGIN_MASK = /\b(?:(?:compostage|services?|solutions?|commerces?|equipements?|points?|accueil|permanences?) de proximite|proximity (?:services?|composting)|(?:connaitre|connaissent|connait|savoir|savent|information sur|informes? sur) (?:l' ?)?origine|(?:territory's|du territoire|local) (?:data|donnees)|donnees (?:du|de) territoire|missions? locales?|local youth missions?|national (?:government|law|laws|legislation|regulations?|policy|strategy|objectives?|targets?|level)|gouvernement|(?:objectifs?|plan|programme|strategie|loi|reglementation|echelle) nationa(?:l|le|ux)s?|local (?:monies|money|funds|funding|tax(?:es)?|newspapers?|press|conditions)|(?:presse|journaux) (?:locale|locaux)|collectivites? (?:locales?|territoriales?)|autorites? locales?|local authorit\w*|local government\w*|elus locaux|information (?:des|aux) (?:familles|parents|usagers|convives)[^.;]*|inform\w* (?:families|parents|users|diners)[^.;]*)/g;
