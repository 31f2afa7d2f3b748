import type { Lang, LText } from '../model/common.js';
import type { Asker } from './types.js';

/** The interview's own sentences (questions keep theirs beside their definition). {name} marks a placeholder. */
export const M = {
  intro: {
    fr: [
      'Bienvenue. Cet entretien vous aide à écrire un marché qui achète des résultats pour les habitants, pas des moyens.',
      'Il suit la démarche territoriale de l’économie de la fonctionnalité et de la coopération :',
      '  1. le territoire, ses enjeux et les acteurs prêts à s’engager ;',
      '  2. les usages attendus et les contours d’une solution intégrée ;',
      '  3. la coopération qui portera la solution ;',
      'puis les critères d’attribution. Comptez une quinzaine de minutes.',
      'Les valeurs proposées entre parenthèses s’acceptent avec Entrée (Tab pour les modifier).',
      'Vos réponses sont enregistrées au fur et à mesure dans {draft} : Ctrl-C ne fait rien perdre.',
    ].join('\n'),
    en: [
      'Welcome. This interview helps you write a tender that buys results for people, not means.',
      'It follows the territorial approach of the Economy of Functionality and Cooperation:',
      '  1. the territory, its stakes and the actors ready to engage;',
      '  2. the uses expected and the contours of an integrated solution;',
      '  3. the cooperation that will carry the solution;',
      'then the award criteria. Allow about fifteen minutes.',
      'Values offered in brackets are accepted with Enter (Tab to edit them).',
      'Your answers are saved as you go in {draft}: Ctrl-C loses nothing.',
    ].join('\n'),
  },
  resumeFound: { fr: 'Un brouillon existe ({draft}). Reprendre là où vous vous étiez arrêté ?', en: 'A draft exists ({draft}). Resume where you left off?' },
  cannotBuild: { fr: 'Certaines réponses ne permettent pas encore d’écrire la spécification :\n{problems}', en: 'Some answers do not yet allow writing the spec:\n{problems}' },
  findings: { fr: '\nPoints relevés par la vérification (efc-tender lint) :\n{list}', en: '\nFindings of the check (efc-tender lint):\n{list}' },
  noFindings: { fr: '\nLa vérification ne relève aucun point.', en: '\nThe check found nothing to report.' },
  reviewChoice: { fr: 'Que voulez-vous faire ?', en: 'What do you want to do?' },
  write: { fr: 'Écrire la spécification dans {file}', en: 'Write the spec to {file}' },
  revise: { fr: 'Revoir l’étape {n}', en: 'Revise stage {n}' },
  quit: { fr: 'Quitter sans écrire (le brouillon est conservé)', en: 'Leave without writing (the draft is kept)' },
  leftDraft: { fr: 'Rien n’a été écrit. Vos réponses restent dans {draft} ; pour reprendre : efc-tender interview --resume {draft}', en: 'Nothing was written. Your answers stay in {draft}; to resume: efc-tender interview --resume {draft}' },
  overwrite: { fr: '{file} existe déjà. Le remplacer ?', en: '{file} already exists. Replace it?' },
  otherName: { fr: 'Autre nom de fichier (Entrée pour revenir au récapitulatif)', en: 'Another file name (Enter to go back to the summary)' },
  written: {
    fr: 'Spécification écrite : {file}\nÉtapes suivantes :\n  efc-tender lint {file}\n  efc-tender generate {file} -o dossier-consultation',
    en: 'Spec written: {file}\nNext steps:\n  efc-tender lint {file}\n  efc-tender generate {file} -o tender-file',
  },
  interrupted: {
    fr: '\nEntretien interrompu. Vos réponses sont enregistrées dans {draft}.\nPour reprendre : efc-tender interview --resume {draft}',
    en: '\nInterview interrupted. Your answers are saved in {draft}.\nTo resume: efc-tender interview --resume {draft}',
  },
  interruptedEmpty: { fr: '\nEntretien interrompu avant la première réponse : rien à enregistrer.', en: '\nInterview interrupted before the first answer: nothing to save.' },
  crashed: {
    fr: 'Vos réponses jusqu’ici sont enregistrées dans {draft} ; reprenez avec : efc-tender interview --resume {draft}',
    en: 'Your answers so far are saved in {draft}; resume with: efc-tender interview --resume {draft}',
  },
  notATerminal: {
    fr: [
      'efc-tender interview pose ses questions dans un terminal, or l’entrée standard n’en est pas un.',
      'Pour un usage scripté, donnez les réponses dans un fichier :',
      '  efc-tender interview --answers reponses.yaml -o spec.yaml',
      '(un brouillon d’entretien est aussi un fichier de réponses valable).',
    ].join('\n'),
    en: [
      'efc-tender interview asks its questions on a terminal, and standard input is not one.',
      'For scripted use, give the answers in a file:',
      '  efc-tender interview --answers answers.yaml -o spec.yaml',
      '(an interview draft is a valid answers file too).',
    ].join('\n'),
  },
} satisfies Record<string, LText>;

export function fill(text: string, vars: Readonly<Record<string, string>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

export function say(asker: Asker, msg: LText, lang: Lang, vars?: Readonly<Record<string, string>>): void {
  asker.say(fill(msg[lang], vars));
}
