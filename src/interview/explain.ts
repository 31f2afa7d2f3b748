import type { Catalog } from '../load/catalog.js';
import type { Lang } from '../model/common.js';
import type { Profile } from '../model/profile.js';
import { PRICE_FORMULAS, type PriceFormula } from '../model/spec.js';
import { PRICE_FORMULA_INFO, pricePoints } from '../score/price-formulas.js';
import { decimalComma, grouped } from './format.js';

/**
 * Small tables that let the buyer choose knowingly: what each weighting profile means in points, and how a
 * 10 % price difference turns into points under each price formula (computed with the scoring code itself).
 */

const fmt = (n: number, lang: Lang, digits = 1): string => decimalComma(n.toFixed(digits), lang);
const eur = (n: number, lang: Lang): string => (lang === 'fr' ? `${grouped(n, lang)} €` : `€${grouped(n, lang)}`);

export function profileSummary(p: Profile, lang: Lang): string {
  const groups = p.groups.map((g) => `${g.label[lang]} ${fmt(g.weight, lang, g.weight % 1 ? 1 : 0)}`).join(' · ');
  return `${groups}  (${lang === 'fr' ? 'part EFC' : 'EFC share'} ${p.efc_share})`;
}

export function explainProfiles(catalog: Catalog, lang: Lang): string {
  const head = lang === 'fr' ? 'Profils de pondération — points de chaque critère sur 100 :' : 'Weighting profiles — points of each criterion out of 100:';
  const lines = [...catalog.profiles.values()].map(
    (p) => `  • ${p.label[lang]} [${p.id}] — ${lang === 'fr' ? 'part EFC' : 'EFC share'} ${p.efc_share}\n` + p.groups.map((g) => `      ${fmt(g.weight, lang, g.weight % 1 ? 1 : 0).padStart(4)}  ${g.label[lang]}`).join('\n'),
  );
  const tail =
    lang === 'fr'
      ? 'Les points de chaque critère se répartissent ensuite entre ses sous-critères ; vous pourrez les ajuster dans le fichier (criteria.weights).'
      : 'Each criterion’s points are then split between its sub-criteria; you can adjust them in the file (criteria.weights).';
  return [head, ...lines, tail].join('\n');
}

/** Points of the price criterion in the chosen profile (30 when it has none, just for the example). */
export function priceWeight(catalog: Catalog, profileId: unknown): number {
  const p = catalog.profiles.get(String(profileId));
  return p?.groups.find((g) => g.kind === 'price')?.weight ?? 30;
}

export const EXAMPLE_PRICES = [100_000, 110_000, 125_000] as const;

/** Points of each example price under each formula, rounded to a tenth. */
export function priceExample(weight: number): Record<PriceFormula, number[]> {
  return Object.fromEntries(PRICE_FORMULAS.map((f) => [f, pricePoints(f, EXAMPLE_PRICES, weight).map((x) => Math.round(x * 10) / 10)])) as Record<PriceFormula, number[]>;
}

export function explainPriceFormulas(weight: number, lang: Lang): string {
  const ex = priceExample(weight);
  const fr = lang === 'fr';
  const head = fr
    ? `Exemple : le prix vaut ${fmt(weight, lang, 0)} points ; trois offres à ${EXAMPLE_PRICES.map((p) => eur(p, lang)).join(', ')}. La deuxième est 10 % plus chère que la moins chère.`
    : `Example: price is worth ${fmt(weight, lang, 0)} points; three offers at ${EXAMPLE_PRICES.map((p) => eur(p, lang)).join(', ')}. The second is 10% dearer than the cheapest.`;
  const cols = [...EXAMPLE_PRICES.map((p) => eur(p, lang)), fr ? 'coût de +10 %' : 'cost of +10%'];
  const nameWidth = Math.max(...PRICE_FORMULAS.map((f) => PRICE_FORMULA_INFO[f].label[lang].length)) + 2;
  const row = (name: string, cells: string[]): string => `  ${name.padEnd(nameWidth)}${cells.map((c) => c.padStart(14)).join('')}`;
  const lines = PRICE_FORMULAS.map((f) => {
    const pts = ex[f];
    return row(PRICE_FORMULA_INFO[f].label[lang], [...pts.map((x) => fmt(x, lang)), `−${fmt(pts[0]! - pts[1]!, lang)} pts`]);
  });
  const notes = PRICE_FORMULAS.map((f) => `  • ${PRICE_FORMULA_INFO[f].label[lang]}${fr ? ' : ' : ': '}${PRICE_FORMULA_INFO[f].expression[lang]} — ${PRICE_FORMULA_INFO[f].whenToUse[lang]}`);
  return [head, row('', cols), ...lines, '', ...notes].join('\n');
}
