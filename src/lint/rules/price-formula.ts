import { priceFormulaOf, type PriceFormulaInfo } from '../../score/price-formulas.js';
import { FormulaSyntaxError } from '../../score/formula-expression.js';
import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import type { Rule } from '../types.js';

const id = 'legal/price-formula';

/** Hand-picked price sets that probe a formula: homogeneous, with a tie, with an outlier, two offers, one offer, a wide spread. */
const FIXED_PROBES: readonly (readonly number[])[] = [[100, 120, 150], [100, 100, 200], [80, 100, 100, 300], [90, 95], [250], [100, 1000, 10000]];

/**
 * Simulated tenders of 1 to 10 offers, drawn by a fixed pseudo-random sequence (deterministic: the same findings on
 * every run), with prices from the lowest up to 5 × the lowest, ties included: a user-defined formula is checked on
 * what it does, not on how it is written.
 */
function simulatedProbes(): number[][] {
  let seed = 20260821;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out: number[][] = [];
  for (let n = 1; n <= 10; n++) {
    for (let k = 0; k < 20; k++) out.push(Array.from({ length: n }, () => Math.round(1000 * (1 + 4 * rand() ** 2))));
  }
  return out;
}
const PROBES: readonly (readonly number[])[] = [...FIXED_PROBES, ...simulatedProbes()];

export type FormulaFault = 'lowest-not-best' | 'negative' | 'not-decreasing' | 'out-of-range';
export interface FaultExample {
  readonly fault: FormulaFault;
  readonly prices: readonly number[];
  readonly value: number;
}

/** The first example of each fault a formula shows on the probes: lowest price best, ratios in [0, 1], never rising with price. */
export function formulaFaultExamples(info: Pick<PriceFormulaInfo, 'ratio'>): FaultExample[] {
  const found = new Map<FormulaFault, FaultExample>();
  const add = (fault: FormulaFault, prices: readonly number[], value: number): void => {
    if (!found.has(fault)) found.set(fault, { fault, prices, value });
  };
  for (const prices of PROBES) {
    const r = prices.map((p) => info.ratio(p, prices));
    r.forEach((x) => {
      if (x < -1e-9) add('negative', prices, x);
      else if (!Number.isFinite(x) || x > 1 + 1e-9) add('out-of-range', prices, x);
    });
    const finite = r.filter(Number.isFinite);
    const best = Math.max(...finite);
    const lowest = r[prices.indexOf(Math.min(...prices))]!;
    if (Number.isFinite(lowest) && lowest < best - 1e-9) add('lowest-not-best', prices, lowest);
    const sorted = prices.map((p, i) => ({ p, r: r[i]! })).sort((a, b) => a.p - b.p);
    const rise = sorted.find((x, i) => i > 0 && x.r > sorted[i - 1]!.r + 1e-9);
    if (rise) add('not-decreasing', prices, rise.r);
  }
  return [...found.values()].sort((a, b) => a.fault.localeCompare(b.fault));
}

export const formulaFaults = (info: Pick<PriceFormulaInfo, 'ratio'>): FormulaFault[] => formulaFaultExamples(info).map((f) => f.fault);

/**
 * The lowest price must get the best price mark and marks are never negative (CE 29 Oct 2013 n°370789; CE 18 Dec
 * 2012 n°362532), nor above the price weight. The formula — offered or written by the buyer — is probed by
 * simulation rather than trusted. The table is a parameter so tests can prove the rule fails on a faulty formula.
 */
export function makePriceFormulaRule(table: Readonly<Record<string, Pick<PriceFormulaInfo, 'ratio'>>> = {}): Rule {
  return {
    meta: {
      id,
      severity: 'error',
      description: ruleDescription(id),
      docs: docsAnchor(id),
      messages: ruleMessages(id, ['lowest-not-best', 'negative', 'not-decreasing', 'out-of-range', 'linear']),
    },
    check(ctx) {
      const price = ctx.grid?.price;
      if (!price || price.weightHundredths === 0) return;
      const formula = price.formula;
      let info: Pick<PriceFormulaInfo, 'ratio'>;
      try {
        info = table[formula] ?? priceFormulaOf(price);
      } catch (e) {
        if (e instanceof FormulaSyntaxError) return; // selection already refused the expression, with its position
        throw e;
      }
      for (const f of formulaFaultExamples(info)) {
        const value = Number.isFinite(f.value) ? String(Math.round(f.value * 1000) / 1000) : String(f.value);
        ctx.report({ messageId: f.fault, args: { formula, value, prices: f.prices.join(', ') }, path: ['price', formula === 'custom' ? 'expression' : 'formula'] });
      }
      if (formula === 'linear') ctx.report({ messageId: 'linear', severity: 'info', path: ['price', 'formula'] });
    },
  };
}

export const priceFormula: Rule = makePriceFormulaRule();
