import { z } from 'zod';
import { IdSchema, LListSchema, LTextSchema } from './common.js';

/**
 * Families group criteria by what they judge. Weighting profiles split the 100 points between groups of families.
 * `technical-means` exists on purpose: classic tenders judge means, and the lint must be able to see them.
 */
export const FAMILIES = [
  'usage-performance',
  'useful-effects',
  'integrated-solution',
  'cooperation',
  'territorial-ecosystem',
  'immaterial-resources',
  'governance',
  'remuneration',
  'environment',
  'social',
  'service-quality',
  'technical-means',
] as const;
export type Family = (typeof FAMILIES)[number];
export const FamilySchema = z.enum(FAMILIES);

/** Six anchored levels, 0 to 5, from "missing" to "exceeds with proof". */
export const LEVEL_COUNT = 6;
const Levels = z.array(z.string().min(1)).length(LEVEL_COUNT, 'must give exactly 6 level descriptors (levels 0 to 5)');

export const CriterionSchema = z
  .object({
    id: IdSchema,
    label: LTextSchema,
    family: FamilySchema,
    /** Does the criterion judge the effects obtained for people and territory, or the means deployed? */
    judges: z.enum(['effects', 'means']),
    /** Takes the offer's environmental characteristics into account (CCP L2152-7, from 21 Aug 2026). */
    environmental: z.boolean().default(false),
    /** Retained by default when the library is used for one of its life functions. */
    default: z.boolean().default(false),
    /** Life functions it applies to; "*" for all. */
    functions: z.array(z.string().min(1)).min(1).default(['*']),
    /** Relative weight inside its group (the group's points are split in proportion). */
    weight: z.number().positive().max(100).default(1),
    question: LTextSchema,
    evidence: LListSchema,
    levels: z.object({ fr: Levels, en: Levels }).strict(),
    indicators: LListSchema.default({ fr: [], en: [] }),
  })
  .strict();
export type Criterion = z.infer<typeof CriterionSchema>;
export type CriterionInput = z.input<typeof CriterionSchema>;

export const LibrarySchema = z
  .object({
    library: IdSchema,
    title: LTextSchema,
    description: LTextSchema.optional(),
    criteria: z.array(CriterionSchema).min(1),
  })
  .strict();
export type LibraryFile = z.infer<typeof LibrarySchema>;
