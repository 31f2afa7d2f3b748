import type { Lang } from '../../model/common.js';

/** Every word the XLSX grid prints, per language (the grid's own texts come from the Grid). */
export interface XlsxLabels {
  readonly gridTitle: string;
  readonly reference: string;
  readonly date: string;
  readonly scale: string;
  readonly allowedMarks: string;
  readonly priceCriterion: string;
  readonly noPrice: string;
  readonly basis: Readonly<Record<'TTC' | 'HT', string>>;
  readonly number: string;
  readonly id: string;
  readonly criterion: string;
  readonly subCriterion: string;
  readonly points: string;
  readonly question: string;
  readonly evidence: string;
  readonly levels: string;
  readonly total: string;
  readonly criteriaHelp: string;
  readonly marksHelp: string;
  readonly bidderNameHere: string;
  readonly mark: (max: number) => string;
  readonly justification: string;
  readonly bidder: (n: number) => string;
  readonly bidderHeader: string;
  readonly pricesHelp: (expression: string, basis: string) => string;
  readonly priceWeight: string;
  readonly price: (basis: string) => string;
  readonly pricePoints: string;
  readonly lowest: string;
  readonly mean: string;
  readonly highest: string;
  readonly summaryHelp: string;
  readonly maximum: string;
  readonly rank: string;
  readonly active: string;
  readonly markError: (marks: string) => string;
  readonly markPrompt: (marks: string) => string;
  readonly priceError: string;
  readonly levelLine: (level: number, mark: number, text: string) => string;
}

export const XLSX_LABELS: Readonly<Record<Lang, XlsxLabels>> = {
  fr: {
    gridTitle: "Grille d'évaluation des offres",
    reference: 'Référence',
    date: 'Date',
    scale: 'Échelle de notation (note maximale)',
    allowedMarks: 'Notes autorisées',
    priceCriterion: 'Critère prix',
    noPrice: "Pas de critère prix dans cette consultation : l'attribution est justifiée dans le règlement de la consultation.",
    basis: { TTC: 'TTC', HT: 'HT' },
    number: 'N°',
    id: 'Identifiant',
    criterion: 'Critère',
    subCriterion: 'Sous-critère',
    points: 'Points',
    question: 'Question posée aux soumissionnaires',
    evidence: 'Éléments de preuve attendus',
    levels: 'Niveaux de notation (descripteurs)',
    total: 'Total',
    criteriaHelp: "Feuille de référence, protégée : critères, sous-critères et pondérations annoncés dans le règlement de la consultation. Ne pas modifier.",
    marksHelp:
      "Saisir le nom de chaque soumissionnaire dans l'en-tête (cellules jaunes), puis une note autorisée et une justification par sous-critère. Pas de point sans élément de preuve. Les niveaux de notation sont dans la note de chaque cellule et dans la feuille Critères.",
    bidderNameHere: 'Nom du soumissionnaire →',
    mark: (max) => `Note (0–${max})`,
    justification: 'Justification',
    bidder: (n) => `Soumissionnaire ${n}`,
    bidderHeader: 'Soumissionnaire',
    pricesHelp: (expression, basis) => `Saisir le prix ${basis} de chaque offre (cellules jaunes). Note prix : ${expression}, où Nmax est le nombre de points du critère prix. Une offre sans prix n'entre pas dans le calcul.`,
    priceWeight: 'Points du critère prix (Nmax)',
    price: (basis) => `Prix ${basis} (€)`,
    pricePoints: 'Note prix (points)',
    lowest: 'Prix le plus bas (Pmin)',
    mean: 'Prix moyen des offres (Pmoyen)',
    highest: 'Prix le plus élevé (Pmax)',
    summaryHelp: 'Calcul automatique : points pondérés par critère, total sur 100 et rang (les ex æquo partagent le rang). Seuls les soumissionnaires nommés, notés ou ayant un prix sont classés.',
    maximum: 'Points maximum',
    rank: 'Rang',
    active: 'Actif',
    markError: (marks) => `Notes autorisées : ${marks}.`,
    markPrompt: (marks) => `Notes autorisées : ${marks}. Descripteurs des niveaux : voir la note de la cellule.`,
    priceError: 'Saisir un prix positif, en euros, sans texte.',
    levelLine: (level, mark, text) => `Niveau ${level} (note ${mark}) : ${text}`,
  },
  en: {
    gridTitle: 'Bid scoring grid',
    reference: 'Reference',
    date: 'Date',
    scale: 'Marking scale (maximum mark)',
    allowedMarks: 'Allowed marks',
    priceCriterion: 'Price criterion',
    noPrice: 'No price criterion in this tender: the award without price is justified in the rules of the consultation.',
    basis: { TTC: 'incl. VAT', HT: 'excl. VAT' },
    number: 'No.',
    id: 'Id',
    criterion: 'Criterion',
    subCriterion: 'Sub-criterion',
    points: 'Points',
    question: 'Question put to bidders',
    evidence: 'Evidence expected',
    levels: 'Mark levels (descriptors)',
    total: 'Total',
    criteriaHelp: 'Reference sheet, protected: the criteria, sub-criteria and weights announced in the rules of the consultation. Do not edit.',
    marksHelp:
      "Type each bidder's name in the header (yellow cells), then an allowed mark and a justification for each sub-criterion. No point without evidence. The mark levels are in each cell's note and in the Criteria sheet.",
    bidderNameHere: "Bidder's name →",
    mark: (max) => `Mark (0–${max})`,
    justification: 'Justification',
    bidder: (n) => `Bidder ${n}`,
    bidderHeader: 'Bidder',
    pricesHelp: (expression, basis) => `Type each offer's price ${basis} (yellow cells). Price mark: ${expression}, where Nmax is the points of the price criterion. An offer without a price is left out of the computation.`,
    priceWeight: 'Points of the price criterion (Nmax)',
    price: (basis) => `Price ${basis} (€)`,
    pricePoints: 'Price mark (points)',
    lowest: 'Lowest price (Pmin)',
    mean: 'Mean price of the offers (Pmean)',
    highest: 'Highest price (Pmax)',
    summaryHelp: 'Computed: weighted points per criterion, total out of 100 and rank (ties share a rank). Only bidders that are named, marked or priced are ranked.',
    maximum: 'Maximum points',
    rank: 'Rank',
    active: 'Active',
    markError: (marks) => `Allowed marks: ${marks}.`,
    markPrompt: (marks) => `Allowed marks: ${marks}. Level descriptors: see the cell's note.`,
    priceError: 'Type a positive price in euros, without text.',
    levelLine: (level, mark, text) => `Level ${level} (mark ${mark}): ${text}`,
  },
};
