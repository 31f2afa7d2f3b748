import { PROCEDURES, type Procedure } from '../../model/spec.js';
import type { LText } from '../../model/common.js';
import { dateQ, detailsQ, listQ, numberQ, selectQ, textQ } from '../defs.js';
import type { Answers, QuestionDef } from '../types.js';
import { actorsQuestion } from './actors.js';
import { EU_THRESHOLDS, NO_PROCEDURE_THRESHOLD, totalValue } from '../thresholds.js';
import { grouped } from '../format.js';
import { tr } from '../prompts.js';

/**
 * Stage 1 of the territorial approach: who buys, for which bassin de vie, the life function at stake, the
 * territory's stakes for it and the actors ready to engage. The tender's basics are asked here too, briefly.
 */

export const PROCEDURE_LABELS: Record<Procedure, LText & { hint: LText }> = {
  'appel-offres-ouvert': { fr: "Appel d'offres ouvert", en: 'Open procedure', hint: { fr: 'besoin bien défini, pas de négociation', en: 'well-defined need, no negotiation' } },
  'appel-offres-restreint': { fr: "Appel d'offres restreint", en: 'Restricted procedure', hint: { fr: 'candidatures sélectionnées avant les offres', en: 'candidates shortlisted before bids' } },
  'dialogue-competitif': {
    fr: 'Dialogue compétitif',
    en: 'Competitive dialogue',
    hint: { fr: 'la solution intégrée reste à concevoir avec les candidats : souvent le plus adapté en EFC', en: 'the integrated solution is to be designed with the candidates: often the best fit for EFC' },
  },
  'procedure-avec-negociation': { fr: 'Procédure avec négociation', en: 'Competitive procedure with negotiation', hint: { fr: 'offres ajustées par négociation', en: 'bids refined through negotiation' } },
  'procedure-adaptee': { fr: 'Procédure adaptée (MAPA)', en: 'Below-threshold procedure (MAPA)', hint: { fr: 'sous les seuils européens', en: 'below EU thresholds' } },
  'marche-global-performance': {
    fr: 'Marché global de performance',
    en: 'Global performance contract',
    hint: { fr: 'engagements de performance chiffrés, rémunération liée aux résultats', en: 'quantified performance commitments, pay tied to results' },
  },
};

const S = {
  buyer: { fr: "L'acheteur", en: 'The buyer' },
  territory: { fr: 'Le territoire (bassin de vie)', en: 'The territory (bassin de vie)' },
  tender: { fr: 'La consultation', en: 'The consultation' },
  fn: { fr: 'La fonction de vie et ses enjeux', en: 'The life function and its stakes' },
} satisfies Record<string, LText>;


type Period = 'annual' | 'total';

/** The contract's value over its whole duration (what the thresholds compare), when an amount was given. */
export function contractValue(a: Readonly<Answers>): number | undefined {
  const amount = a['tender.estimated_value_eur'];
  if (typeof amount !== 'number') return undefined;
  const months = typeof a['tender.duration_months'] === 'number' ? (a['tender.duration_months'] as number) : 48;
  return totalValue(amount, a['tender.value_period'] === 'annual' ? 'annual' : 'total', months);
}

/** The procedure proposed from the amount: MAPA below the EU threshold, a competitive dialogue above it (EFC's usual fit). */
export function proposedProcedure(a: Readonly<Answers>): Procedure {
  const v = contractValue(a);
  return v !== undefined && v < EU_THRESHOLDS.local ? 'procedure-adaptee' : 'dialogue-competitif';
}

function explainThresholds(a: Readonly<Answers>, lang: 'fr' | 'en'): string {
  const v = contractValue(a);
  const n = (x: number): string => grouped(x, lang);
  const where =
    v === undefined
      ? tr({ fr: 'Sans montant estimé, la procédure ne peut pas être vérifiée par rapport aux seuils.', en: 'Without an estimated value, the procedure cannot be checked against the thresholds.' }, lang)
      : v < NO_PROCEDURE_THRESHOLD
        ? tr({ fr: `Montant total estimé : ${n(v)} € HT, sous ${n(NO_PROCEDURE_THRESHOLD)} € HT : une mise en concurrence reste possible, elle n’est pas obligatoire.`, en: `Estimated total value: €${n(v)} excl. VAT, below €${n(NO_PROCEDURE_THRESHOLD)}: competition is possible, not mandatory.` }, lang)
        : v < EU_THRESHOLDS.local
          ? tr({ fr: `Montant total estimé : ${n(v)} € HT, sous le seuil européen : une procédure adaptée (MAPA) suffit.`, en: `Estimated total value: €${n(v)} excl. VAT, below the EU threshold: a below-threshold procedure (MAPA) is enough.` }, lang)
          : tr({ fr: `Montant total estimé : ${n(v)} € HT, au-dessus du seuil européen : une procédure formalisée est requise.`, en: `Estimated total value: €${n(v)} excl. VAT, above the EU threshold: a formal procedure is required.` }, lang);
  const rule = tr(
    {
      fr: `Seuils européens ${EU_THRESHOLDS.period} pour les fournitures et services : ${n(EU_THRESHOLDS.local)} € HT pour les collectivités territoriales, ${n(EU_THRESHOLDS.state)} € HT pour l’État, sur toute la durée du marché (CCP R2121-1). La procédure proposée n’est qu’une proposition.`,
      en: `EU thresholds ${EU_THRESHOLDS.period} for supplies and services: €${n(EU_THRESHOLDS.local)} excl. VAT for local authorities, €${n(EU_THRESHOLDS.state)} for the State, over the contract's whole duration (CCP R2121-1). The proposed procedure is only a proposal.`,
    },
    lang,
  );
  return `${where}\n${rule}`;
}

