import { z } from 'zod';
import { ANSWER_DAYS_BEFORE_DEADLINE, defaultNegotiation, NEGOTIATION_KINDS, VISIT_KINDS, type Negotiation } from '../../model/consultation.js';
import { PROCEDURES, type Procedure } from '../../model/spec.js';
import { dateQ, detailsQ, listQ, numberQ, selectQ, textQ } from '../defs.js';
import { lotsQuestion } from './lots.js';
import { PROCEDURE_LABELS } from './territory.js';
import { tr } from '../prompts.js';
import type { Answers, QuestionDef } from '../types.js';

/**
 * The tender file's own decisions (the RC announces them): the deadline for offers, the lots (or the reasons for a
 * single lot), the procedure a marché global de performance is awarded under, and behind one "more details?"
 * question the variants, site visit, CPV code, hour limit, last day for questions, buyer profile, offer validity and
 * negotiation, each with the usual default (no variants, no visit, 12:00, 120 days, negotiation as the procedure
 * allows). The review screen shows them all; every one stays changeable from it.
 */

type Visit = (typeof VISIT_KINDS)[number];

/** The procedure the contract is awarded under: a marché global de performance goes through one of the others. */
type AwardProcedure = Exclude<Procedure, 'marche-global-performance'>;
const awardOf = (a: Readonly<Answers>): string =>
  a['tender.procedure'] === 'marche-global-performance' ? String(a['consultation.award_procedure'] ?? 'appel-offres-ouvert') : String(a['tender.procedure'] ?? '');

/** The fewest candidates a two-stage procedure may invite (CCP R2142-15 ff., directive 2014/24/EU art. 65: 5 in a restricted call, 3 otherwise). */
const MIN_INVITED: Readonly<Record<string, number>> = { 'appel-offres-restreint': 5, 'procedure-avec-negociation': 3, 'dialogue-competitif': 3 };

const DAY = 86_400_000;
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const deadlineOf = (a: Readonly<Answers>): string | undefined => (typeof a['consultation.deadline.date'] === 'string' ? (a['consultation.deadline.date'] as string) : undefined);

/** Launch date + 35 days: the minimum for offers in an open procedure (R2161-2), a sensible first proposal. */
function defaultDeadline(a: Readonly<Answers>): string | undefined {
  const start = a['tender.consultation_start'];
  if (typeof start !== 'string') return undefined;
  return new Date(Date.parse(`${start}T00:00:00Z`) + 35 * 86_400_000).toISOString().slice(0, 10);
}

const variantsAllowed: QuestionDef = {
  id: 'consultation.variants.allowed',
  stage: 4,
  detail: 'details.consultation',
  label: { fr: 'Variantes autorisées', en: 'Variants allowed' },
  schema: () => z.boolean(),
  ask: (ctx) =>
    ctx.asker.confirm({
      key: 'consultation.variants.allowed',
      message: tr({ fr: 'Autoriser les variantes ? (il faudra dire leurs exigences minimales)', en: 'Allow variants? (their minimum requirements will be needed)' }, ctx.lang),
      default: ctx.previous === true,
    }),
};

