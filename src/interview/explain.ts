import type { Catalog } from '../load/catalog.js';
import type { Lang } from '../model/common.js';
import type { Profile } from '../model/profile.js';
import { PRICE_FORMULAS, type PriceFormula } from '../model/spec.js';
import { PRICE_FORMULA_INFO, pricePoints } from '../score/price-formulas.js';
import { decimalComma, grouped } from './format.js';
import { t } from '../wording/catalog.js';

/**
 * Small tables that let the buyer choose knowingly: what each weighting profile means in points, and how a
 * 10 % price difference turns into points under each price formula (computed with the scoring code itself).
 */

const fmt = (n: number, lang: Lang, digits = 1): string => decimalComma(n.toFixed(digits), lang);
const eur = (n: number, lang: Lang): string => (lang === 'fr' ? `${grouped(n, lang)} €` : `€${grouped(n, lang)}`);

export function profileSummary(p: Profile, lang: Lang): string {
  const groups = p.groups.map((g) => `${g.label[lang]} ${fmt(g.weight, lang, g.weight % 1 ? 1 : 0)}`).join(' · ');
  return `${groups}  (${t(lang, 'interview.explain.efcShare')} ${p.efc_share})`;
}

export function explainProfiles(catalog: Catalog, lang: Lang): string {
  const lines = [...catalog.profiles.values()].map(
    (p) => `  • ${p.label[lang]} — ${t(lang, 'interview.explain.efcShare')} ${p.efc_share}\n` + p.groups.map((g) => `      ${fmt(g.weight, lang, g.weight % 1 ? 1 : 0).padStart(4)}  ${g.label[lang]}`).join('\n'),
  );
  return [t(lang, 'interview.explain.profilesHead'), ...lines, t(lang, 'interview.explain.profilesTail')].join('\n');
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
  const head = t(lang, 'interview.explain.priceHead', { weight: fmt(weight, lang, 0), prices: EXAMPLE_PRICES.map((p) => eur(p, lang)).join(', ') });
  const cols = [...EXAMPLE_PRICES.map((p) => eur(p, lang)), t(lang, 'interview.explain.priceCost')];
  const nameWidth = Math.max(...PRICE_FORMULAS.map((f) => PRICE_FORMULA_INFO[f].label[lang].length)) + 2;
  const row = (name: string, cells: string[]): string => `  ${name.padEnd(nameWidth)}${cells.map((c) => c.padStart(14)).join('')}`;
  const lines = PRICE_FORMULAS.map((f) => {
    const pts = ex[f];
    return row(PRICE_FORMULA_INFO[f].label[lang], [...pts.map((x) => fmt(x, lang)), `−${fmt(pts[0]! - pts[1]!, lang)} pts`]);
  });
  const notes = PRICE_FORMULAS.map((f) => `  • ${PRICE_FORMULA_INFO[f].label[lang]}${lang === 'fr' ? ' : ' : ': '}${PRICE_FORMULA_INFO[f].expression[lang]} — ${PRICE_FORMULA_INFO[f].whenToUse[lang]}`);
  return [head, row('', cols), ...lines, '', ...notes].join('\n');
}
