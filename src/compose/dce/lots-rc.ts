import { b, type Block, type CellInput } from '../document.js';
import { formatEuros } from '../format.js';
import { specTables } from '../spec-tables.js';
import type { PieceContext } from '../../dce/pieces.js';
import { resolveLots, sameGrid, type ResolvedLot } from '../../select/lots.js';

/**
 * What the RC says about lots: each lot's object, CPV code and estimated value; whether the lots are judged on the
 * same criteria and weights ("identical for all lots") or each on its own; how many lots one operator may bid for
 * and be awarded (CCP R2113-1), with the rule that decides which lots it keeps beyond the limit.
 */
export function rcLotsView(ctx: PieceContext) {
  const { spec } = ctx.loaded;
  const t = ctx.t;
  const policy = spec.tender.lots_policy ?? {};
  const lots = lotsOf(ctx);
  const differ = lots.some((l) => !sameGrid(l.grid, lots[0]!.grid));
  return {
    lotDetails: lots.map((l) => ({ number: l.lot.number, title: l.lot.title, description: l.lot.description, object: l.lot.object })),
    /** The lots are judged on criteria or weights of their own: the RC gives one table per lot. */
    lotsDiffer: differ,
    lotsPolicy: {
      maxBid: policy.max_lots_per_bidder,
      maxAwarded: policy.max_lots_awarded,
      awardRule: policy.max_lots_awarded === undefined ? undefined : policy.award_rule ?? t.label('lots.defaultAwardRule'),
    },
  };
}

/** The RC's lot tables: `lots` (object, CPV, value of each lot), `criteria` of identical lots, `lot-criteria:N`. */
export function rcLotsTables(ctx: PieceContext): (name: string) => Block[] | undefined {
  const t = ctx.t;
  const lang = t.lang;
  const c = ctx.loaded.spec.consultation;
  const lots = lotsOf(ctx);
  return (name) => {
    if (!lots.length) return undefined;
    if (name === 'lots') {
      const withValue = lots.some((l) => l.lot.estimated_value_eur !== undefined);
      const withCpv = lots.some((l) => l.lot.cpv !== undefined) || c.cpv !== undefined;
      return [
        {
          type: 'table',
          columns: [
            { header: t.label('lots.col.lot'), width: 8, align: 'center' },
            { header: t.label('lots.col.object'), width: withValue && withCpv ? 54 : withValue || withCpv ? 72 : 92 },
            ...(withCpv ? [{ header: t.label('lots.col.cpv'), width: 18, align: 'center' as const }] : []),
            ...(withValue ? [{ header: t.label('lots.col.value'), width: 20, align: 'right' as const }] : []),
          ],
          rows: lots.map(({ lot }): CellInput[] => [
            String(lot.number),
            { runs: [b(lot.title)], more: [[lot.object ?? lot.description ?? '']].filter(([x]) => x !== '') },
            ...(withCpv ? [lot.cpv ?? c.cpv ?? t.label('notSet')] : []),
            ...(withValue ? [lot.estimated_value_eur === undefined ? t.label('lots.valueNotSet') : formatEuros(lot.estimated_value_eur, lang)] : []),
          ]),
        },
      ];
    }
    // Lots judged alike: the table is the lots' (a lot may override the spec's criteria, all in the same way).
    if (name === 'criteria') return specTables(lots[0]!.loaded.spec, lots[0]!.grid, t, [])('criteria');
    if (name.startsWith('lot-criteria:')) {
      const lot = lots.find((l) => String(l.lot.number) === name.slice('lot-criteria:'.length));
      return lot ? specTables(lot.loaded.spec, lot.grid, t, [])('criteria') : undefined;
    }
    return undefined;
  };
}

/** The lots the DCE resolved, or resolved here when a caller composes the piece alone. */
const lotsOf = (ctx: PieceContext): readonly ResolvedLot[] => ctx.lots ?? resolveLots(ctx.loaded, ctx.catalog, ctx.grid.lang);
