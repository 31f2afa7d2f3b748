import { PROCEDURES, type Procedure } from '../../model/spec.js';
import type { LText } from '../../model/common.js';
import { dateQ, listQ, numberQ, selectQ, textQ } from '../defs.js';
import type { QuestionDef } from '../types.js';
import { actorsQuestion } from './actors.js';

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

export const TERRITORY_QUESTIONS: readonly QuestionDef[] = [
  textQ('buyer.name', { stage: 1, section: S.buyer, required: true, message: { fr: "Nom de l'acheteur (pouvoir adjudicateur)", en: 'Name of the buyer (contracting authority)' } }),
  textQ('buyer.kind', { stage: 1, message: { fr: "Nature de l'acheteur (ex. communauté d'agglomération, syndicat mixte)", en: 'Kind of buyer (e.g. metropolitan authority, joint syndicate)' } }),
  textQ('buyer.contact', { stage: 1, message: { fr: 'Service chargé du dossier', en: 'Department in charge' } }),

  textQ('territory.name', { stage: 1, section: S.territory, required: true, message: { fr: 'Nom du territoire', en: 'Name of the territory' } }),
  textQ('territory.description', {
    stage: 1,
    required: true,
    message: { fr: 'Décrivez le territoire en une ou deux phrases', en: 'Describe the territory in one or two sentences' },
    help: {
      fr: "Qui y vit, comment on y habite et s'y déplace, ce que le territoire veut changer. Exemple : « Vingt communes rurales autour d'un bourg-centre ; beaucoup de ménages sans seconde voiture ; un territoire qui veut que chacun puisse rejoindre un emploi sans dépendre de la voiture. »",
      en: 'Who lives there, how people live and travel, what the territory wants to change. Example: "Twenty rural communes around a market town; many households without a second car; a territory that wants everyone to reach a job without depending on a car."',
    },
  }),
  numberQ('territory.population', { stage: 1, message: { fr: "Nombre d'habitants", en: 'Population' } }),
  numberQ('territory.communes', { stage: 1, message: { fr: 'Nombre de communes', en: 'Number of communes' } }),

  textQ('tender.title', { stage: 1, section: S.tender, required: true, message: { fr: 'Intitulé du marché', en: 'Title of the contract' } }),
  textQ('tender.reference', { stage: 1, required: true, message: { fr: 'Référence de la consultation (ex. 2027-MOB-01)', en: 'Reference of the consultation (e.g. 2027-MOB-01)' } }),
  selectQ<Procedure>('tender.procedure', {
    stage: 1,
    message: { fr: 'Procédure de passation', en: 'Award procedure' },
    choices: ({ lang }) => PROCEDURES.map((p) => ({ value: p, name: PROCEDURE_LABELS[p][lang], description: PROCEDURE_LABELS[p].hint[lang] })),
    default: () => 'dialogue-competitif',
  }),
  numberQ('tender.duration_months', { stage: 1, required: true, default: () => 48, message: { fr: 'Durée du marché, en mois', en: 'Duration of the contract, in months' } }),
  numberQ('tender.estimated_value_eur', { stage: 1, message: { fr: 'Montant estimé, en euros HT', en: 'Estimated value, in euros excl. VAT' } }),
  dateQ('tender.consultation_start', {
    stage: 1,
    required: true,
    message: { fr: 'Date de lancement de la consultation (AAAA-MM-JJ)', en: 'Launch date of the consultation (YYYY-MM-DD)' },
    help: {
      fr: "Elle détermine les règles applicables : à partir du 21 août 2026, un critère au moins doit porter sur les caractéristiques environnementales de l'offre.",
      en: "It decides which rules apply: from 21 August 2026, at least one criterion must bear on the offer's environmental characteristics.",
    },
  }),
  dateQ('tender.document_date', {
    stage: 1,
    required: true,
    default: (a) => a['tender.consultation_start'] as string | undefined,
    message: { fr: 'Date imprimée sur les pièces du marché', en: 'Date printed on the tender documents' },
  }),

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
    pickMessage: { fr: 'Enjeux fréquents pour cette fonction : cochez ceux qui valent pour votre territoire (espace pour cocher)', en: 'Common stakes for this function: tick those that apply (space to tick)' },
    itemMessage: { fr: 'Autre enjeu, dit avec vos mots', en: 'Another stake, in your own words' },
    help: {
      fr: 'Un enjeu dit ce qui pose problème aux habitants ou au territoire, avec un chiffre si vous en avez un. Exemple : « 30 % des demandeurs d’emploi renoncent à un entretien faute de moyen de transport. »',
      en: 'A stake says what is a problem for the inhabitants or the territory, with a figure if you have one. Example: "30% of job seekers give up an interview for lack of transport."',
    },
    suggestions: ({ catalog, answers, lang }) => catalog.functions.get(answers['life_function'] as string)?.stakes[lang] ?? [],
  }),
  actorsQuestion,
];
