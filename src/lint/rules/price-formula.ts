import { PRICE_FORMULA_INFO, type PriceFormulaInfo } from '../../score/price-formulas.js';
import type { PriceFormula } from '../../model/spec.js';
import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'legal/price-formula';

/** Price sets that probe a formula: homogeneous, with a tie, with an outlier, two offers, one offer. */
const PROBES: readonly (readonly number[])[] = [[100, 120, 150], [100, 100, 200], [80, 100, 100, 300], [90, 95], [250], [100, 1000, 10000]];

/** What a formula does wrong on the probes, if anything: the lowest price must get the best mark, and no mark is negative. */
export function formulaFaults(info: Pick<PriceFormulaInfo, 'ratio'>): ('lowest-not-best' | 'negative' | 'not-decreasing')[] {
  const faults = new Set<'lowest-not-best' | 'negative' | 'not-decreasing'>();
  for (const prices of PROBES) {
    const r = prices.map((p) => info.ratio(p, prices));
    const best = Math.max(...r);
    const lowest = r[prices.indexOf(Math.min(...prices))]!;
    if (lowest < best - 1e-9) faults.add('lowest-not-best');
    if (r.some((x) => x < -1e-9 || !Number.isFinite(x))) faults.add('negative');
    const sorted = prices.map((p, i) => ({ p, r: r[i]! })).sort((a, b) => a.p - b.p);
    if (sorted.some((x, i) => i > 0 && x.r > sorted[i - 1]!.r + 1e-9)) faults.add('not-decreasing');
  }
  return [...faults].sort();
}

/**
 * The lowest price must get the best price mark and marks are never negative (CE 29 Oct 2013 n°370789; CE 18 Dec
 * 2012 n°362532). The formulas are probed rather than trusted, so a formula added later is checked too. The
 * table is a parameter so tests can prove the rule fails on a faulty formula.
 */
export function makePriceFormulaRule(table: Readonly<Record<string, Pick<PriceFormulaInfo, 'ratio'>>> = PRICE_FORMULA_INFO): Rule {
  return {
    meta: {
      id,
      severity: 'error',
      description: ruleDescription(id),
      docs: docsAnchor(id),
      messages: ruleMessages(id, ['lowest-not-best', 'negative', 'not-decreasing', 'linear']),
    },
    check(ctx) {
      const price = ctx.grid?.price;
      if (!price || price.weightTenths === 0) return;
      const formula: PriceFormula = price.formula;
      const info = table[formula];
      if (!info) return;
      for (const fault of formulaFaults(info)) ctx.report({ messageId: fault, args: { formula }, path: ['price', 'formula'] });
      if (formula === 'linear') ctx.report({ messageId: 'linear', severity: 'info', path: ['price', 'formula'] });
    },
  };
}

export const priceFormula: Rule = makePriceFormulaRule();
