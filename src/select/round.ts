/**
 * Largest-remainder rounding: split `total` integer units in proportion to `shares`, so that the parts are
 * integers that sum exactly to `total`. Ties in remainders go to the earlier item, which keeps it deterministic.
 */
export function largestRemainder(total: number, shares: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  const sum = shares.reduce((s, x) => s + x, 0);
  if (shares.length === 0) return [];
  if (sum <= 0) throw new RangeError('shares must have a positive sum');
  const exact = shares.map((s) => (total * s) / sum);
  // Guard against float noise such as 2.9999999999 being floored to 2.
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - floors.reduce((s, x) => s + x, 0);
  const order = exact
    .map((x, i) => ({ i, rem: x - floors[i]! }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}
