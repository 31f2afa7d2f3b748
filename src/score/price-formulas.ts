import type { LText } from '../model/common.js';
import type { PriceFormula } from '../model/spec.js';

/**
 * The price formulas offered, in one table: the TypeScript computation, the spreadsheet formula and the text
 * announced to bidders all come from here, so the XLSX grid, `score` and the tender cannot disagree.
 * Every formula returns a ratio in [0, 1]; the price points are ratio × price weight.
 * Every formula gives the lowest price the best mark (CE 29 Oct 2013 n°370789) and never a negative mark.
 */
export interface PriceFormulaInfo {
  readonly id: PriceFormula;
  readonly label: LText;
  /** The formula as printed in the RC. N = mark, Nmax = price weight. */
  readonly expression: LText;
  readonly whenToUse: LText;
  /** Ratio for price p given all the admissible prices (p included). */
  readonly ratio: (p: number, prices: readonly number[]) => number;
  /** Same, as a spreadsheet formula over a cell and a range (blank cells are ignored by MIN/MAX/AVERAGE). */
  readonly spreadsheet: (cell: string, range: string) => string;
}

const min = (xs: readonly number[]): number => Math.min(...xs);
const max = (xs: readonly number[]): number => Math.max(...xs);
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

export const PRICE_FORMULA_INFO: Readonly<Record<PriceFormula, PriceFormulaInfo>> = {
  proportional: {
    id: 'proportional',
    label: { fr: 'Proportionnelle au prix le plus bas', en: 'Proportional to the lowest price' },
    expression: { fr: 'N = Nmax × Pmin / P', en: 'N = Nmax × Pmin / P' },
    whenToUse: {
      fr: "Adaptée lorsque les prix sont homogènes ; elle n'attribue jamais zéro point et ne dépend que de l'offre la moins chère.",
      en: 'Suited to homogeneous prices; it never gives zero and depends only on the lowest offer.',
    },
    ratio: (p, prices) => min(prices) / p,
    spreadsheet: (c, r) => `MIN(${r})/${c}`,
  },
  linear: {
    id: 'linear',
    label: { fr: 'Linéaire entre le prix le plus bas et le plus élevé', en: 'Linear between the lowest and the highest price' },
    expression: { fr: 'N = Nmax × (Pmax − P) / (Pmax − Pmin)', en: 'N = Nmax × (Pmax − P) / (Pmax − Pmin)' },
    whenToUse: {
      fr: "Adaptée à des prix hétérogènes ; à éviter avec peu d'offres, car l'offre la plus chère obtient zéro point. Toutes les offres obtiennent la note maximale si leurs prix sont égaux.",
      en: 'Suited to heterogeneous prices; avoid it with few offers, as the dearest offer gets zero. All offers get the full mark when their prices are equal.',
    },
    ratio: (p, prices) => (max(prices) === min(prices) ? 1 : (max(prices) - p) / (max(prices) - min(prices))),
    spreadsheet: (c, r) => `IF(MAX(${r})=MIN(${r}),1,(MAX(${r})-${c})/(MAX(${r})-MIN(${r})))`,
  },
  'mean-gap': {
    id: 'mean-gap',
    label: { fr: 'Écart au prix le plus bas rapporté à la moyenne des offres', en: 'Gap to the lowest price relative to the mean of the offers' },
    expression: { fr: 'N = Nmax × max(0 ; 1 − (P − Pmin) / Pmoyen)', en: 'N = Nmax × max(0, 1 − (P − Pmin) / Pmean)' },
    whenToUse: {
      fr: "Méthode fondée sur la moyenne des offres : l'écart de prix est apprécié au regard du niveau de prix du marché ; la note ne devient nulle que pour un écart supérieur au prix moyen.",
      en: 'A method based on the mean of the offers: the price gap is judged against the market price level; the mark is zero only for a gap larger than the mean price.',
    },
    ratio: (p, prices) => Math.max(0, 1 - (p - min(prices)) / mean(prices)),
    spreadsheet: (c, r) => `MAX(0,1-(${c}-MIN(${r}))/AVERAGE(${r}))`,
  },
};

/** Price points for each price (same order), out of `weight` points. Non-positive prices are an input error upstream. */
export function pricePoints(formula: PriceFormula, prices: readonly number[], weight: number): number[] {
  if (prices.length === 0) return [];
  const info = PRICE_FORMULA_INFO[formula];
  return prices.map((p) => weight * info.ratio(p, prices));
}
