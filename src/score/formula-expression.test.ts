import { describe, expect, it } from 'vitest';
import { evaluateFormula, FormulaSyntaxError, formulaToSpreadsheet, formulaToText, parseFormula, spreadsheetVariables } from './formula-expression.js';
import { customFormula, cutOffFormula, PRICE_FORMULA_INFO, priceFormulaOf } from './price-formulas.js';

const vals = { P: 120, Pmin: 100, Pmax: 150, Pmoy: 125, N: 3 };
const ev = (src: string): number => evaluateFormula(parseFormula(src), vals);
const syntax = (src: string): { reason: string; at: number } => {
  try {
    parseFormula(src);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return { reason: e.reason, at: e.at };
    throw e;
  }
  throw new Error(`parsed: ${src}`);
};

describe('price formula expressions', () => {
  it('follows the usual precedence, brackets, unary minus and typographic operators', () => {
    expect(ev('Pmin / P')).toBeCloseTo(100 / 120, 12);
    expect(ev('1 - (P - Pmin) / Pmin')).toBeCloseTo(0.8, 12);
    expect(ev('1 − (P − Pmin) ÷ Pmin')).toBeCloseTo(0.8, 12);
    expect(ev('2 + 3 × 4')).toBe(14);
    expect(ev('(2 + 3) * 4')).toBe(20);
    expect(ev('10 - 4 - 3')).toBe(3);
    expect(ev('64 / 4 / 2')).toBe(8);
    expect(ev('-P + 2 * Pmin')).toBe(80);
    expect(ev('max(0 ; 1,5 - P / Pmin)')).toBeCloseTo(0.3, 12);
    expect(ev('min(1, N / 2, Pmax / Pmoy)')).toBe(1);
  });

  it('refuses anything outside the language, naming the position', () => {
    expect(syntax('Pmin / Q')).toEqual({ reason: 'unknown-name', at: 7 });
    expect(syntax('sqrt(P)')).toEqual({ reason: 'unknown-function', at: 0 });
    expect(syntax('P ^ 2')).toEqual({ reason: 'unexpected', at: 2 });
    expect(syntax('(P - Pmin')).toEqual({ reason: 'end', at: 9 });
    expect(syntax('P Pmin')).toEqual({ reason: 'unexpected', at: 2 });
    expect(syntax('  ')).toEqual({ reason: 'empty', at: 0 });
    expect(syntax('process.exit(1)')).toEqual({ reason: 'unexpected', at: 7 });
    expect(syntax('x'.repeat(501)).reason).toBe('too-long');
  });

  it('prints the expression for the RC and writes it as a spreadsheet formula over the price range', () => {
    const e = parseFormula('max(0; 1 - (P - Pmin) / Pmoy)');
    expect(formulaToText(e, 'fr')).toBe('max(0 ; 1 − (P − Pmin) / Pmoy)');
    expect(formulaToText(e, 'en')).toBe('max(0, 1 − (P − Pmin) / Pmean)');
    expect(formulaToText(parseFormula('min(1 ; n / 3) × Pmin / P'), 'fr')).toBe('min(1 ; n / 3) × Pmin / P');
    expect(formulaToText(parseFormula('a - (b - c)'.replace(/a|b|c/g, 'P')), 'fr')).toBe('P − (P − P)');
    expect(formulaToSpreadsheet(e, spreadsheetVariables('B5', '$B$5:$B$9'))).toBe('MAX(0,(1-((B5-MIN($B$5:$B$9))/AVERAGE($B$5:$B$9))))');
  });
});

describe('price formula variants', () => {
  const prices = [200, 235, 400, 500];
  it('deduction: the Agorapublix example (lowest 200, price 235, 40 points → 33) and 0 from twice the lowest', () => {
    const r = (p: number): number => PRICE_FORMULA_INFO.deduction.ratio(p, prices);
    expect(40 * r(235)).toBeCloseTo(33, 10);
    expect(r(200)).toBe(1);
    expect(r(400)).toBe(0);
    expect(r(500)).toBe(0);
  });
  it('cut-off: linear from the lowest down to 0 at n × the lowest (Weka), never negative', () => {
    const f = cutOffFormula(1.5);
    expect(f.ratio(200, prices)).toBe(1);
    expect(f.ratio(250, prices)).toBeCloseTo(0.5, 12);
    expect(f.ratio(300, prices)).toBe(0);
    expect(f.ratio(500, prices)).toBe(0);
    expect(cutOffFormula(2).ratio(235, prices)).toBeCloseTo(PRICE_FORMULA_INFO.deduction.ratio(235, prices), 12);
    expect(f.expression.fr).toBe('N = Nmax × max(0 ; (1,5 × Pmin − P) / (0,5 × Pmin))');
  });
  it('custom: the expression gives the share of the price points, the same as the built-in formula it restates', () => {
    const f = customFormula('Pmin / P');
    for (const p of prices) expect(f.ratio(p, prices)).toBeCloseTo(PRICE_FORMULA_INFO.proportional.ratio(p, prices), 12);
    expect(f.expression.fr).toBe('N = Nmax × (Pmin / P)');
    expect(priceFormulaOf({ formula: 'custom', expression: 'N / 4' }).ratio(1, prices)).toBe(1);
    expect(priceFormulaOf({ formula: 'cut-off', cutOff: 3 }).id).toBe('cut-off');
  });
});
