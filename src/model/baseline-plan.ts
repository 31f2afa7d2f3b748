import { z } from 'zod';

/**
 * An indicator whose starting point is not known yet: the contract measures it during the first year, and this field
 * says how (counts, weighings, a survey…). With it, an empty baseline is a decision written in the spec, not a gap:
 * lint stays silent about it and the documents print the year-1 clause.
 */
export const BaselinePlanFields = {
  /** How the baseline is measured during the first year of the contract, when `baseline` is left empty. */
  baseline_measured_in_year_1: z.string().trim().min(1).optional(),
};
