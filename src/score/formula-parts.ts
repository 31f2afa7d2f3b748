import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { GridPrice } from '../model/grid.js';
import type { MarkSource, PriceEntry } from '../model/marks.js';
import { componentColumns, pointsOfUnits, referencedPrice, scoredTotal, type ComponentPrices, type OfferPricing } from '../model/price-parts.js';
import { t } from '../wording/catalog.js';
import { priceFormulaOf, pricePoints } from './price-formulas.js';

/**
 * Price sub-criteria (price.parts) and options (price.pse) in scoring. Each offer's input gives a base price and
 * component prices (each option, the DPGF and DQE totals) as extra columns of the prices file; the scored price is
 * the base plus the retained options, and each part's formula scores the price it names among the offers. Pure.
 */

/** The component prices of one offer, from its price entry (the prices file's extra columns). */
export function componentsOf(price: GridPrice | undefined, entry: PriceEntry | undefined): ComponentPrices {
  const cols = componentColumns(price);
  const out: Record<string, number> = {};
  for (const c of cols) {
    const v = entry?.quantities?.[c];
    if (v !== undefined) out[c] = v;
  }
  return out;
}

/**
 * Every offer's missing or unusable component price: an option with no price (0 is written for an option not
 * priced), a part's price missing or not positive (no formula scores a zero price). All problems, at once.
 */
export function componentProblems(price: GridPrice, offers: readonly { bidder: string; base: number; components: ComponentPrices; source?: MarkSource }[], lang: Lang, file?: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of offers) {
    // Located at the offer's line of the prices file, or its price cell in the grid.
    const s = o.source;
    const at = s?.line ? { file: s.file, line: s.line, col: 1 } : s?.sheet ? { file: s.file, path: [s.sheet, s.cell ?? ''] } : s?.file ? { file: s.file } : file ? { file } : {};
    for (const x of price.pse ?? []) {
      if (o.components[x.id] === undefined) out.push({ code: 'pse-price-missing', severity: 'error', message: t(lang, 'score.pse-price-missing', { bidder: o.bidder, id: x.id }), ...at });
    }
    for (const p of price.parts ?? []) {
      const v = referencedPrice(p.price, o.base, price.pse, o.components);
      if (v === undefined) {
        if (!(price.pse ?? []).some((x) => x.id === p.price)) out.push({ code: 'part-price-missing', severity: 'error', message: t(lang, 'score.part-price-missing', { part: `${p.number} ${p.label}`, ref: p.price, bidder: o.bidder }), ...at });
      } else if (!(v > 0)) out.push({ code: 'part-price-not-positive', severity: 'error', message: t(lang, 'score.part-price-not-positive', { part: `${p.number} ${p.label}`, ref: p.price, bidder: o.bidder, value: String(v) }), ...at });
    }
  }
  return out;
}

/**
 * Price points of each offer (same order), part by part: each part's formula runs over the prices it names among
 * the offers given, so an offer left out (eliminated, set aside) moves no one's points. Without parts, the one
 * formula scores the scored price, as computeTotals always did.
 */
export function partPoints(price: GridPrice, offers: readonly { base: number; components: ComponentPrices }[]): { perPart: Record<string, number>[]; ratios: Record<string, number>[] } {
  const perPart = offers.map(() => ({}) as Record<string, number>);
  const ratios = offers.map(() => ({}) as Record<string, number>);
  for (const p of price.parts ?? []) {
    const prices = offers.map((o) => referencedPrice(p.price, o.base, price.pse, o.components) ?? NaN);
    const weight = pointsOfUnits(p.weightHundredths);
    const pts = pricePoints(priceFormulaOf(p), prices, weight);
    pts.forEach((x, i) => {
      perPart[i]![p.id] = x;
      ratios[i]![p.id] = weight > 0 ? x / weight : 0;
    });
  }
  return { perPart, ratios };
}

/** The pricing the report shows for one offer: base, each option, the scored price, each part's computation. */
export function offerPricing(price: GridPrice, base: number, components: ComponentPrices, points: Readonly<Record<string, number>>): OfferPricing {
  const pse = (price.pse ?? []).map((x) => ({ id: x.id, label: x.label, retained: x.retained, price: components[x.id] ?? 0 }));
  const parts = (price.parts ?? []).map((p) => {
    const weight = pointsOfUnits(p.weightHundredths);
    const pts = points[p.id] ?? 0;
    return { id: p.id, number: p.number, label: p.label, ref: p.price, price: referencedPrice(p.price, base, price.pse, components) ?? 0, weight, ratio: weight > 0 ? pts / weight : 0, points: pts };
  });
  return { base, pse, total: scoredTotal(base, price.pse, components), parts };
}

/** Whether the price needs the component prices (options or parts), i.e. more than the one price column. */
export const hasComponents = (price: GridPrice | undefined): boolean => Boolean(price && (price.pse?.length || price.parts?.length));
