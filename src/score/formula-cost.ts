import type { GridPrice } from '../model/grid.js';

/** One externality of an offer's coût élargi: committed quantity × published value. */
export interface CostLine {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly quantity: number;
  readonly value: number;
  readonly amount: number;
}

/** An offer's coût élargi, step by step, as the report prints it. */
export interface CostBreakdown {
  readonly price: number;
  readonly years: number;
  readonly priceOverDuration: number;
  readonly lines: readonly CostLine[];
  readonly total: number;
}

/**
 * The coût élargi of one offer (CCP R2152-9, R2152-10): the price over the duration plus each committed quantity
 * valued at the published value. The price formula then scores this cost as it would score a price; the XLSX grid
 * computes the same sum (price × years + SUMPRODUCT of values and quantities).
 */
export function costOf(cost: NonNullable<GridPrice['cost']>, price: number, quantities: Readonly<Record<string, number>>): CostBreakdown {
  const priceOverDuration = price * cost.years;
  const lines = cost.externalities.map((x) => ({ id: x.id, label: x.label, unit: x.unit, quantity: quantities[x.id] ?? 0, value: x.value, amount: (quantities[x.id] ?? 0) * x.value }));
  return { price, years: cost.years, priceOverDuration, lines, total: priceOverDuration + lines.reduce((s, l) => s + l.amount, 0) };
}
