/**
 * Caps. Per indicator, the year's sum is clamped to [−malus floor, +bonus ceiling]. Then the net of all indicators is
 * clamped to [−global malus cap, +global bonus cap] by **proportional reduction**: when the net bonus is over the cap,
 * every bonus is reduced by the same factor (maluses untouched) so that the net equals the cap exactly; symmetrically
 * for maluses. Proportional rather than ordered because no indicator is privileged and the décompte can state one
 * factor. Cents are spread by largest remainder (ties to the earlier indicator), so the parts add up to the cap.
 */

export function clamp(amount: number, bonusCap: number | undefined, malusCap: number | undefined): number {
  if (bonusCap !== undefined && amount > bonusCap) return bonusCap;
  if (malusCap !== undefined && amount < -malusCap) return -malusCap;
  return amount;
}

/** Split `total` (≥ 0 integer) in proportion to `weights` (≥ 0 integers, positive sum), exactly, by largest remainder. */
export function splitExact(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  const T = BigInt(total);
  const parts = weights.map((w) => (T * BigInt(w)) / sum);
  const rems = weights.map((w, i) => ({ i, rem: (T * BigInt(w)) % sum }));
  let left = T - parts.reduce((s, p) => s + p, 0n);
  rems.sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const { i } of rems) {
    if (left <= 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

export interface GlobalCapResult {
  readonly amounts: number[];
  readonly side?: 'bonus' | 'malus';
  readonly netBefore: number;
  readonly netAfter: number;
}

/** Apply the global caps to the indicators' capped amounts (cents, + bonus, − malus). */
export function applyGlobalCaps(amounts: readonly number[], bonusCap: number | undefined, malusCap: number | undefined): GlobalCapResult {
  const net = amounts.reduce((s, a) => s + a, 0);
  const pos = amounts.reduce((s, a) => s + Math.max(a, 0), 0);
  const negs = amounts.reduce((s, a) => s + Math.min(a, 0), 0);
  if (bonusCap !== undefined && net > bonusCap) {
    // Bonuses must sum to cap − (sum of maluses), which is below their sum since net > cap.
    const shares = splitExact(bonusCap - negs, amounts.map((a) => Math.max(a, 0)));
    const out = amounts.map((a, i) => (a > 0 ? shares[i] : a));
    return { amounts: out, side: 'bonus', netBefore: net, netAfter: bonusCap };
  }
  if (malusCap !== undefined && net < -malusCap) {
    const shares = splitExact(malusCap + pos, amounts.map((a) => Math.max(-a, 0)));
    const out = amounts.map((a, i) => (a < 0 ? -shares[i] : a));
    return { amounts: out, side: 'malus', netBefore: net, netAfter: -malusCap };
  }
  return { amounts: [...amounts], netBefore: net, netAfter: net };
}
