import type { Lang } from '../model/common.js';
import type { Grid } from '../model/grid.js';
import type { GridPricePart, GridPse, OfferPricing } from '../model/price-parts.js';
import { pointsOfUnits } from '../model/price-parts.js';
import { priceFormulaOf } from '../score/price-formulas.js';
import { formatMoney, formatNumber, formatPoints, formatShort } from '../wording/format.js';
import type { Block, CellInput } from './document.js';

type Words = (key: string, args?: Record<string, string | number>) => string;

/**
 * The price sub-criteria (price.parts) and options (price.pse) as every document states them — the RC, the
 * specification, the DOCX grid — and the report's computation per offer. One source, so they cannot disagree.
 */

/** What a part scores, in words: "total du DQE", "prix de l'option « Biodéchets »". */
export function referenceText(ref: string, pse: readonly GridPse[] | undefined, w: Words): string {
  const option = pse?.find((x) => x.id === ref);
  return option ? w('parts.ref.pse', { label: option.label }) : w(`parts.ref.${ref}`);
}

/** The sentence saying what the scored price is: the base alone, or the base + the retained options. Empty without options. */
export function pseSentence(grid: Grid, w: Words): string {
  const pse = grid.price?.pse;
  if (!pse?.length) return '';
  const retained = pse.filter((x) => x.retained);
  const list = (xs: readonly GridPse[]): string => xs.map((x) => w('pse.quoted', { label: x.label })).join(', ');
  if (!retained.length) return w('pse.intro.base', { all: list(pse) });
  const out = w('pse.intro.retained', { retained: list(retained) });
  const left = pse.filter((x) => !x.retained);
  return left.length ? `${out} ${w('pse.notScored', { list: list(left) })}` : out;
}

/** The parts' table: number, label, points, the price it scores, the formula (label and expression). */
export function partsDefinitionBlocks(grid: Grid, lang: Lang, w: Words): Block[] {
  const parts = grid.price?.parts;
  if (!parts?.length) return [];
  return [
    { type: 'paragraph', runs: [w('parts.intro')] },
    {
      type: 'table',
      columns: [
        { header: w('parts.col.number'), width: 8, align: 'center' },
        { header: w('parts.col.label'), width: 26 },
        { header: w('parts.col.points'), width: 10, align: 'right' },
        { header: w('parts.col.price'), width: 22 },
        { header: w('parts.col.formula'), width: 34 },
      ],
      rows: parts.map((p): CellInput[] => {
        const info = priceFormulaOf(p);
        return [p.number, p.label, formatPoints(p.weightHundredths, lang), referenceText(p.price, grid.price!.pse, w), { runs: [info.label[lang]], more: [[info.expression[lang]]] }];
      }),
    },
  ];
}

/** The report: each offer's scored price (base + options), then each part's computation, weight × ratio = points. */
export function partsReportBlocks(bidders: readonly { id: string; pricing?: OfferPricing }[], parts: readonly GridPricePart[] | undefined, pse: readonly GridPse[] | undefined, currency: string | undefined, lang: Lang, w: Words): Block[] {
  const rows = bidders.filter((b) => b.pricing);
  if (!rows.length) return [];
  const money = (x: number): string => formatMoney(x, lang, 2, currency);
  const out: Block[] = [];
  if (pse?.length) {
    out.push({ type: 'paragraph', runs: [w('pse.report')] }, {
      type: 'table',
      columns: [
        { header: w('parts.report.col.bidder'), width: 3 },
        { header: w('pse.report.col.base'), width: 3, align: 'right' },
        ...pse.map((x) => ({ header: `${x.label}${x.retained ? '' : ' *'}`, width: 3, align: 'right' as const })),
        { header: w('pse.report.col.total'), width: 3, align: 'right' },
      ],
      rows: rows.map((b): CellInput[] => [b.id, money(b.pricing!.base), ...b.pricing!.pse.map((x) => (x.retained ? `+ ${money(x.price)}` : money(x.price))), money(b.pricing!.total)]),
    });
    if (pse.some((x) => !x.retained)) out.push({ type: 'paragraph', style: 'note', runs: [`* ${w('pse.notScored', { list: pse.filter((x) => !x.retained).map((x) => x.label).join(', ') })}`] });
  }
  if (parts?.length) out.push({ type: 'paragraph', runs: [w('parts.report')] });
  for (const p of parts ?? []) {
    const info = priceFormulaOf(p);
    out.push(
      { type: 'paragraph', runs: [`${p.number} ${p.label} — ${formatShort(pointsOfUnits(p.weightHundredths), lang, 2)} ${w('parts.col.points').toLocaleLowerCase(lang)} — ${info.label[lang]}`] },
      { type: 'paragraph', style: 'formula', runs: [info.expression[lang]] },
      {
        type: 'table',
        columns: [
          { header: w('parts.report.col.bidder'), width: 3 },
          { header: w('parts.report.col.price', { label: referenceText(p.price, pse, w) }), width: 3, align: 'right' },
          { header: w('parts.report.col.computation'), width: 3 },
          { header: w('parts.report.col.points'), width: 2, align: 'right' },
        ],
        rows: rows.map((b): CellInput[] => {
          const line = b.pricing!.parts.find((x) => x.id === p.id)!;
          return [b.id, money(line.price), `${formatShort(line.weight, lang, 2)} × ${formatNumber(line.ratio, lang, 4)}`, formatNumber(line.points, lang, 2)];
        }),
      },
    );
  }
  return out;
}
