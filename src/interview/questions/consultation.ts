import { z } from 'zod';
import { VISIT_KINDS } from '../../model/consultation.js';
import { dateQ, detailsQ, listQ, selectQ, textQ } from '../defs.js';
import { tr } from '../prompts.js';
import type { Answers, QuestionDef } from '../types.js';

/**
 * The tender file's own decisions (the RC announces them): the deadline for offers, and behind one "more details?"
 * question the lots, variants, site visit and CPV code, each with the usual default (one lot with its reason, no
 * variants, no visit). Every one stays changeable from the review screen.
 */

type Visit = (typeof VISIT_KINDS)[number];

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
  detailsQ('details.consultation', 4, {
    fr: 'Préciser les lots, les variantes, une visite ou le code CPV ? Sinon : un lot unique motivé, pas de variante, pas de visite.',
    en: 'Specify lots, variants, a site visit or the CPV code? Otherwise: a single lot with its reason, no variants, no visit.',
  }),
  textQ('consultation.lots_not_divided_reason', {
    stage: 4,
    detail: 'details.consultation',
    when: (a) => !Array.isArray(a['tender.lots']) || (a['tender.lots'] as unknown[]).length === 0,
    message: { fr: 'Pourquoi un seul lot ? (obligatoire sans allotissement, CCP L2113-11)', en: 'Why a single lot? (required without lots, CCP L2113-11)' },
    default: (_a, lang) =>
      lang === 'fr'
        ? 'Les composantes de la solution intégrée sont interdépendantes : les confier à des titulaires distincts romprait la performance d’usage attendue et diluerait la responsabilité des résultats.'
        : 'The components of the integrated solution depend on each other: splitting them between contractors would break the usage performance expected and dilute accountability for results.',
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
];