export const CONSULTATION_QUESTIONS: readonly QuestionDef[] = [
  dateQ('consultation.deadline.date', {
    stage: 4,
    section: { fr: 'Le dossier de consultation', en: 'The tender file' },
    message: { fr: 'Date limite de remise des offres', en: 'Deadline for offers' },
    help: {
      fr: 'Proposée à 35 jours du lancement, le minimum d’un appel d’offres ouvert ; prévoyez plus pour un dialogue ou une solution à construire.',
      en: 'Proposed 35 days after launch, the minimum for an open procedure; allow more for a dialogue or a solution to design.',
    },
    default: defaultDeadline,
  }),
  lotsQuestion,
  textQ('consultation.lots_not_divided_reason', {
    stage: 4,
    when: (a) => !Array.isArray(a['tender.lots']) || (a['tender.lots'] as unknown[]).length === 0,
    required: true,
    message: { fr: 'Pourquoi un seul lot ? (obligatoire sans allotissement, CCP L2113-11)', en: 'Why a single lot? (required without lots, CCP L2113-11)' },
    default: (_a, lang) =>
      lang === 'fr'
        ? 'Les composantes de la solution intégrée sont interdépendantes : les confier à des titulaires distincts romprait la performance d’usage attendue et diluerait la responsabilité des résultats.'
        : 'The components of the integrated solution depend on each other: splitting them between contractors would break the usage performance expected and dilute accountability for results.',
  }),
  selectQ<AwardProcedure>('consultation.award_procedure', {
    stage: 4,
    when: (a) => a['tender.procedure'] === 'marche-global-performance',
    message: { fr: 'Procédure de passation du marché global de performance', en: 'Procedure the global performance contract is awarded under' },
    help: { fr: 'Un marché global de performance est un type de marché : il est passé selon l’une des procédures (CCP R2171-2 et suivants).', en: 'A global performance contract is a kind of contract: it is awarded under one of the procedures (CCP R2171-2 ff.).' },
    choices: ({ lang }) => PROCEDURES.filter((p): p is AwardProcedure => p !== 'marche-global-performance').map((p) => ({ value: p, name: PROCEDURE_LABELS[p][lang], description: PROCEDURE_LABELS[p].hint[lang] })),
    default: () => 'appel-offres-ouvert',
  }),
  detailsQ('details.consultation', 4, {
    fr: 'Préciser les variantes, une visite, le code CPV, l’heure limite, la date limite des questions, le profil d’acheteur, la validité des offres ou la négociation ? Sinon : pas de variante, pas de visite, remise à 12:00, offres valables 120 jours.',
    en: 'Specify variants, a site visit, the CPV code, the hour limit, the last day for questions, the buyer profile, offer validity or negotiation? Otherwise: no variants, no visit, tenders due at 12:00, valid 120 days.',
  }),
  variantsAllowed,
  listQ('consultation.variants.minimum_requirements', {
    stage: 4,
    when: (a) => a['consultation.variants.allowed'] === true,
    required: true,
    message: { fr: 'Exigences minimales des variantes (CCP R2151-8)', en: 'Minimum requirements of variants (CCP R2151-8)' },
    itemMessage: { fr: 'Autre exigence minimale', en: 'Another minimum requirement' },
  }),
  selectQ<Visit>('consultation.visit.kind', {
    stage: 4,
    detail: 'details.consultation',
    message: { fr: 'Visite des lieux', en: 'Site visit' },
    choices: ({ lang }) => [
      { value: 'none', name: tr({ fr: 'Pas de visite', en: 'No visit' }, lang) },
      { value: 'optional', name: tr({ fr: 'Visite facultative', en: 'Optional visit' }, lang) },
      { value: 'mandatory', name: tr({ fr: 'Visite obligatoire', en: 'Mandatory visit' }, lang) },
    ],
    default: () => 'none',
  }),
  textQ('consultation.visit.details', {
    stage: 4,
    when: (a) => a['consultation.visit.kind'] === 'optional' || a['consultation.visit.kind'] === 'mandatory',
    required: true,
    message: { fr: 'Modalités de la visite (lieux, dates, contact)', en: 'Visit arrangements (places, dates, contact)' },
  }),
  textQ('consultation.cpv', {
    stage: 4,
    detail: 'details.consultation',
    message: { fr: 'Code CPV principal (ex. 90511000-2)', en: 'Main CPV code (e.g. 90511000-2)' },
  }),
  textQ('consultation.deadline.time', {
    stage: 4,
    detail: 'details.consultation',
    when: (a) => deadlineOf(a) !== undefined,
    required: true,
    message: { fr: 'Heure limite de remise des offres (HH:MM)', en: 'Hour limit for tenders (HH:MM)' },
    default: () => '12:00',
  }),
  dateQ('consultation.questions_until', {
    stage: 4,
    detail: 'details.consultation',
    when: (a) => deadlineOf(a) !== undefined,
    message: { fr: 'Dernier jour pour poser des questions', en: 'Last day for questions' },
    help: {
      fr: `Les réponses doivent parvenir à tous au moins ${ANSWER_DAYS_BEFORE_DEADLINE} jours avant la date limite (CCP R2132-6). Sans date, le règlement de la consultation dit seulement que les réponses partent ${ANSWER_DAYS_BEFORE_DEADLINE} jours avant la date limite ; une date fixe, par exemple 10 jours avant, vous laisse le temps de répondre.`,
      en: `Answers must reach everyone at least ${ANSWER_DAYS_BEFORE_DEADLINE} days before the time limit (CCP R2132-6). Without a date, the instructions only say answers go out ${ANSWER_DAYS_BEFORE_DEADLINE} days before the time limit; a fixed date, say 10 days before, leaves you time to answer.`,
    },
    extra: (d, a) => {
      const deadline = deadlineOf(a);
      if (deadline && d > addDays(deadline, -ANSWER_DAYS_BEFORE_DEADLINE - 1)) return { fr: `au plus tard le ${addDays(deadline, -ANSWER_DAYS_BEFORE_DEADLINE - 1)} : les réponses partent au moins ${ANSWER_DAYS_BEFORE_DEADLINE} jours avant la date limite`, en: `no later than ${addDays(deadline, -ANSWER_DAYS_BEFORE_DEADLINE - 1)}: answers go out at least ${ANSWER_DAYS_BEFORE_DEADLINE} days before the time limit` };
      const start = a['tender.consultation_start'];
      if (typeof start === 'string' && d < start) return { fr: `pas avant le lancement (${start})`, en: `not before the launch (${start})` };
      return true;
    },
  }),
  textQ('consultation.buyer_profile', {
    stage: 4,
    detail: 'details.consultation',
    message: { fr: 'Adresse du profil d’acheteur (où le dossier est publié et les offres remises)', en: 'Address of the buyer profile (where the file is published and tenders submitted)' },
  }),
  numberQ('consultation.offer_validity_days', {
    stage: 4,
    detail: 'details.consultation',
    required: true,
    message: { fr: 'Durée de validité des offres, en jours', en: 'Tender validity, in days' },
    default: () => 120,
  }),
  numberQ('consultation.candidature.min_candidates', {
    stage: 4,
    detail: 'details.consultation',
    when: (a) => MIN_INVITED[awardOf(a)] !== undefined,
    required: true,
    message: { fr: 'Nombre minimal de candidats invités à remettre une offre', en: 'Minimum number of candidates invited to tender' },
    help: { fr: 'Au moins 5 dans un appel d’offres restreint, 3 dans un dialogue compétitif ou une procédure avec négociation (CCP R2142-15 et s. ; directive 2014/24/UE, art. 65).', en: 'At least 5 in a restricted procedure, 3 in a competitive dialogue or a procedure with negotiation (CCP R2142-15 et s. ; directive 2014/24/UE, art. 65).' },
    default: (a) => MIN_INVITED[awardOf(a)],
    extra: (n, a) => (n >= (MIN_INVITED[awardOf(a)] ?? 1) ? true : { fr: `au moins ${MIN_INVITED[awardOf(a)]} pour cette procédure (CCP R2142-15 et s. ; directive 2014/24/UE, art. 65)`, en: `at least ${MIN_INVITED[awardOf(a)]} for this procedure (CCP R2142-15 et s. ; directive 2014/24/UE, art. 65)` }),
  }),
  numberQ('consultation.phases', {
    stage: 4,
    detail: 'details.consultation',
    when: (a) => awardOf(a) === 'dialogue-competitif' || awardOf(a) === 'procedure-avec-negociation',
    message: { fr: 'Nombre maximal de phases de dialogue ou de négociation', en: 'Maximum number of dialogue or negotiation phases' },
  }),
  selectQ<Negotiation>('consultation.negotiation', {
    stage: 4,
    detail: 'details.consultation',
    // Only a procédure adaptée leaves the choice: an appel d'offres never negotiates, a dialogue or a PCN always does.
    when: (a) => awardOf(a) === 'procedure-adaptee',
    message: { fr: 'Négociation', en: 'Negotiation' },
    choices: ({ lang }) =>
      NEGOTIATION_KINDS.map((k) => ({
        value: k,
        name: tr({ none: { fr: 'Aucune : attribution sur les offres initiales', en: 'None: award on the initial tenders' }, reserved: { fr: 'Possible, sans obligation (l’acheteur peut attribuer sans négocier)', en: 'Possible, not required (the buyer may award without negotiating)' }, planned: { fr: 'Prévue avec les candidats', en: 'Planned with the bidders' } }[k], lang),
      })),
    default: (a) => defaultNegotiation(awardOf(a)),
  }),
];
