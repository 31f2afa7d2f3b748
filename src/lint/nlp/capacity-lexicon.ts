/**
 * Lexicons of the general-capacity detector (French and English, prepared text): what is judged (the capacity
 * nouns) and who is judged (the company in general, or the team and means assigned to the contract). The learnt
 * model weighs them; see features.ts.
 */
const G = String.raw`(?:[ld]'? ?)?`;

export const CAPACITY = new RegExp(
  String.raw`\b${G}(?:chiffres? d'?affaires|c\.?a\.? (?:annuel|global)|(?:annual |overall |company |average )?turnover|revenues?|references?|experiences?|savoir-faire|anciennete|annees? d'(?:existence|experience)|(?:\d+|trois|cinq|three|five) (?:dernieres|derniers|last|past) (?:annees|ans|years)|years? (?:in business|of (?:experience|existence|trading|operation))|track record|past performance|prior experience|certifications?|certifie\w*|iso ?\d{4,5}|qualibat|qualifications? (?:professionnelles?|de l'entreprise)|effectifs?(?: moyens?)?(?: annuels?)?|nombre de salaries|headcount|workforce|number of employees|capacites? (?:financieres?|economiques?|techniques?|professionnelles?)|capacit(?:y|ies) (?:and|to)|financial (?:standing|capacity|strength|health|stability)|solidite financiere|business standing|comptes annuels|bilans? (?:comptables?|financiers?|des (?:trois|deux|3|2) derniers)|liste des (?:prestations|travaux|services|marches|references)|prestations similaires|marches similaires|similar (?:contracts|projects|services|work)|presentation (?:generale )?(?:de|du) (?:l' ?entreprise|candidat|la societe)|moyens (?:de|du) (?:l' ?entreprise|candidat|la societe)|qualites? du candidat|(?:flotte|parc) (?:du candidat|de l' ?entreprise|du soumissionnaire)|parc (?:de vehicules|materiel)|size of (?:the )?(?:company|firm)|type of business|how long (?:practicing|in) business|how many employees|employees|client base|financial strength|financial viability|financial health|financial resources|bonding capacity|(?:corporate|company|firm|organi[sz]ation(?:al)?|business) (?:experience|history|profile|capacity|capabilities|qualifications?|quality|structure|size)|(?:firm|company|organi[sz]ation)['’]?s? (?:history|size)|history (?:and|of the) (?:firm|company)|years of experience|how long|depth of client base|record of past performance|proven history|notoriete|ancienne?te de l' ?entreprise|references? (?:clients?|similaires?|de l' ?entreprise|du candidat|de moins de \w+ ans)|presentation generale (?:de|du) (?:l' ?entreprise|candidat|la societe))\b`,
);

export const COMPANY = new RegExp(
  String.raw`\b${G}(?:entreprises?|candidats?|societes?|soumissionnaires?|prestataires?|operateurs? economiques?|groupements?|bidders?|bidder's|company|company's|companies|firms?|firm's|tenderers?|tenderer's|contractors?|contractor's|organisations?|organizations?|vendors?|offerors?|proposers?|suppliers?)\b`,
);

export const TEAM = new RegExp(
  String.raw`\b${G}(?:equipes?|intervenants?|personnels? (?:affectes?|assignes?|dedies?|mis a disposition|intervenant)|personnes? (?:cles? |clefs? )?(?:affectees?|chargees?|qui seront|mobilisees?|dediees?)|personnes? cles|key persons?|(?:affecte|affectee|affectes|affectees|dedie|dediee|dedies|dediees|assigne|assignee|assignes|mobilise|mobilisee|mobilises|propose|proposee|proposes|pressentie?s?|mis a disposition|mise a disposition|charge|chargee) (?:a|au|aux|de|pour|a l'?execution)|(?:effectifs?|personnel|staff|agents|equipes?) (?:affecte|affectes|affectee|affectees|assigne|assignes|dedies?|assigned|dedicated)|chef de (?:projet|chantier)|cv|curriculum|membres?|consultants?|formateurs?|techniciens?|key (?:personnel|staff)|staff (?:assigned|proposed|dedicated)|(?:assigned|dedicated|proposed) (?:to|for|staff|team|personnel)|project team|team members?|key people|(?:people|persons) assigned|members of staff|personnel|(?:management )?staff (?:quality|qualifications?|experience|expertise)|(?:qualifications?|expertise|experience|evaluation|quality) of (?:the )?(?:assigned )?(?:staff|personnel|key personnel)|assigned personnel|staff experience|site staff|pour (?:la realisation|l'?execution)|a l'?execution (?:du|des|de)|dans le cadre de l'?execution|attache\w* a la (?:mission|prestation)|(?:a|de|pour) la mission|moyens en personnels?|au (?:chantier|projet|marche)|intervenant\w*)\b`,
);

