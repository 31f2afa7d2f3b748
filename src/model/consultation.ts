import { z } from 'zod';
import { isCalendarDate } from '../load/date.js';
import { PseListSchema } from './pse.js';

/**
 * What the buyer decides for the consultation itself and the RC (règlement de la consultation) announces: deadline,
 * CPV code, visit, variants and PSE, offer validity, why there are no lots, candidature pieces, negotiation,
 * tranches. Every field has a default, so a spec without this block still validates; the RC prints a blank to fill
 * in where the buyer has not decided yet (the deadline, for instance), never an invented value.
 */

const Text = z.string().trim().min(1);
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');
/** 24-hour local time "HH:MM", as the avis and the profil d'acheteur state it. */
const Hour = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be an hour written HH:MM (24 h), e.g. 12:00');

/** Answers to bidders' questions go out at least 6 days before the deadline (CCP R2132-6). */
export const ANSWER_DAYS_BEFORE_DEADLINE = 6;

export const VISIT_KINDS = ['none', 'optional', 'mandatory'] as const;
export const NEGOTIATION_KINDS = ['none', 'reserved', 'planned'] as const;
export type Negotiation = (typeof NEGOTIATION_KINDS)[number];

const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const ConsultationSchema = z
  .object({
    /** Main CPV code of the object, e.g. 90511000-2 (8 digits, a dash, the check digit). */
    cpv: z.string().regex(/^\d{8}-\d$/, 'must be a CPV code written dddddddd-d, e.g. 90511000-2').optional(),
    /** Further CPV codes (same format). */
    cpv_additional: z.array(z.string().regex(/^\d{8}-\d$/, 'must be a CPV code written dddddddd-d, e.g. 90511000-2')).default([]),
    /** Date and hour limit for receiving offers (or candidatures in a two-stage procedure). */
    deadline: z.object({ date: IsoDate, time: Hour.default('12:00') }).strict().optional(),
    /** Last day bidders may ask questions; answers then go out at least 6 days before the deadline. */
    questions_until: IsoDate.optional(),
    /** Address of the buyer's profile (profil d'acheteur) where the DCE is published and offers are submitted. */
    buyer_profile: Text.optional(),
    visit: z
      .object({
        kind: z.enum(VISIT_KINDS).default('none'),
        details: Text.optional(),
      })
      .strict()
      .default({ kind: 'none' }),
    variants: z
      .object({
        allowed: z.boolean().default(false),
        /** Minimum requirements every variant must meet (R2151-8): required when variants are allowed. */
        minimum_requirements: z.array(Text).default([]),
      })
      .strict()
      .default({ allowed: false, minimum_requirements: [] })
      .refine((v) => !v.allowed || v.minimum_requirements.length > 0, {
        message: 'variants are allowed: list their minimum_requirements (CCP R2151-8)',
        path: ['minimum_requirements'],
      }),
    /** Prestations supplémentaires éventuelles: priced optional items, not variants (schema in pse.ts). */
    pse: PseListSchema,
    offer_validity_days: z.number().int().min(30).max(365).default(120),
    /** Concrete reasons for not dividing into lots (CCP L2113-11), when the tender has none. */
    lots_not_divided_reason: Text.optional(),
    candidature: z
      .object({
        /** The DUME is always accepted (R2143-4); DC1/DC2 forms are accepted too unless set to false. */
        dc1_dc2: z.boolean().default(true),
        /** Evidence of professional, technical and financial capacity asked of candidates. */
        capacities: z.array(Text).default([]),
        /** Restricted procedures and dialogue: how many candidates are invited, and the selection criteria. */
        min_candidates: z.number().int().min(1).max(50).optional(),
        max_candidates: z.number().int().min(1).max(50).optional(),
        selection_criteria: z.array(Text).default([]),
      })
      .strict()
      .default({ dc1_dc2: true, capacities: [], selection_criteria: [] })
      .refine((c) => c.min_candidates === undefined || c.max_candidates === undefined || c.min_candidates <= c.max_candidates, {
        message: 'min_candidates is larger than max_candidates',
        path: ['max_candidates'],
      }),
    /**
     * none: award on the initial offers; reserved: the buyer may negotiate or award on the initial offers; planned:
     * negotiation (or dialogue) takes place. Default per procedure (see defaultNegotiation).
     */
    negotiation: z.enum(NEGOTIATION_KINDS).optional(),
    /** Number of dialogue or negotiation phases announced (the buyer may stop earlier). */
    phases: z.number().int().min(1).max(10).optional(),
    tranches: z
      .array(
        z
          .object({
            kind: z.enum(['firm', 'optional']),
            title: Text,
            description: Text.optional(),
            duration_months: z.number().int().min(1).max(600).optional(),
          })
          .strict(),
      )
      .default([])
      .refine((ts) => ts.length === 0 || ts.some((t) => t.kind === 'firm'), { message: 'tranches need one firm tranche (tranche ferme)' }),
    /** For a marché global de performance: the procedure it is awarded under. */
    award_procedure: z.enum(['appel-offres-ouvert', 'appel-offres-restreint', 'dialogue-competitif', 'procedure-avec-negociation', 'procedure-adaptee']).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.questions_until && c.deadline) {
      const gap = daysBetween(c.questions_until, c.deadline.date);
      // The buyer needs time to answer, and answers must reach every bidder 6 days before the deadline.
      if (gap <= ANSWER_DAYS_BEFORE_DEADLINE) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['questions_until'],
          message: `must fall more than ${ANSWER_DAYS_BEFORE_DEADLINE} days before the deadline (${c.deadline.date}): answers go out at least ${ANSWER_DAYS_BEFORE_DEADLINE} days before it (CCP R2132-6)`,
        });
      }
    }
    if (c.visit.kind !== 'none' && !c.visit.details) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['visit', 'details'], message: 'a visit needs its details (place, dates, whom to contact)' });
    }
  })
  .prefault({});
export type Consultation = z.infer<typeof ConsultationSchema>;

/** Negotiation when the spec does not say: forbidden in an appel d'offres, reserved in MAPA, planned where it is the point. */
export function defaultNegotiation(procedure: string): Negotiation {
  switch (procedure) {
    case 'appel-offres-ouvert':
    case 'appel-offres-restreint':
      return 'none';
    case 'procedure-adaptee':
      return 'reserved';
    default:
      return 'planned';
  }
}

/** The last day answers to questions are sent: 6 days before the deadline (R2132-6). */
export function answersUntil(deadlineDate: string): string {
  const t = Date.parse(`${deadlineDate}T00:00:00Z`) - ANSWER_DAYS_BEFORE_DEADLINE * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
