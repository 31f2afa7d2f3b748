import type { Grid } from '../../model/grid.js';
import { componentColumns, type GridPricePart } from '../../model/price-parts.js';
import { PRICES, addr, ref, type CellRef, type GridLayout } from './layout.js';

/**
 * Where each price column of the Prices sheet sits, in one place for the writer (calc-sheets.ts) and the reader
 * (src/load/marks-xlsx.ts): the typed price (the base offer's), a hidden column of the admitted offers' scored price
 * (with thresholds), the coût élargi's quantities and cost, then the component prices typed by the committee (each
 * option, the DPGF and DQE totals a part scores), the scored price (base + retained options), and per price
 * sub-criterion its points and a hidden column of the admitted offers' prices it scores.
 */
export interface PriceColumns {
  readonly admitted: number;
  readonly quantityFirst: number;
  readonly costCol?: number;
  readonly components: readonly { readonly id: string; readonly col: number }[];
  /** Base + retained options, when the grid has options. */
  readonly totalCol?: number;
  readonly parts: readonly { readonly part: GridPricePart; readonly pointsCol: number; readonly admittedCol?: number }[];
}

/** Hidden column of the admitted offers' scored price (thresholds); kept where it always was. */
const ADMITTED = PRICES.colPoints + 1;
/** Coût élargi: the first column of the committed quantities (one per externality), read back by src/load. */
export const QUANTITY_FIRST_COL = ADMITTED + 1;

export function priceColumns(grid: Grid, thresholds: boolean): PriceColumns {
  const price = grid.price;
  const m = price?.cost?.externalities.length ?? 0;
  const costCol = price?.cost ? ADMITTED + 1 + m : undefined;
  let next = (costCol ?? ADMITTED) + 1;
  const components = componentColumns(price).map((id) => ({ id, col: next++ }));
  const totalCol = price?.pse?.length ? next++ : undefined;
  const parts = (price?.parts ?? []).map((part) => ({ part, pointsCol: next++ }));
  // The hidden admitted-price columns come last, out of the committee's way.
  return { admitted: ADMITTED, quantityFirst: QUANTITY_FIRST_COL, ...(costCol ? { costCol } : {}), components, ...(totalCol ? { totalCol } : {}), parts: parts.map((p) => (thresholds ? { ...p, admittedCol: next++ } : p)) };
}

/** The cell of bidder k's component price `id` (an option, dpgf or dqe), for the reader. */
export function componentCell(grid: Grid, layout: GridLayout, k: number, id: string): CellRef | undefined {
  const c = priceColumns(grid, false).components.find((x) => x.id === id);
  return c && layout.hasPrice ? ref(layout.sheets.prices, PRICES.firstRow + k, c.col) : undefined;
}

/** Bidder k's scored price cell: the base + options column when the grid has options, else the typed price. */
export function scoredPriceAddress(grid: Grid, k: number): string {
  const cols = priceColumns(grid, false);
  return addr(PRICES.firstRow + k, cols.totalCol ?? PRICES.colPrice);
}
