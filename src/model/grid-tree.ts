import type { GridCriterion, GridSubCriterion } from './grid.js';

/**
 * A sub-criterion divided into sub-sub-criteria (criteria.children): it is announced with its weight, which its
 * children share, and is not marked itself; its points are the sum of its children's. The marked sub-criteria of
 * a criterion (GridCriterion.subCriteria) are always the leaves, so every reader of marks works at any depth.
 */
export interface GridSubTotal {
  readonly id: string;
  /** Display number, e.g. "1.2" (its children are "1.2.1", "1.2.2"…). */
  readonly number: string;
  readonly label: string;
  readonly weightHundredths: number;
  /** 2 for "1.2", 3 for "1.2.3". */
  readonly depth: number;
  /** Its direct children: leaves (sub-criteria) or other subtotals, in order. */
  readonly childIds: readonly string[];
  /** The leaves under it, at any depth, in order. */
  readonly leafIds: readonly string[];
}

/** One line of a criterion's table: a subtotal or a marked sub-criterion, with its depth (2 for "1.2"). */
export type CriterionLine<S = GridSubCriterion, T = GridSubTotal> = { readonly kind: 'subtotal'; readonly depth: number; readonly node: T } | { readonly kind: 'sub'; readonly depth: number; readonly node: S };

const segments = (n: string): number[] => n.split('.').map(Number);
const byNumber = (a: string, b: string): number => {
  const [x, y] = [segments(a), segments(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};

/**
 * The lines a document prints under a criterion, in reading order: 1.1, 1.1.1, 1.1.2, 1.2… Works on the grid and on
 * a score result's criteria alike; `subs` narrows the marked lines (e.g. listedSubCriteria).
 */
export function criterionLines<S extends { readonly number: string }, T extends { readonly number: string }>(
  c: { readonly subCriteria: readonly S[]; readonly subTotals?: readonly T[] },
  subs: readonly S[] = c.subCriteria,
): CriterionLine<S, T>[] {
  const lines: CriterionLine<S, T>[] = [
    ...(c.subTotals ?? []).map((node): CriterionLine<S, T> => ({ kind: 'subtotal', depth: segments(node.number).length, node })),
    ...subs.map((node): CriterionLine<S, T> => ({ kind: 'sub', depth: segments(node.number).length, node })),
  ];
  return lines.sort((a, b) => byNumber(a.node.number, b.node.number));
}
