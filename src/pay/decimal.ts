/**
 * Exact arithmetic for pay. Indicator values are decimals as written in the spec (84.3, 0.5); binary floats would
 * turn 84.3 − 84.1 into 0.19999…, and a half-cent could then round the wrong way. So every value is read as a scaled
 * integer (n / 10^scale, from its shortest decimal writing) and amounts are integer cents, computed with BigInt and
 * rounded once, half away from zero.
 */

/** n / 10^scale */
export interface Dec {
  readonly n: bigint;
  readonly scale: number;
}

const TEN = 10n;
const pow10 = (k: number): bigint => TEN ** BigInt(k);

/** The decimal a JS number stands for, from its shortest round-trip writing (String(0.1) is "0.1"). */
export function dec(x: number): Dec {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const s = String(Math.abs(x));
  const [mant, expPart] = s.split('e');
  const exp = expPart === undefined ? 0 : Number(expPart);
  const [intPart, frac = ''] = mant.split('.');
  let scale = frac.length - exp;
  let n = BigInt(intPart + frac);
  if (scale < 0) {
    n *= pow10(-scale);
    scale = 0;
  }
  return { n: x < 0 ? -n : n, scale };
}

/** Both decimals on the same scale (the larger), so their integers can be added and compared. */
export function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [a.n * pow10(s - a.scale), b.n * pow10(s - b.scale), s];
}

export const toNumber = (d: Dec): number => Number(d.n) / 10 ** d.scale;

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { n: x - y, scale: s };
}

export const neg = (a: Dec): Dec => ({ n: -a.n, scale: a.scale });
export const absDec = (a: Dec): Dec => ({ n: a.n < 0n ? -a.n : a.n, scale: a.scale });
export const sign = (a: Dec): -1 | 0 | 1 => (a.n > 0n ? 1 : a.n < 0n ? -1 : 0);

export function compare(a: Dec, b: Dec): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x > y ? 1 : x < y ? -1 : 0;
}

/** num / den rounded to the nearest integer, halves away from zero. */
export function roundDiv(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) return roundDiv(-num, -den);
  const negative = num < 0n;
  const a = negative ? -num : num;
  const q = (2n * a + den) / (2n * den);
  return negative ? -q : q;
}

/** Euros (at most two decimals, checked by the model) as integer cents. */
export function cents(eur: number): number {
  const d = dec(eur);
  if (d.scale > 2) throw new RangeError(`${eur} € is not an amount to the cent`);
  return Number(d.n * pow10(2 - d.scale));
}

/** cents × percent / 100, to the cent. */
export function percentOfCents(amountCents: number, percent: number): number {
  const p = dec(percent);
  return Number(roundDiv(BigInt(amountCents) * p.n, 100n * pow10(p.scale)));
}

/** amountCents × a / b for two decimals a and b, to the cent (e.g. rate × excess / step). */
export function mulDivCents(amountCents: number, a: Dec, b: Dec): number {
  // a / b = (a.n / 10^sa) / (b.n / 10^sb) = a.n × 10^sb / (b.n × 10^sa)
  return Number(roundDiv(BigInt(amountCents) * a.n * pow10(b.scale), b.n * pow10(a.scale)));
}

/** Round a decimal to k decimals, halves away from zero. */
export function roundTo(a: Dec, k: number): Dec {
  if (a.scale <= k) return a;
  return { n: roundDiv(a.n, pow10(a.scale - k)), scale: k };
}

/** a + (b − a) × num / den, rounded to k decimals (a point on a straight-line trajectory). */
export function interpolate(a: Dec, b: Dec, num: number, den: number, k: number): Dec {
  const [x, y, s] = align(a, b);
  const N = BigInt(num);
  const D = BigInt(den);
  // (x × D + (y − x) × N) / (D × 10^s), to k decimals
  const numerator = (x * D + (y - x) * N) * pow10(k);
  return { n: roundDiv(numerator, D * pow10(s)), scale: k };
}

/** part / whole as a percentage with k decimals (e.g. a cap as a share of the annual fixed part). */
export function percentRatio(partCents: number, wholeCents: number, k: number): number {
  const q = roundDiv(BigInt(partCents) * 100n * pow10(k), BigInt(wholeCents));
  return Number(q) / 10 ** k;
}

/** Cents written as euros with two decimals, for step arguments and tests ("-15000.00"). */
export function eurosText(c: number): string {
  const negative = c < 0;
  const a = Math.abs(c);
  return `${negative ? '-' : ''}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
