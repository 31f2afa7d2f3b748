import { z } from 'zod';
import { IdSchema } from './common.js';

/**
 * The families of value the territory's actors chose to read the contract's effects by (EFC's "valeurs" of the
 * territory). The steering committee's report groups the indicators and useful effects by family. Eight by default;
 * a spec lists its own, each with the indicators and effects it covers.
 */
export const DEFAULT_VALUE_FAMILIES = ['attractiveness', 'economic', 'competitiveness', 'innovation', 'employment', 'environment', 'social', 'relational'] as const;

const Text = z.string().trim().min(1);

export const ValueFamilySchema = z
  .object({
    /** One of the eight default families, or the actors' own id. */
    id: IdSchema,
    /** The family's name when it is not one of the eight (their names are in the wording catalog). */
    label: Text.optional(),
    /** Indicators of usage_performance that tell this family's value. */
    indicators: z.array(IdSchema).default([]),
    /** Useful effects or externalities, as the spec words them, that this family covers. */
    effects: z.array(Text).default([]),
  })
  .strict();
export type ValueFamily = z.infer<typeof ValueFamilySchema>;

/** Absent: the eight default families, with nothing assigned yet (the report then asks the committee to assign). */
export const ValueFamiliesSchema = z.array(ValueFamilySchema).optional();
