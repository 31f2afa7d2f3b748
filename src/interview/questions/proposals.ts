import type { Actor } from '../../model/spec.js';
import type { LText } from '../../model/common.js';

/**
 * What the interview proposes for a life function, so that a first tender is mostly a matter of accepting or
 * correcting: actors usually involved, useful effects, externalities, components of an integrated solution,
 * environmental execution conditions, governance, and a suggested target for the typical indicators that carry a
 * national reference (criteria/functions.yaml quotes the reference; the figure here is derived from it and said so).
 * Functions without proposals simply ask the buyer to write their own.
 */

export interface SuggestedTarget {
  readonly value: number;
  /** How the figure follows from the national reference (shown beside the proposal). */
  readonly why: LText;
}

export interface Proposals {
  /** Typical indicators ticked by default (one per field of useful effects where the function has one). */
  readonly indicators: readonly string[];
  readonly targets: Readonly<Record<string, SuggestedTarget>>;
  readonly actors: readonly (Omit<Actor, 'role'> & { role: LText })[];
  readonly effects: { readonly social: LText[]; readonly ecology: LText[]; readonly economy: LText[] };
  readonly externalities: readonly LText[];
  readonly summary: LText;
  readonly components: readonly LText[];
  readonly conditions: readonly LText[];
  /** "Means vs effects", told with this function's own example. */
  readonly meansExample: LText;
}

