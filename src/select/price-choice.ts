import type { Spec } from '../model/spec.js';
import type { GridPrice } from '../model/grid.js';
import { FormulaSyntaxError, parseFormula } from '../score/formula-expression.js';
import type { MessageKey, WordArgs } from '../wording/catalog.js';

type Words = (key: MessageKey, args?: WordArgs) => string;
type Report = (code: string, message: string, path: (string | number)[], hint?: string) => void;

/** The price part of a grid, from the spec's price settings. */
export function gridPrice(criterionId: string, weightHundredths: number, price: Spec['price']): GridPrice {
  return {
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
