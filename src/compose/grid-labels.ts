import type { Lang } from '../model/common.js';

/** Words of the DOCX scoring grid, per language (criteria texts come from the Grid, formulas from PRICE_FORMULA_INFO). */
export interface GridDocLabels {
  readonly title: string;
  readonly subject: string;
  readonly header: (reference: string) => string;
  readonly page: string;
  readonly of: string;
  readonly tocHint: string;
  readonly buyer: string;
  readonly reference: string;
  readonly date: string;
  readonly scale: string;
  readonly scaleValue: (max: number, marks: string) => string;
  readonly priceFormula: string;
  readonly noPrice: string;
  readonly howTo: string;
  readonly howToItems: (o: { max: number; basis: string; hasPrice: boolean }) => string[];
  readonly weights: string;
  readonly number: string;
  readonly criterion: string;
  readonly points: string;
  readonly total: string;
  readonly pointsSuffix: (pts: string) => string;
  readonly question: string;
  readonly evidence: string;
  readonly indicators: string;
  readonly levelsCaption: string;
  readonly level: string;
  readonly mark: (max: number) => string;
  readonly descriptor: string;
  readonly bidder: string;
  readonly bidderN: (n: number) => string;
  readonly subPoints: string;
  readonly justification: string;
  readonly recordCaption: (max: number) => string;
  readonly price: (basis: string) => string;
  readonly pricePoints: string;
  readonly basisNote: (basis: string) => string;
  readonly summary: string;
  readonly summaryIntro: string;
  readonly maximum: string;
  readonly rank: string;
  readonly signatures: string;
  readonly signaturesIntro: string;
  readonly madeAt: string;
  readonly name: string;
  readonly role: string;
  readonly signature: string;
  readonly basis: Readonly<Record<'TTC' | 'HT', string>>;
}