export const PROPOSALS: Readonly<Record<string, Proposals>> = {
  'se-deplacer': {
    indicators: ['return-to-work-rate', 'co2e-per-passenger-km', 'household-mobility-cost'],
    targets: {
      'co2e-per-passenger-km': { value: 0.11, why: { fr: 'la moitié du facteur « voiture seule » (0,218) de l’ADEME', en: 'half the ADEME “car alone” factor (0.218)' } },
    },
    actors: [
      { name: 'France Travail', kind: 'institution', status: 'to-associate', role: { fr: 'Orienter les demandeurs d’emploi sans solution de mobilité.', en: 'Refer job seekers without a mobility solution.' } },
      { name: 'Mission locale', kind: 'association', status: 'to-associate', role: { fr: 'Accompagner les jeunes vers l’emploi et la formation.', en: 'Support young people towards work and training.' } },
      { name: 'Employeurs des zones d’activité', kind: 'entreprise', status: 'to-associate', role: { fr: 'Organiser le covoiturage et adapter les horaires.', en: 'Organise car-pooling and adapt working hours.' } },
      { name: 'Communes membres', kind: 'collectivite', status: 'engaged', role: { fr: 'Relayer l’offre auprès des habitants.', en: 'Relay the offer to inhabitants.' } },
    ],
    effects: {
      social: [{ fr: 'Des personnes sans voiture qui rejoignent leur emploi, leur formation et leurs soins.', en: 'People without a car who reach their work, training and care.' }],
      ecology: [{ fr: 'Moins de trajets en voiture individuelle et moins d’émissions de gaz à effet de serre.', en: 'Fewer solo car trips and less greenhouse-gas emissions.' }],
      economy: [{ fr: 'Des employeurs qui recrutent plus facilement sur le bassin de vie.', en: 'Employers who recruit more easily in the area.' }],
    },
    externalities: [{ fr: 'Embouteillages, bruit et pollution de l’air causés par l’autosolisme.', en: 'Traffic jams, noise and air pollution caused by driving alone.' }],
    summary: { fr: 'Une offre de mobilité intégrée vers l’emploi : covoiturage avec les employeurs, transport à la demande, aide au permis et location solidaire.', en: 'An integrated mobility offer towards work: car-pooling with employers, on-demand transport, driving-licence support and social car rental.' },
    components: [
      { fr: 'Covoiturage organisé avec les employeurs.', en: 'Car-pooling organised with employers.' },
      { fr: 'Transport à la demande aux horaires postés.', en: 'On-demand transport at shift hours.' },
      { fr: 'Aide au permis et location solidaire de véhicules.', en: 'Driving-licence support and social car rental.' },
    ],
    conditions: [{ fr: 'Les véhicules mis en service pendant le marché sont électriques, hybrides rechargeables ou au bioGNV.', en: 'Vehicles put into service during the contract are electric, plug-in hybrid or run on bioCNG.' }],
    meansExample: {
      fr: 'Exemple : « 20 000 kilomètres de transport à la demande par an » est un moyen ; « 60 % des personnes accompagnées en emploi ou en formation à 6 mois » est un effet.',
      en: 'Example: "20,000 km of on-demand transport a year" is a means; "60% of supported people in work or training after 6 months" is an effect.',
    },
  },
  'se-nourrir': {
    indicators: ['egalim-quality-share', 'diner-satisfaction', 'producer-direct-share'],
    targets: {
      'egalim-quality-share': { value: 50, why: { fr: 'le minimum légal (code rural L230-5-1)', en: 'the legal minimum (Rural Code L230-5-1)' } },
      'organic-share': { value: 20, why: { fr: 'le minimum EGalim', en: 'the EGalim minimum' } },
      'food-waste-per-meal': { value: 60, why: { fr: '−50 % sur la moyenne nationale de 120 g', en: '−50% on the national average of 120 g' } },
    },
    actors: [
      { name: 'Producteurs du territoire', kind: 'entreprise', status: 'to-associate', role: { fr: 'Planifier les volumes avec le titulaire et adapter l’offre à la saison.', en: 'Plan volumes with the contractor and adapt supply to the season.' } },
      { name: 'Écoles et équipes d’animation', kind: 'collectivite', status: 'engaged', role: { fr: 'Accompagner le temps du repas et la lutte contre le gaspillage.', en: 'Support mealtimes and the fight against waste.' } },
      { name: 'Associations de parents d’élèves', kind: 'usagers', status: 'to-associate', role: { fr: 'Porter la voix des convives dans la commission des menus.', en: 'Carry the diners’ voice in the menu committee.' } },
    ],
    effects: {
      social: [{ fr: 'Des enfants qui mangent mieux et apprécient leur repas.', en: 'Children who eat better and enjoy their meal.' }],
      ecology: [{ fr: 'Moins de gaspillage alimentaire et plus de produits durables.', en: 'Less food waste and more sustainable products.' }],
      // Direct supply from farmers (the wording of CCP R2152-7), never a place of origin: a geographic preference would
      // be illegal in the tender the spec becomes (legal/local-preference).
      economy: [{ fr: 'Des producteurs qui vivent de débouchés stables grâce à l’approvisionnement direct.', en: 'Farmers living from stable outlets through direct supply.' }],
    },
    externalities: [{ fr: 'Déchets alimentaires et emballages à traiter par la collectivité.', en: 'Food waste and packaging the authority has to treat.' }],
    summary: { fr: 'Une restauration scolaire de qualité, approvisionnée en produits durables, qui réduit le gaspillage avec les écoles et les producteurs.', en: 'Quality school catering, supplied with sustainable products, cutting waste with the schools and producers.' },
    components: [
      { fr: 'Menus de saison élaborés avec les convives.', en: 'Seasonal menus designed with the diners.' },
      { fr: 'Approvisionnement planifié avec les producteurs.', en: 'Supply planned with the producers.' },
      { fr: 'Pesées et actions contre le gaspillage dans chaque restaurant.', en: 'Weighing and anti-waste actions in every canteen.' },
    ],
    conditions: [{ fr: 'Les contenants de cuisson, de réchauffe et de service sont réemployables et sans plastique.', en: 'Cooking, reheating and serving containers are reusable and plastic-free.' }],
    meansExample: {
      fr: 'Exemple : « un repas bio par semaine » est un moyen ; « 60 g de gaspillage par repas en 2030 » est un effet.',
      en: 'Example: "one organic meal a week" is a means; "60 g of waste per meal by 2030" is an effect.',
    },
  },
  'gerer-dechets': {
    indicators: ['dma-per-inhabitant', 'work-accident-frequency', 'waste-cost-per-inhabitant'],
    targets: {
      'dma-per-inhabitant': { value: 520, why: { fr: '−15 % sur la moyenne nationale de 611 kg (C. env. L541-1)', en: '−15% on the national average of 611 kg (Environment Code L541-1)' } },
      'omr-per-inhabitant': { value: 170, why: { fr: 'la moyenne nationale (254 kg) moins l’essentiel de ses biodéchets', en: 'the national average (254 kg) less most of its biowaste' } },
      'material-recovery-rate': { value: 65, why: { fr: 'l’objectif légal', en: 'the legal target' } },
      'reuse-rate': { value: 5, why: { fr: 'l’objectif national pour 2030', en: 'the national target for 2030' } },
      'sorting-reject-rate': { value: 15, why: { fr: 'sous les moyennes nationales (18 à 24 %)', en: 'below the national averages (18 to 24%)' } },
      'work-accident-frequency': { value: 40, why: { fr: 'nettement sous la moyenne du secteur (58)', en: 'well below the sector average (58)' } },
    },
    actors: [
      { name: 'Ressourcerie du territoire', kind: 'ess', status: 'to-associate', role: { fr: 'Réemploi des objets et encombrants.', en: 'Reuse of objects and bulky items.' } },
      { name: 'Communes membres', kind: 'collectivite', status: 'engaged', role: { fr: 'Relayer la prévention et le tri auprès des habitants.', en: 'Relay prevention and sorting to inhabitants.' } },
      { name: 'Bailleurs sociaux', kind: 'entreprise', status: 'to-associate', role: { fr: 'Équiper l’habitat collectif pour le tri et le compostage.', en: 'Equip social housing for sorting and composting.' } },
    ],
    effects: {
      social: [{ fr: 'Des habitants qui trient et compostent facilement, en habitat individuel comme collectif.', en: 'Inhabitants who sort and compost easily, in houses and flats alike.' }],
      ecology: [{ fr: 'Moins de déchets produits et moins d’ordures résiduelles enfouies ou incinérées.', en: 'Less waste produced and less residual waste landfilled or incinerated.' }],
      economy: [{ fr: 'Des emplois de réemploi et de réparation sur le bassin de vie.', en: 'Reuse and repair jobs in the area.' }],
    },
    externalities: [{ fr: 'Émissions et bruit des camions de collecte.', en: 'Emissions and noise of collection trucks.' }],
    summary: { fr: 'Un service qui fait baisser les déchets à la source : prévention, tri des biodéchets, réemploi, collecte adaptée à chaque habitat.', en: 'A service that cuts waste at the source: prevention, biowaste sorting, reuse, collection adapted to each type of housing.' },
    components: [
      { fr: 'Compostage partagé et collecte séparée des biodéchets.', en: 'Shared composting and separate biowaste collection.' },
      { fr: 'Réemploi des encombrants avec la ressourcerie.', en: 'Reuse of bulky items with the resource centre.' },
      { fr: 'Collecte adaptée à l’habitat, avec moins de tournées.', en: 'Collection adapted to housing, with fewer rounds.' },
    ],
    conditions: [{ fr: 'Les véhicules de collecte mis en service pendant le marché roulent au bioGNV ou à l’électricité.', en: 'Collection vehicles put into service during the contract run on bioCNG or electricity.' }],
    meansExample: {
      fr: 'Exemple : « collecter les ordures une fois par semaine » est un moyen ; « 170 kg d’ordures résiduelles par habitant en 2031 » est un effet.',
      en: 'Example: "collect household waste once a week" is a means; "170 kg of residual waste per inhabitant by 2031" is an effect.',
    },
  },
};

export const proposalsFor = (fn: unknown): Proposals | undefined => PROPOSALS[String(fn)];
