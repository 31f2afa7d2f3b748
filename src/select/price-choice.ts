import type { Lang } from '../model/common.js';
import type { Spec } from '../model/spec.js';
import type { GridPrice } from '../model/grid.js';
import { FormulaSyntaxError, parseFormula } from '../score/formula-expression.js';
import type { MessageKey, WordArgs } from '../wording/catalog.js';
import { exactInUnits, pointsOfUnits, priceReferences, weightUnitsOf, type GridPricePart } from '../model/price-parts.js';
import { didYouMean } from '../util/suggest.js';
import { resolvePse } from '../model/pse.js';
import { formatShort } from '../wording/format.js';

type Words = (key: MessageKey, args?: WordArgs) => string;
type Report = (code: string, message: string, path: (string | number)[], hint?: string) => void;

/** The price part of a grid, from the spec's price settings; `number` is the price criterion's ("4" → parts 4.1, 4.2). */
export function gridPrice(criterionId: string, weightHundredths: number, price: Spec['price'], number = ''): GridPrice {
  const parts = price.parts?.map(
    (p, i): GridPricePart => ({
      id: p.id,
      number: number ? `${number}.${i + 1}` : String(i + 1),
      label: p.label,
      formula: p.formula,
      ...(p.formula === 'cut-off' && p.cut_off !== undefined ? { cutOff: p.cut_off } : {}),
      ...(p.formula === 'custom' && p.expression !== undefined ? { expression: p.expression } : {}),
      price: p.price,
      weightHundredths: weightUnitsOf(p.weight),
    }),
  );
  return {
    ...(parts ? { parts } : {}),
    ...(price.pse?.length ? { pse: price.pse.map((x) => ({ id: x.id, label: x.label, retained: x.retained })) } : {}),
    criterionId,
    formula: price.formula,
    ...(price.formula === 'cut-off' && price.cut_off !== undefined ? { cutOff: price.cut_off } : {}),
    ...(price.formula === 'custom' && price.expression !== undefined ? { expression: price.expression } : {}),
    weightHundredths,
    basis: price.basis,
    currency: price.currency,
    ...(price.cost ? { cost: { years: price.cost.duration_years, externalities: price.cost.externalities } } : {}),
  };
}

/**
 * A formula's parameters must be there when needed and absent otherwise (a cut-off typed for another formula would
 * silently do nothing), and a user-defined expression must parse. Every problem names its spec path.
 */
export function checkPriceFormula(price: Spec['price'], w: Words, report: Report): void {
  if (price.formula === 'cut-off' && price.cut_off === undefined) report('price-cut-off-missing', w('select.cut-off-missing'), ['price', 'formula']);
  if (price.formula !== 'cut-off' && price.cut_off !== undefined) report('price-parameter-unused', w('select.expression-unused', { field: 'cut_off', formula: 'cut-off', actual: price.formula }), ['price', 'cut_off']);
  if (price.formula === 'custom' && price.expression === undefined) report('price-expression-missing', w('select.expression-missing'), ['price', 'formula']);
  if (price.formula !== 'custom' && price.expression !== undefined) report('price-parameter-unused', w('select.expression-unused', { field: 'expression', formula: 'custom', actual: price.formula }), ['price', 'expression']);
  // Externality ids name the columns of the prices file: unique, and not the bidder or price columns.
  const seen = new Set<string>();
  price.cost?.externalities.forEach((x, i) => {
    if (seen.has(x.id) || ['bidder', 'price', 'prix', 'offre', 'soumissionnaire'].includes(x.id)) report('externality-id', w('select.externality-id', { id: x.id }), ['price', 'cost', 'externalities', i, 'id']);
    seen.add(x.id);
  });
  if (price.formula === 'custom' && price.expression !== undefined) {
    try {
      parseFormula(price.expression);
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      report('price-expression-syntax', w('select.expression-syntax', { at: e.at + 1, reason: w(`select.expression.${e.reason}`, { token: e.token }) }), ['price', 'expression'], w('select.expression.hint'));
    }
  }
}

/**
 * The price sub-criteria (price.parts) and options (price.pse): unique ids, a known price for each part, the
 * formula's parameters there when needed, weights the grid can publish exactly and adding up to the price
 * criterion's points (`priceWeightHundredths`, undefined when the grid has no price criterion). Every problem names
 * its spec path, so the caller reports it at file:line:col.
 */
