import type { LText } from '../../model/common.js';
import type { QuestionDef, Stage } from '../types.js';
import { COOPERATION_QUESTIONS } from './cooperation.js';
import { CRITERIA_QUESTIONS } from './criteria.js';
import { TERRITORY_QUESTIONS } from './territory.js';
import { USES_QUESTIONS } from './uses.js';
import { CONSULTATION_QUESTIONS } from './consultation.js';

/**
 * The interview, in order. Stages 1–3 follow the three stages of a territorial EFC trajectory (stakes and
 * actors; uses and integrated solution; cooperation); stage 4 turns them into award criteria.
 */
export const QUESTIONS: readonly QuestionDef[] = [...TERRITORY_QUESTIONS, ...USES_QUESTIONS, ...COOPERATION_QUESTIONS, ...CRITERIA_QUESTIONS, ...CONSULTATION_QUESTIONS];

export const STAGES: Readonly<Record<Stage, LText>> = {
  1: { fr: 'Étape 1 sur 4 — Le territoire, ses enjeux et les acteurs prêts à s’engager', en: 'Stage 1 of 4 — The territory, its stakes and the actors ready to engage' },
  2: { fr: 'Étape 2 sur 4 — Les usages et les contours d’une solution intégrée', en: 'Stage 2 of 4 — The uses and the contours of an integrated solution' },
  3: { fr: 'Étape 3 sur 4 — La coopération qui portera la solution', en: 'Stage 3 of 4 — The cooperation that will carry the solution' },
  4: { fr: 'Étape 4 sur 4 — Les critères d’attribution', en: 'Stage 4 of 4 — The award criteria' },
};

export const QUESTION_IDS: ReadonlySet<string> = new Set(QUESTIONS.map((q) => q.id));