const startYear = (a: Readonly<Answers>): number | undefined => (typeof a['tender.consultation_start'] === 'string' ? Number((a['tender.consultation_start'] as string).slice(0, 4)) : undefined);

export const TERRITORY_QUESTIONS: readonly QuestionDef[] = [
  textQ('buyer.name', { stage: 1, section: S.buyer, required: true, message: { fr: "Nom de l'acheteur (pouvoir adjudicateur)", en: 'Name of the buyer (contracting authority)' } }),
  textQ('territory.name', { stage: 1, section: S.territory, required: true, message: { fr: 'Nom du territoire', en: 'Name of the territory' } }),
  textQ('territory.description', {
    stage: 1,
    required: true,
    message: { fr: 'Décrivez le territoire en une ou deux phrases', en: 'Describe the territory in one or two sentences' },
    help: {
      fr: "Qui y vit, comment on y habite et s'y déplace, ce que le territoire veut changer. Exemple : « Vingt communes rurales autour d'un bourg-centre ; beaucoup de ménages sans seconde voiture. »",
      en: 'Who lives there, how people live and travel, what the territory wants to change. Example: "Twenty rural communes around a market town; many households without a second car."',
    },
  }),
  numberQ('territory.population', { stage: 1, message: { fr: "Nombre d'habitants", en: 'Population' } }),

  selectQ<string>('life_function', {
    stage: 1,
    section: S.fn,
    message: { fr: 'Quelle fonction de vie le marché doit-il servir ?', en: 'Which life function should the contract serve?' },
    help: {
      fr: "On part des besoins des personnes (se déplacer, se nourrir, gérer ses déchets…), pas des prestations : c'est la fonction qui sera servie, tous services confondus.",
      en: 'Start from people’s needs (getting around, eating, managing waste…), not from the services: it is the function that will be served, across departments.',
    },
    choices: ({ catalog, lang }) => [...catalog.functions.values()].map((f) => ({ value: f.id, name: f.label[lang], description: f.description[lang] })),
  }),
  listQ('stakes', {
    stage: 1,
    required: true,
    message: { fr: 'Quels sont les enjeux du territoire pour cette fonction ?', en: 'What is at stake for the territory in this function?' },
    pickMessage: { fr: 'Enjeux fréquents pour cette fonction : décochez ceux qui ne valent pas pour votre territoire', en: 'Common stakes for this function: untick those that do not apply' },
    itemMessage: { fr: 'Autre enjeu, dit avec vos mots', en: 'Another stake, in your own words' },
    help: {
      fr: 'Un enjeu dit ce qui pose problème aux habitants ou au territoire, avec un chiffre si vous en avez un.',
      en: 'A stake says what is a problem for the inhabitants or the territory, with a figure if you have one.',
    },
    suggestions: ({ catalog, answers, lang }) => catalog.functions.get(answers['life_function'] as string)?.stakes[lang] ?? [],
    preselect: true,
    check: true,
  }),
  actorsQuestion,

  textQ('tender.title', {
    stage: 1,
    section: S.tender,
    required: true,
    message: { fr: 'Intitulé du marché', en: 'Title of the contract' },
    default: (a, lang) => (typeof a['territory.name'] === 'string' && FN_TITLE[String(a['life_function'])] ? `${FN_TITLE[String(a['life_function'])]![lang]} — ${a['territory.name']}` : undefined),
  }),
  textQ('tender.reference', {
    stage: 1,
    required: true,
    message: { fr: 'Référence de la consultation', en: 'Reference of the consultation' },
    help: { fr: 'La référence de votre service des marchés, par exemple 2027-MOB-01.', en: 'Your procurement department’s reference, e.g. 2027-MOB-01.' },
  }),
  numberQ('tender.estimated_value_eur', {
    stage: 1,
    message: { fr: 'Montant estimé du marché, en euros hors taxes (HT)', en: 'Estimated value of the contract, in euros excluding VAT' },
    help: { fr: 'Le montant HT, par an ou sur toute la durée : la question suivante le précise.', en: 'The amount excluding VAT, per year or over the whole duration: the next question says which.' },
  }),
  selectQ<Period>('tender.value_period', {
    stage: 1,
    when: (a) => typeof a['tender.estimated_value_eur'] === 'number',
    message: { fr: 'Ce montant est-il annuel ou pour toute la durée du marché ?', en: 'Is this amount per year or for the whole contract?' },
    choices: ({ lang }) => [
      { value: 'total', name: tr({ fr: 'Pour toute la durée du marché', en: 'For the whole contract' }, lang) },
      { value: 'annual', name: tr({ fr: 'Par an (multiplié par la durée pour la spécification)', en: 'Per year (multiplied by the duration in the spec)' }, lang) },
    ],
    default: () => 'total',
    fromSpec: () => 'total',
  }),
  numberQ('tender.duration_months', { stage: 1, required: true, default: () => 48, message: { fr: 'Durée du marché, en mois', en: 'Duration of the contract, in months' } }),
  selectQ<Procedure>('tender.procedure', {
    stage: 1,
    message: { fr: 'Procédure de passation (proposée d’après le montant)', en: 'Award procedure (proposed from the amount)' },
    explain: ({ answers, lang }) => explainThresholds(answers, lang),
    choices: ({ lang }) => PROCEDURES.map((p) => ({ value: p, name: PROCEDURE_LABELS[p][lang], description: PROCEDURE_LABELS[p].hint[lang] })),
    default: proposedProcedure,
  }),
  dateQ('tender.consultation_start', {
    stage: 1,
    required: true,
    message: { fr: 'Date de lancement de la consultation (JJ/MM/AAAA)', en: 'Launch date of the consultation (YYYY-MM-DD)' },
    help: {
      fr: "Elle détermine les règles applicables : à partir du 21 août 2026, un critère au moins porte sur l'environnement et des conditions d'exécution environnementales sont obligatoires.",
      en: "It decides which rules apply: from 21 August 2026, at least one criterion bears on the environment and environmental execution conditions are mandatory.",
    },
  }),
  detailsQ('details.tender', 1, {
    fr: 'Préciser d’autres détails (nature et adresse de l’acheteur, son représentant, service, objet du marché, nombre de communes, date des pièces) ?',
    en: 'Give more details (kind and address of the buyer, its representative, department, object of the contract, number of communes, date of the documents)?',
  }),
  textQ('buyer.kind', { stage: 1, detail: 'details.tender', message: { fr: "Nature de l'acheteur (ex. communauté de communes, syndicat mixte)", en: 'Kind of buyer (e.g. inter-municipal authority, joint syndicate)' } }),
  textQ('buyer.address', { stage: 1, detail: 'details.tender', message: { fr: "Adresse de l'acheteur", en: 'Address of the buyer' } }),
  textQ('buyer.signatory', { stage: 1, detail: 'details.tender', message: { fr: 'Représentant du pouvoir adjudicateur (qui signe le marché)', en: 'Representative of the contracting authority (who signs the contract)' } }),
  textQ('buyer.contact', { stage: 1, detail: 'details.tender', message: { fr: 'Service chargé du dossier', en: 'Department in charge' } }),
  textQ('tender.object', {
    stage: 1,
    detail: 'details.tender',
    check: true,
    message: { fr: 'Objet du marché, en une phrase (les résultats achetés)', en: 'Object of the contract, in one sentence (the results bought)' },
  }),
  numberQ('territory.communes', { stage: 1, detail: 'details.tender', message: { fr: 'Nombre de communes', en: 'Number of communes' } }),
  dateQ('tender.document_date', {
    stage: 1,
    detail: 'details.tender',
    required: true,
    default: (a) => a['tender.consultation_start'] as string | undefined,
    message: { fr: 'Date imprimée sur les pièces du marché', en: 'Date printed on the tender documents' },
  }),
];

/** Default title of the contract, from the life function. */
const FN_TITLE: Readonly<Record<string, LText>> = {
  'se-deplacer': { fr: 'Mobilité solidaire vers l’emploi', en: 'Inclusive mobility towards work' },
  'se-nourrir': { fr: 'Restauration collective durable', en: 'Sustainable collective catering' },
  'gerer-dechets': { fr: 'Prévention et gestion des déchets ménagers', en: 'Household waste prevention and management' },
};

/** The year by which targets are to be reached, by default: the contract's last year. */
export function defaultHorizon(a: Readonly<Answers>): number | undefined {
  const y = startYear(a);
  if (y === undefined) return undefined;
  const months = typeof a['tender.duration_months'] === 'number' ? (a['tender.duration_months'] as number) : 48;
  const start = a['tender.consultation_start'] as string;
  const month = Number(start.slice(5, 7));
  return y + Math.floor((month - 1 + months) / 12);
}

