import type { LText } from '../../model/common.js';
import { detailsQ, listQ, textQ } from '../defs.js';
import { proposalsFor } from './proposals.js';
import type { QuestionDef } from '../types.js';
import { indicatorsQuestion } from './indicators.js';

/**
 * Stage 2 of the territorial approach: the uses wanted (usage performance), the useful effects sought in the
 * three fields, the externalities, and the contours of the integrated solution.
 */

const END: LText = { fr: 'Autre effet', en: 'Another effect' };
const PICK: LText = { fr: 'Effets proposés pour cette fonction : décochez ceux qui ne valent pas chez vous', en: 'Effects proposed for this function: untick those that do not apply' };
const EFFECTS: LText = { fr: 'Les effets utiles recherchés', en: 'The useful effects sought' };

export const USES_QUESTIONS: readonly QuestionDef[] = [
  indicatorsQuestion,
  listQ('useful_effects.social', {
    stage: 2,
    section: EFFECTS,
    message: { fr: 'Effets utiles recherchés — utilité sociale', en: 'Useful effects sought — social utility' },
    itemMessage: END,
    pickMessage: PICK,
    help: {
      fr: 'Trois champs d’effets utiles, liés entre eux : utilité sociale, dimension écologique, développement économique local. Dites ce qui doit changer pour les personnes.',
      en: 'Three linked fields of useful effects: social utility, ecological dimension, local economic development. Say what should change for people.',
    },
    suggestions: ({ answers, lang }) => proposalsFor(answers['life_function'])?.effects.social.map((e) => e[lang]) ?? [],
    preselect: true,
    check: true,
  }),
  listQ('useful_effects.ecology', {
    stage: 2,
    message: { fr: 'Effets utiles recherchés — dimension écologique', en: 'Useful effects sought — ecological dimension' },
    itemMessage: END,
    pickMessage: PICK,
    suggestions: ({ answers, lang }) => proposalsFor(answers['life_function'])?.effects.ecology.map((e) => e[lang]) ?? [],
    preselect: true,
    check: true,
  }),
  listQ('useful_effects.economy', {
    stage: 2,
    message: { fr: 'Effets utiles recherchés — développement économique local', en: 'Useful effects sought — local economic development' },
    itemMessage: END,
    pickMessage: PICK,
    help: {
      fr: 'Restez sur des effets vérifiables : une préférence pour les entreprises locales est interdite.',
      en: 'Keep to verifiable effects: a preference for local firms is unlawful.',
    },
    suggestions: ({ answers, lang }) => proposalsFor(answers['life_function'])?.effects.economy.map((e) => e[lang]) ?? [],
    preselect: true,
    check: true,
  }),
  listQ('externalities.reduce', {
    stage: 2,
    message: { fr: 'Externalités négatives à réduire', en: 'Negative externalities to reduce' },
    itemMessage: { fr: 'Autre externalité à réduire', en: 'Another externality to reduce' },
    pickMessage: { fr: 'Externalités négatives fréquentes pour cette fonction', en: 'Common negative externalities for this function' },
    help: {
      fr: 'Les effets subis par des tiers sans qu’ils l’aient choisi.',
      en: 'Effects borne by third parties who did not choose them.',
    },
    suggestions: ({ answers, lang }) => proposalsFor(answers['life_function'])?.externalities.map((e) => e[lang]) ?? [],
    preselect: true,
  }),
  detailsQ('details.uses', 2, { fr: 'Ajouter des externalités positives à révéler ?', en: 'Add positive externalities to reveal?' }),
  listQ('externalities.reveal', {
    stage: 2,
    detail: 'details.uses',
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
      fr: 'Dans une solution intégrée, chaque composante est nécessaire : si l’une manque, la performance d’usage recule.',
      en: 'In an integrated solution every component is needed: if one fails, usage performance drops.',
    },
    default: (a, lang) => proposalsFor(a['life_function'])?.summary[lang],
  }),
  listQ('integrated_solution.components', {
    stage: 2,
    message: { fr: 'Ses composantes (biens et services produits ensemble)', en: 'Its components (goods and services produced together)' },
    itemMessage: { fr: 'Autre composante', en: 'Another component' },
    pickMessage: { fr: 'Composantes proposées : décochez celles qui ne conviennent pas', en: 'Proposed components: untick those that do not fit' },
    suggestions: ({ answers, lang }) => proposalsFor(answers['life_function'])?.components.map((e) => e[lang]) ?? [],
    preselect: true,
    check: true,
  }),
];
