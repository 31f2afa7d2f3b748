import type { LText } from '../model/common.js';
import type { AnyPriceFormula, PriceFormula } from '../model/grid-options.js';
import { evaluateFormula, formulaToSpreadsheet, formulaToText, parseFormula, spreadsheetVariables, type Expr } from './formula-expression.js';

/**
 * The price formulas offered, in one table: the TypeScript computation, the spreadsheet formula and the text
 * announced to bidders all come from here, so the XLSX grid, `score` and the tender cannot disagree.
 * Every formula returns a ratio in [0, 1]; the price points are ratio × price weight.
 * Every formula gives the lowest price the best mark (CE 29 Oct 2013 n°370789) and never a negative mark.
 */
export interface PriceFormulaInfo {
  readonly id: AnyPriceFormula;
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
  deduction: {
    id: 'deduction',
    label: { fr: "Déduction de l'écart relatif au prix le plus bas", en: 'Deduction of the relative gap to the lowest price' },
    expression: { fr: 'N = Nmax × max(0 ; 1 − (P − Pmin) / Pmin)', en: 'N = Nmax × max(0, 1 − (P − Pmin) / Pmin)' },
    whenToUse: {
      fr: "Chaque point de pourcentage d'écart au prix le plus bas retire un pour cent de la note ; une offre au double du prix le plus bas, ou plus chère, obtient zéro point.",
      en: 'Each percentage point above the lowest price takes one per cent off the mark; an offer at twice the lowest price, or dearer, gets zero.',
    },
    ratio: (p, prices) => Math.max(0, 1 - (p - min(prices)) / min(prices)),
    spreadsheet: (c, r) => `MAX(0,1-(${c}-MIN(${r}))/MIN(${r}))`,
  },
};

/** The parameters of a price formula, as a grid carries them. */
export interface PriceFormulaChoice {
  readonly formula: AnyPriceFormula;
  /** cut-off: the multiple of the lowest price at which the mark reaches 0. */
  readonly cutOff?: number;
  /** custom: the expression of the share of the price points (see formula-expression.ts). */
  readonly expression?: string;
}

const numText = (x: number, lang: 'fr' | 'en'): string => (lang === 'fr' ? String(x).replace('.', ',') : String(x));

/** Linear from the lowest price (full mark) down to 0 at n × the lowest (the "échelle d'offres pertinentes"). */
export function cutOffFormula(n: number): PriceFormulaInfo {
  return {
    id: 'cut-off',
    label: { fr: `Linéaire jusqu'à ${numText(n, 'fr')} fois le prix le plus bas`, en: `Linear down to ${numText(n, 'en')} times the lowest price` },
    expression: {
      fr: `N = Nmax × max(0 ; (${numText(n, 'fr')} × Pmin − P) / (${numText(n - 1, 'fr')} × Pmin))`,
      en: `N = Nmax × max(0, (${numText(n, 'en')} × Pmin − P) / (${numText(n - 1, 'en')} × Pmin))`,
    },
    whenToUse: {
      fr: `La note décroît en ligne droite à partir du prix le plus bas ; une offre à ${numText(n, 'fr')} fois le prix le plus bas, ou plus chère, obtient zéro point. Le seuil est fixé avant la remise des offres.`,
      en: `The mark falls in a straight line from the lowest price; an offer at ${numText(n, 'en')} times the lowest price, or dearer, gets zero. The cut-off is set before the offers are received.`,
    },
    ratio: (p, prices) => Math.max(0, (n * min(prices) - p) / ((n - 1) * min(prices))),
    spreadsheet: (c, r) => `MAX(0,(${n}*MIN(${r})-${c})/(${n - 1}*MIN(${r})))`,
  };
}

/** A user-defined formula: its expression gives the share of the price points (1 = all of them). */
export function customFormula(expression: string): PriceFormulaInfo {
  const tree: Expr = parseFormula(expression);
  return {
    id: 'custom',
    label: { fr: 'Formule définie par l’acheteur', en: "The buyer's own formula" },
    expression: { fr: `N = Nmax × (${formulaToText(tree, 'fr')})`, en: `N = Nmax × (${formulaToText(tree, 'en')})` },
    whenToUse: {
      fr: 'Formule propre à la consultation ; P est le prix de l’offre, Pmin, Pmax et Pmoy le plus bas, le plus élevé et la moyenne des prix des offres, n leur nombre.',
      en: "A formula of this tender's own; P is the offer's price, Pmin, Pmax and Pmean the lowest, highest and mean price of the offers, n their number.",
    },
    ratio: (p, prices) => evaluateFormula(tree, { P: p, Pmin: min(prices), Pmax: max(prices), Pmoy: mean(prices), N: prices.length }),
    spreadsheet: (c, r) => formulaToSpreadsheet(tree, spreadsheetVariables(c, r)),
  };
}

/** The formula a grid announces, with its parameters. Throws FormulaSyntaxError on a bad expression (checked at selection). */
export function priceFormulaOf(choice: PriceFormulaChoice): PriceFormulaInfo {
  if (choice.formula === 'cut-off') return cutOffFormula(choice.cutOff ?? 2);
  if (choice.formula === 'custom') return customFormula(choice.expression ?? '');
  return PRICE_FORMULA_INFO[choice.formula];
}

/** Price points for each price (same order), out of `weight` points. Non-positive prices are an input error upstream. */
export function pricePoints(formula: PriceFormula | PriceFormulaInfo, prices: readonly number[], weight: number): number[] {
  if (prices.length === 0) return [];
  const info = typeof formula === 'string' ? PRICE_FORMULA_INFO[formula] : formula;
  return prices.map((p) => weight * info.ratio(p, prices));
}
