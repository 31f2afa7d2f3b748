import type { LText } from '../../model/common.js';
import { listQ, textQ } from '../defs.js';
import type { QuestionDef } from '../types.js';
import { indicatorsQuestion } from './indicators.js';

/**
 * Stage 2 of the territorial approach: the uses wanted (usage performance), the useful effects sought in the
 * three fields, the externalities, and the contours of the integrated solution.
 */

const END: LText = { fr: 'Autre effet', en: 'Another effect' };
const EFFECTS: LText = { fr: 'Les effets utiles recherchés', en: 'The useful effects sought' };

export const USES_QUESTIONS: readonly QuestionDef[] = [
  indicatorsQuestion,
  listQ('useful_effects.social', {
    stage: 2,
    section: EFFECTS,
    message: { fr: 'Effets utiles recherchés — utilité sociale', en: 'Useful effects sought — social utility' },
    itemMessage: END,
    help: {
      fr: 'Trois champs d’effets utiles, liés entre eux : utilité sociale, dimension écologique, développement économique local. Dites ce qui doit changer pour les personnes. Exemple : « des demandeurs d’emploi sans voiture qui se rendent à leurs entretiens ».',
      en: 'Three linked fields of useful effects: social utility, ecological dimension, local economic development. Say what should change for people. Example: "job seekers without a car who get to their interviews".',
    },
  }),
  listQ('useful_effects.ecology', {
    stage: 2,
    message: { fr: 'Effets utiles recherchés — dimension écologique', en: 'Useful effects sought — ecological dimension' },
    itemMessage: END,
    help: { fr: 'Exemple : « moins de trajets en voiture individuelle et d’émissions de gaz à effet de serre ».', en: 'Example: "fewer solo car trips and less greenhouse-gas emissions".' },
  }),
  listQ('useful_effects.economy', {
    stage: 2,
    message: { fr: 'Effets utiles recherchés — développement économique local', en: 'Useful effects sought — local economic development' },
    itemMessage: END,
    help: {
      fr: 'Exemple : « des emplois de réparation et de réemploi sur le bassin de vie ». Restez sur des effets vérifiables : une préférence pour les entreprises locales est interdite.',
      en: 'Example: "repair and reuse jobs in the area". Keep to verifiable effects: a preference for local firms is unlawful.',
    },
  }),
  listQ('externalities.reduce', {
    stage: 2,
    message: { fr: 'Externalités négatives à réduire', en: 'Negative externalities to reduce' },
    itemMessage: { fr: 'Autre externalité à réduire', en: 'Another externality to reduce' },
    help: {
      fr: 'Les effets subis par des tiers sans qu’ils l’aient choisi. Exemple : les embouteillages et le bruit causés par les trajets en voiture individuelle.',
      en: 'Effects borne by third parties who did not choose them. Example: traffic jams and noise caused by solo car trips.',
    },
  }),
  listQ('externalities.reveal', {
    stage: 2,
    message: { fr: 'Externalités positives à révéler', en: 'Positive externalities to reveal' },
    itemMessage: { fr: 'Autre externalité positive', en: 'Another positive externality' },
    help: {
      fr: 'La valeur créée pour d’autres que l’usager. Exemple : les économies de la caisse d’allocations familiales quand des allocataires retrouvent un emploi.',
      en: 'Value created for others than the user. Example: savings for the benefits office when claimants get back to work.',
    },
  }),
  textQ('integrated_solution.summary', {
    stage: 2,
    section: { fr: 'Les contours de la solution intégrée', en: 'The contours of the integrated solution' },
    message: { fr: 'La solution intégrée attendue, en une phrase', en: 'The integrated solution expected, in one sentence' },
    help: {
      fr: 'Dans une solution intégrée, chaque composante est nécessaire : si l’une manque, la performance d’usage recule. Exemple en mobilité rurale : covoiturage avec les employeurs, transport à la demande, aide au permis et location solidaire, deux-roues.',
      en: 'In an integrated solution every component is needed: if one fails, usage performance drops. Rural mobility example: car-pooling with employers, on-demand transport, driving-licence support with social car rental, two-wheelers.',
    },
  }),
  listQ('integrated_solution.components', {
    stage: 2,
    message: { fr: 'Ses composantes (biens et services produits ensemble)', en: 'Its components (goods and services produced together)' },
    itemMessage: { fr: 'Autre composante', en: 'Another component' },
  }),
];
