import type { PriceSchedule, ScheduleLine } from '../compose/dce/price-schedule.js';
import { dec, percentOfCents, roundDiv } from '../pay/decimal.js';

/**
 * The scored price of one offer, computed from its prices and the schedule's quantities exactly as the RC defines
 * it (and as the workbook's formulas do): each line's amount = quantity × price rounded to the cent (half away from
 * zero, as ROUND does), the scored price = the sum of the scored lines' amounts HT, plus VAT rounded to the cent when
 * the basis is TTC. Decimals are exact (scaled integers): no binary drift.
 */
export interface ComputedLine {
  readonly code: string;
  readonly label: string;
  readonly unit: string;
  readonly quantity: number;
  readonly price: number;
  readonly amountCents: number;
  readonly scored: boolean;
  /** Which sheet the line's price was typed in. */
  readonly kind: 'dpgf' | 'bpu';
}

export interface ScheduleComputation {
  readonly lines: readonly ComputedLine[];
  readonly dpgfCents: number;
  readonly dqeCents: number;
  readonly totalHtCents: number;
  readonly vatCents: number;
  readonly totalTtcCents: number;
  readonly scoredHtCents: number;
  readonly scoredVatCents: number;
  /** The scored DPGF and DQE lines' totals, each with its VAT on a TTC basis (what a price sub-criterion scores). */
  readonly scoredDpgfCents: number;
  readonly scoredDqeCents: number;
  /** The price that is scored, in cents, on the spec's basis. */
  readonly scoredCents: number;
  readonly basis: 'HT' | 'TTC';
  readonly vatPercent: number;
}

/** quantity × price, to the cent, half away from zero. */
export function lineAmountCents(quantity: number, price: number): number {
  const a = dec(quantity);
  const b = dec(price);
  // a.n / 10^sa × b.n / 10^sb euros = a.n × b.n × 100 / 10^(sa+sb) cents
  return Number(roundDiv(a.n * b.n * 100n, 10n ** BigInt(a.scale + b.scale)));
}

/** Prices by line code ("F1", "U2"). */
export function computeSchedule(s: PriceSchedule, prices: Readonly<Record<string, number>>): ScheduleComputation {
  const line = (l: ScheduleLine, kind: 'dpgf' | 'bpu'): ComputedLine => {
    const price = prices[l.code];
    if (price === undefined) throw new RangeError(`no price for line ${l.code}`);
    return { code: l.code, label: l.label, unit: l.unit, quantity: l.quantity, price, amountCents: lineAmountCents(l.quantity, price), scored: l.scored, kind };
  };
  const lines = [...s.dpgf.map((l) => line(l, 'dpgf')), ...s.bpu.map((l) => line(l, 'bpu'))];
  const sum = (xs: readonly ComputedLine[]): number => xs.reduce((t, x) => t + x.amountCents, 0);
  const dpgfCents = sum(lines.filter((l) => l.kind === 'dpgf'));
  const dqeCents = sum(lines.filter((l) => l.kind === 'bpu'));
  const totalHtCents = dpgfCents + dqeCents;
  const vatCents = percentOfCents(totalHtCents, s.vatPercent);
  const scoredHtCents = sum(lines.filter((l) => l.scored));
  const scoredVatCents = s.basis === 'TTC' ? percentOfCents(scoredHtCents, s.vatPercent) : 0;
  const onBasis = (ht: number): number => ht + (s.basis === 'TTC' ? percentOfCents(ht, s.vatPercent) : 0);
  return {
    lines,
    dpgfCents,
    dqeCents,
    totalHtCents,
    vatCents,
    totalTtcCents: totalHtCents + vatCents,
    scoredHtCents,
    scoredVatCents,
    scoredCents: scoredHtCents + scoredVatCents,
    scoredDpgfCents: onBasis(sum(lines.filter((l) => l.scored && l.kind === 'dpgf'))),
    scoredDqeCents: onBasis(sum(lines.filter((l) => l.scored && l.kind === 'bpu'))),
    basis: s.basis,
    vatPercent: s.vatPercent,
  };
}
