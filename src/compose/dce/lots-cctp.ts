import type { Block } from '../document.js';
import { specTables } from '../spec-tables.js';
import type { PieceContext } from '../../dce/pieces.js';
import { resolveLots, type ResolvedLot } from '../../select/lots.js';
import type { Indicator } from '../../model/spec.js';

/**
 * The CCTP's indicators per lot: for each lot, the shared indicators it keeps (all, or a subset by id) and a table of
 * its own. The CCTP stays one document: what the lots share is written once, what differs is grouped under each lot.
 */
export function cctpLotsView(ctx: PieceContext) {
  const { spec } = ctx.loaded;
  return {
    lotIndicators: lotsOf(ctx).map(({ lot }) => ({
      number: lot.number,
      title: lot.title,
      all: lot.indicators === undefined,
      shared: (lot.indicators ?? []).map((id) => spec.usage_performance.find((i) => i.id === id)?.label ?? id),
      own: lot.usage_performance ?? [],
    })),
  };
}

/** Every indicator the CCTP cites, shared ones first, then each lot's own: the data annex lists them all. */
export function cctpIndicators(ctx: PieceContext): Indicator[] {
  return [...ctx.loaded.spec.usage_performance, ...lotsOf(ctx).flatMap((l) => l.lot.usage_performance ?? [])];
}

/** `lot-indicators:N`: the table of lot N's own indicators, in the layout of the shared indicators' table. */
export function cctpLotsTables(ctx: PieceContext): (name: string) => Block[] | undefined {
  return (name) => {
    if (!name.startsWith('lot-indicators:')) return undefined;
    const lot = lotsOf(ctx).find((l) => String(l.lot.number) === name.slice('lot-indicators:'.length));
    if (!lot) return undefined;
    const own = { ...lot.loaded.spec, usage_performance: lot.lot.usage_performance ?? [] };
    return specTables(own, lot.grid, ctx.t, [])('indicators');
  };
}

/** The lots the DCE resolved, or resolved here when a caller composes the piece alone. */
const lotsOf = (ctx: PieceContext): readonly ResolvedLot[] => ctx.lots ?? resolveLots(ctx.loaded, ctx.catalog, ctx.grid.lang);
