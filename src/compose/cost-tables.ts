import type { Lang } from '../model/common.js';
import type { Grid } from '../model/grid.js';
import type { CostBreakdown } from '../score/formula-cost.js';
import { formatMoney, formatNumber, formatShort } from '../wording/format.js';
import type { Block, CellInput } from './document.js';

type Words = (key: string, args?: Record<string, string | number>) => string;

/** "× 8" years, printed as a plain multiplier (1 year is still printed: the reader sees the rule). */
const yearsText = (years: number, lang: Lang): string => formatShort(years, lang, 2);

/**
 * The coût élargi as the RC, the specification and the grid announce it: what P is, then each externality with its
 * unit, its money value and the value's source (R2152-10: the value must be set and verifiable).
 */
export function costDefinitionBlocks(grid: Grid, lang: Lang, w: Words): Block[] {
  const cost = grid.price?.cost;
  if (!cost) return [];
  return [
    { type: 'paragraph', runs: [w('cost.intro', { years: yearsText(cost.years, lang) })] },
    {
      type: 'table',
      columns: [
        { header: w('cost.col.externality'), width: 26 },
        { header: w('cost.col.unit'), width: 16 },
        { header: w('cost.col.value'), width: 18, align: 'right' },
        { header: w('cost.col.source'), width: 40 },
      ],
      rows: cost.externalities.map((x): CellInput[] => [x.label, x.unit, formatMoney(x.value, lang, 2, grid.price!.currency), x.source]),
    },
  ];
}

/** The report's step-by-step cost of each offer: price × years, each quantity × value, the cost, the price points. */
export function costReportBlocks(bidders: readonly { id: string; cost?: CostBreakdown; pricePoints: number }[], currency: string | undefined, lang: Lang, w: Words): Block[] {
  const rows = bidders.filter((b) => b.cost);
  if (rows.length === 0) return [];
  const first = rows[0]!.cost!;
  const money = (x: number): string => formatMoney(x, lang, 2, currency);
  return [
    { type: 'paragraph', runs: [w('cost.report')] },
    {
      type: 'table',
      columns: [
        { header: w('cost.col.bidder'), width: 3 },
        { header: w('cost.col.price', { years: yearsText(first.years, lang) }), width: 3, align: 'right' },
        ...first.lines.map((l) => ({ header: w('cost.col.line', { label: l.label, unit: l.unit, value: money(l.value) }), width: 3, align: 'right' as const })),
        { header: w('cost.col.total'), width: 3, align: 'right' },
        { header: w('cost.col.points'), width: 2, align: 'right' },
      ],
      rows: [...rows]
        .sort((a, b) => a.cost!.total - b.cost!.total)
        .map((b): CellInput[] => [
          b.id,
          `${money(b.cost!.price)} × ${yearsText(b.cost!.years, lang)} = ${money(b.cost!.priceOverDuration)}`,
          ...b.cost!.lines.map((l) => `${formatShort(l.quantity, lang, 3)} × ${money(l.value)} = ${money(l.amount)}`),
          money(b.cost!.total),
          formatNumber(b.pricePoints, lang, 2),
        ]),
    },
  ];
}
