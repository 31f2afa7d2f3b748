import { z } from 'zod';
import { IdSchema, LTextSchema } from './common.js';
import { FamilySchema } from './criterion.js';

/** A group is one award criterion of the RC; the library criteria of its families become its sub-criteria. */
export const GroupSchema = z
  .object({
    id: IdSchema,
    label: LTextSchema,
    weight: z.number().min(0).max(100),
    kind: z.enum(['quality', 'price']).default('quality'),
    /** Counts towards the EFC share of the weighting (what sicoval-70 promises at 70 %). */
    efc: z.boolean().default(false),
    families: z.array(FamilySchema).default([]),
  })
  .strict();
export type Group = z.infer<typeof GroupSchema>;

export const ProfileSchema = z
  .object({
    id: IdSchema,
    label: LTextSchema,
    description: LTextSchema,
    /** The EFC share of the 100 points the profile promises; lint checks the grid keeps it. */
    efc_share: z.number().min(0).max(100),
    groups: z.array(GroupSchema).min(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    const total = p.groups.reduce((s, g) => s + g.weight, 0);
    if (Math.abs(total - 100) > 1e-9) {
      ctx.addIssue({ code: 'custom', path: ['groups'], message: `group weights sum to ${total}, not 100` });
    }
    if (p.groups.filter((g) => g.kind === 'price').length > 1) {
      ctx.addIssue({ code: 'custom', path: ['groups'], message: 'at most one price group' });
    }
  });
export type Profile = z.infer<typeof ProfileSchema>;