/** Words that look like a general capacity and are not: staff turnover on the contract, insertion turnover, the offer's own commitments. */
export const CAPACITY_LOOKALIKE = new RegExp(
  String.raw`\b(?:staff turnover|turnover (?:of|among|rate)|taux de rotation|rotation (?:des|du) (?:agents|personnel)|chiffre d'?affaires (?:realise|fait) (?:avec|aupres)|structures? d'insertion|insertion|heures d'insertion|sous-traitance|formation|training|engagements?|commitments?|methodolog\w*|memoire technique|note methodologique|organisation|planning|delais?)\b`,
);

export const SELECTION_STAGE = new RegExp(
  String.raw`\b(?:candidatures?|selection (?:des|of) (?:candidat|candidates|tenderers)|stage 1|selection stage|selection criteria|criteres de selection|jugement (?:des )?candidatures|pre-?qualification|dc2|dume|espd|acceptance\/rejection|minimum qualifications?|pass\/fail|capable of delivering|whether (?:bidders|tenderers|candidates) (?:are|have))\b`,
);

/**
 * Phrases that contain a capacity word but name something else: staff turnover on the contract, the share of the
 * contract's turnover given to insertion structures. They are masked before the capacity words are looked for.
 */
export const CAPACITY_MASK = new RegExp(
  String.raw`\b(?:(?:valeurs?|situations?|annees?|donnees|periodes?|consommations?) de reference|reference (?:values?|years?|data|situation|period)|baselines?|retours? d'?experiences?|(?:lecons|enseignements) de l'?experience|learn(?:ing)? from experience|experience reviews?|lessons learn\w*|(?:couts|costs) (?:et|and) (?:recettes|revenues)|(?:user|usager|diner|convive|customer|client)s?'? experience|effectifs? (?:affecte|prevu|par site|par fonction|engage)\w*|staff turnover|(?:employee|workforce|crew|driver|personnel|labou?r) turnover|(?:high |annual |the )?turnover rates? (?:of|for|among|in) (?:[\w-]+ ){0,2}?(?:staff|employees|workers|crews|drivers|agents|personnel|throwers|loaders|collectors|operatives|cleaners)|turnover (?:of|among|rate of) (?:staff|employees|workers|crews|drivers|agents|personnel)|taux de rotation\w*(?: des (?:agents|equipes|personnels?|salaries))?|(?:part|pourcentage|montant) du chiffre d'?affaires (?:du (?:present )?(?:marche|contrat) )?(?:realise|confie|sous-traite|fait)e?s? (?:avec|aupres|a)\b[^.;,]*|chiffre d'?affaires (?:realise|confie|sous-traite|fait)e?s? (?:avec|aupres)\b[^.;,]*)`,
  'g',
);

/** Whose capacity, said in the same phrase: "chiffre d'affaires de l'entreprise", "the company's turnover". */
export const OF_COMPANY = String.raw`(?:de|du|des|of|of the|de la) (?:l' ?|l)?(?:entreprise|candidat|societe|soumissionnaire|prestataire|operateur economique|company|firm|bidder|tenderer|supplier|contractor|organisation|organization)s?\b`;
export const COMPANY_S = String.raw`\b(?:company|firm|bidder|tenderer|supplier|contractor|organisation|organization)(?:'s|s')`;