export function checkPriceParts(price: Spec['price'], priceWeightHundredths: number | undefined, lang: Lang, w: Words, report: Report): void {
  const pse = price.pse ?? [];
  // Options' ids name columns of the prices file: unique, and neither a fixed price reference nor a column already read.
  const reserved = ['total', 'base', 'dpgf', 'dqe', 'bidder', 'price', 'prix', 'offre', 'soumissionnaire', ...(price.cost?.externalities.map((x) => x.id) ?? [])];
  pse.forEach((x, i) => {
    const j = pse.findIndex((y) => y.id === x.id);
    const k = pse.findIndex((y, n) => n !== i && y.id === x.id);
    if (reserved.includes(x.id)) report('pse-id', w('select.pse.duplicate', { id: x.id, other: x.id }), ['price', 'pse', i, 'id']);
    else if (k >= 0) report('pse-duplicate', w('select.pse.duplicate', { id: x.id, other: `price.pse[${j === i ? k : j}]` }), ['price', 'pse', i, 'id']);
  });
  const parts = price.parts;
  if (!parts) return;
  if (priceWeightHundredths === undefined) report('price-parts-no-price', w('select.parts.no-price-criterion'), ['price', 'parts']);
  if (price.cost) report('price-parts-cost', w('select.parts.with-cost'), ['price', 'parts']);
  const refs = priceReferences(pse);
  parts.forEach((p, i) => {
    const at = (...rest: (string | number)[]): (string | number)[] => ['price', 'parts', i, ...rest];
    // Both places of a duplicate id are named: the buyer sees which two parts clash.
    const other = parts.findIndex((q, n) => n !== i && q.id === p.id);
    if (other >= 0) report('price-part-duplicate', w('select.parts.duplicate', { id: p.id, other: `price.parts[${other}]` }), at('id'));
    if (!refs.includes(p.price)) {
      const guess = didYouMean(p.price, refs);
      report('price-part-unknown-price', w('select.parts.unknown-price', { ref: p.price, suggestion: guess ? w('load.did-you-mean', { guess }) : '' }), at('price'), w('select.parts.prices', { refs: refs.join(', ') }));
    }
    if (!exactInUnits(p.weight)) report('price-part-weight-precision', w('select.parts.weight-precision', { id: p.id, weight: String(p.weight) }), at('weight'));
    if (p.formula === 'cut-off' && p.cut_off === undefined) report('price-cut-off-missing', w('select.parts.cut-off-missing', { id: p.id }), at('formula'));
    if (p.formula !== 'cut-off' && p.cut_off !== undefined) report('price-parameter-unused', w('select.parts.unused', { id: p.id, field: 'cut_off', formula: 'cut-off', actual: p.formula }), at('cut_off'));
    if (p.formula === 'custom' && p.expression === undefined) report('price-expression-missing', w('select.parts.expression-missing', { id: p.id }), at('formula'));
    if (p.formula !== 'custom' && p.expression !== undefined) report('price-parameter-unused', w('select.parts.unused', { id: p.id, field: 'expression', formula: 'custom', actual: p.formula }), at('expression'));
    if (p.formula === 'custom' && p.expression !== undefined) {
      try {
        parseFormula(p.expression);
      } catch (e) {
        if (!(e instanceof FormulaSyntaxError)) throw e;
        report('price-expression-syntax', w('select.parts.expression-syntax', { id: p.id, at: e.at + 1, reason: w(`select.expression.${e.reason}`, { token: e.token }) }), at('expression'), w('select.expression.hint'));
      }
    }
  });
  const total = parts.reduce((s, p) => s + weightUnitsOf(p.weight), 0);
  if (priceWeightHundredths !== undefined && total !== priceWeightHundredths) {
    report('price-parts-weights', w('select.parts.weights-sum', { total: formatShort(pointsOfUnits(total), lang, 2), weight: formatShort(pointsOfUnits(priceWeightHundredths), lang, 2) }), ['price', 'parts']);
  }
}

/**
 * price.pse names the options `score` adds to the scored price; when the tender file publishes options
 * (consultation.pse, printed in the RC, the AE and piece 06), each must be one of them, by id or by code (PSE1):
 * otherwise the RC and the ranking would speak of different options.
 */
export function checkPseDeclared(spec: Spec, w: Words, report: Report): void {
  const published = resolvePse(spec.consultation.pse);
  if (!published.length) return;
  (spec.price.pse ?? []).forEach((x, i) => {
    if (!published.some((p) => p.id === x.id || p.code === x.id)) report('pse-not-published', w('select.pse.not-published', { id: x.id, ids: published.map((p) => `${p.code} (${p.id})`).join(', ') }), ['price', 'pse', i, 'id']);
  });
}
