import { z } from 'zod';
import { IdSchema } from './common.js';
import { ExclusionEventSchema } from './pay.js';
import { isCalendarDate } from '../util/date.js';

/**
 * The contract as `award` writes it and `monitor` reads it: which spec it was awarded on (path and hash, so a spec
 * edited after award is noticed), the winning bidder, the award date, its committed targets per indicator and
 * contract year, the recorded events that neutralise periods, and the amendments. Not the CCAP's contract terms
 * (contract-terms.ts): this file exists only after award.
 *
 * History is never edited: a baseline or a target changes only through a dated `amendments` entry (clause de
 * réexamen, CCP R2194-1) that applies from a contract year on, and the décompte of earlier years stays as it was.
 */
const Text = z.string().trim().min(1);
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'schema.not-a-date');

export const CONTRACT_FORMAT = 'efc-contract/1' as const;

export const AmendmentSchema = z
  .object({
    /** Date the amendment was signed; amendments apply in date order. */
    date: IsoDate,
    /** Why the baseline or the target moves (perimeter change, new regulation…): printed in every later décompte. */
    reason: Text,
    indicator: IdSchema,
    /** First contract year the amendment applies to; earlier years keep their terms. */
    from_year: z.number().int().min(1).max(99),
    /** New baseline of a gain-sharing indicator (the guaranteed level moves by the same amount). */
    baseline: z.number().optional(),
    /** New committed target(s) of a bonus-malus indicator from `from_year` on (the last holds for later years). */
    targets: z.array(z.number()).min(1).optional(),
  })
  .strict()
  .refine((a) => a.baseline !== undefined || a.targets !== undefined, { message: 'give a new baseline or new targets', path: ['baseline'] });
export type Amendment = z.infer<typeof AmendmentSchema>;

export const ContractSchema = z
  .object({
    format: z.literal(CONTRACT_FORMAT),
    spec: z
      .object({
        /** Path of the spec, relative to the contract file. */
        file: Text,
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64 hexadecimal digits of a SHA-256'),
        reference: Text,
      })
      .strict(),
    bidder: Text,
    /** The lot awarded, on a tender with lots (each lot is a separate contract): its indicators and pay apply. */
    lot: z.number().int().positive().optional(),
    award_date: IsoDate,
    /** Committed target of each paid indicator, one per contract year (year 1 first). */
    commitments: z.record(IdSchema, z.array(z.number()).min(1)),
    events: z.array(ExclusionEventSchema).default([]),
    amendments: z.array(AmendmentSchema).default([]),
  })
  .strict();
export type Contract = z.infer<typeof ContractSchema>;
