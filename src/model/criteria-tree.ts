import { z } from 'zod';
import { IdSchema } from './common.js';

/**
 * criteria.children: deeper levels of sub-criteria. Each key is a retained sub-criterion (or a child already listed
 * here), each value the criteria it is divided into, which become its sub-sub-criteria (1.1 → 1.1.1, 1.1.2), at any
 * depth. A child is a library or custom criterion id; naming it here retains it, under this parent only. Weights are
 * given, as for every level, under criteria.weights by id: a parent's points are shared between its children,
 * explicit weights first, the rest in proportion to the children's relative weight. The parent is no longer marked:
 * it is a subtotal, the sum of its children's points.
 *
 *   criteria:
 *     children:
 *       integrated-solution-coherence: [waste-prevention-integration, custom-reemploi]
 *     weights: { integrated-solution-coherence: 8, custom-reemploi: 2.5 }
 */
export const CriteriaChildrenSchema = z.record(IdSchema, z.array(IdSchema).min(1, 'list at least one child criterion')).default({});
export type CriteriaChildren = z.infer<typeof CriteriaChildrenSchema>;