export const GRID_DOC_LABELS: Readonly<Record<Lang, GridDocLabels>> = {
  fr: {
    title: "Grille d'évaluation des offres",
    subject: "Grille d'évaluation des offres de la commission",
    header: (ref) => `Grille d'évaluation — ${ref}`,
    page: 'Page',
    of: 'sur',
    tocHint: '',
    buyer: 'Pouvoir adjudicateur',
    reference: 'Référence de la consultation',
    date: 'Date',
    scale: 'Échelle de notation',
    scaleValue: (max, marks) => `de 0 à ${max} ; notes autorisées : ${marks}`,
    priceFormula: 'Notation du prix',
    noPrice: "Pas de critère prix : l'attribution sans prix est justifiée dans le règlement de la consultation.",
    howTo: "Mode d'emploi",
    howToItems: ({ max, basis, hasPrice }) => [
      "Les critères, sous-critères et pondérations sont ceux annoncés dans le règlement de la consultation : ils ne peuvent pas être modifiés lors de l'analyse.",
      `Chaque sous-critère reçoit une note de 0 à ${max} : celle du niveau dont le descripteur correspond aux éléments de preuve de l'offre. Pas de point sans élément de preuve.`,
      `Points du sous-critère = pondération × note / ${max}. Les points d'un critère sont la somme de ceux de ses sous-critères.`,
      ...(hasPrice ? [`Les prix sont comparés ${basis} ; la note prix est calculée par la formule annoncée.`] : []),
      "Chaque note est justifiée en quelques mots, par référence à l'offre (pièce, page) : la justification nourrit le rapport d'analyse des offres.",
      'Le classement suit le total sur 100 ; des offres à égalité partagent le même rang.',
      'Le classeur XLSX fourni avec ce document fait les calculs ; ce document sert à la séance de la commission et au dossier de la consultation.',
    ],
    weights: 'Critères et pondérations',
    number: 'N°',
    criterion: 'Critère / sous-critère',
    points: 'Points',
    total: 'Total',
    pointsSuffix: (pts) => `${pts} points`,
    question: 'Question posée : ',
    evidence: 'Éléments de preuve attendus',
    indicators: 'Indicateurs',
    levelsCaption: 'Niveaux de notation',
    level: 'Niveau',
    mark: (max) => `Note (0–${max})`,
    descriptor: 'Descripteur',
    bidder: 'Soumissionnaire',
    bidderN: (n) => `Soumissionnaire ${n}`,
    subPoints: 'Points',
    justification: 'Justification (éléments de preuve, pièce, page)',
    recordCaption: (max) => `Note de 0 à ${max} ; points = pondération × note / ${max}.`,
    price: (basis) => `Prix ${basis} (€)`,
    pricePoints: 'Note prix (points)',
    basisNote: (basis) => `Prix comparés ${basis}. Une offre anormalement basse fait l'objet d'une demande de précisions avant toute décision ; elle n'est jamais écartée sur le seul écart de prix.`,
    summary: 'Synthèse et classement',
    summaryIntro: 'Report des points de chaque critère ; total sur 100 et rang (les ex æquo partagent le rang).',
    maximum: 'Points maximum',
    rank: 'Rang',
    signatures: 'Signatures des membres de la commission',
    signaturesIntro: "Les membres de la commission attestent que les offres ont été notées selon les critères, sous-critères et pondérations annoncés dans le règlement de la consultation.",
    madeAt: 'Fait à ………………………………, le ………………………………',
    name: 'Nom et prénom',
    role: 'Qualité / fonction',
    signature: 'Signature',
    basis: { TTC: 'TTC', HT: 'HT' },
  },
  en: {
    title: 'Bid scoring grid',
    subject: "The evaluation committee's bid scoring grid",
    header: (ref) => `Scoring grid — ${ref}`,
    page: 'Page',
    of: 'of',
    tocHint: '',
    buyer: 'Contracting authority',
    reference: 'Tender reference',
    date: 'Date',
    scale: 'Marking scale',
    scaleValue: (max, marks) => `0 to ${max}; allowed marks: ${marks}`,
    priceFormula: 'Price marking',
    noPrice: 'No price criterion: the award without price is justified in the rules of the consultation.',
    howTo: 'How to use this grid',
    howToItems: ({ max, basis, hasPrice }) => [
      'The criteria, sub-criteria and weights are those announced in the rules of the consultation: they cannot change during the evaluation.',
      `Each sub-criterion gets a mark from 0 to ${max}: the mark of the level whose descriptor matches the evidence in the offer. No point without evidence.`,
      `Sub-criterion points = weight × mark / ${max}. A criterion's points are the sum of its sub-criteria's.`,
      ...(hasPrice ? [`Prices are compared ${basis}; the price mark comes from the announced formula.`] : []),
      'Each mark is justified in a few words, citing the offer (document, page): the justifications feed the bid evaluation report.',
      'Bidders are ranked by their total out of 100; tied offers share a rank.',
      'The XLSX workbook supplied with this document does the arithmetic; this document is for the committee meeting and the tender file.',
    ],
    weights: 'Criteria and weights',
    number: 'No.',
    criterion: 'Criterion / sub-criterion',
    points: 'Points',
    total: 'Total',
    pointsSuffix: (pts) => `${pts} points`,
    question: 'Question: ',
    evidence: 'Evidence expected',
    indicators: 'Indicators',
    levelsCaption: 'Mark levels',
    level: 'Level',
    mark: (max) => `Mark (0–${max})`,
    descriptor: 'Descriptor',
    bidder: 'Bidder',
    bidderN: (n) => `Bidder ${n}`,
    subPoints: 'Points',
    justification: 'Justification (evidence, document, page)',
    recordCaption: (max) => `Mark from 0 to ${max}; points = weight × mark / ${max}.`,
    price: (basis) => `Price ${basis} (€)`,
    pricePoints: 'Price mark (points)',
    basisNote: (basis) => `Prices compared ${basis}. An abnormally low offer is sent a request for explanations before any decision; it is never rejected on the price gap alone.`,
    summary: 'Summary and ranking',
    summaryIntro: "Each criterion's points; total out of 100 and rank (ties share a rank).",
    maximum: 'Maximum points',
    rank: 'Rank',
    signatures: "Committee members' signatures",
    signaturesIntro: 'The committee members certify that the offers were marked on the criteria, sub-criteria and weights announced in the rules of the consultation.',
    madeAt: 'Done at ………………………………, on ………………………………',
    name: 'Name',
    role: 'Position',
    signature: 'Signature',
    basis: { TTC: 'incl. VAT', HT: 'excl. VAT' },
  },
};
