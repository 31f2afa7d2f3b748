import { describe, expect, it } from 'vitest';
import { fixtureCatalog, lintPatched, testRule } from '../../../test/fixtures/lint/harness.js';
import { PRICE_FORMULA_INFO } from '../../score/price-formulas.js';
import { runRules } from '../engine.js';
import { formulaFaults, makePriceFormulaRule } from './price-formula.js';

testRule('legal/price-formula', {
  valid: [
    { name: 'proportional', patch: () => {} },
    { name: 'mean-gap', patch: (s) => (s.price.formula = 'mean-gap') },
    { name: 'deduction', patch: (s) => (s.price.formula = 'deduction') },
    { name: 'cut-off at 1.3 × the lowest', patch: (s) => Object.assign(s.price, { formula: 'cut-off', cut_off: 1.3 }) },
    { name: 'a user-defined expression that behaves', patch: (s) => Object.assign(s.price, { formula: 'custom', expression: 'max(0 ; 1 − (P − Pmin) / Pmoy)' }) },
  ],
  invalid: [
    { name: 'linear gets a caution (info)', patch: (s) => (s.price.formula = 'linear'), errors: [{ messageId: 'linear', severity: 'info', path: ['price', 'formula'] }] },
    {
      name: 'a user-defined expression that rewards the dearest offer and exceeds the price weight',
      patch: (s) => Object.assign(s.price, { formula: 'custom', expression: 'P / Pmin' }),
      errors: [
        { messageId: 'lowest-not-best', path: ['price', 'expression'] },
        { messageId: 'not-decreasing', path: ['price', 'expression'] },
        { messageId: 'out-of-range', path: ['price', 'expression'] },
      ],
    },
    {
      name: 'a user-defined deduction without its floor goes negative',
      patch: (s) => Object.assign(s.price, { formula: 'custom', expression: '1 − (P − Pmin) / Pmin' }),
      errors: [{ messageId: 'negative', path: ['price', 'expression'] }],
    },
    {
      name: 'a user-defined expression that divides by zero when all prices are equal',
      patch: (s) => Object.assign(s.price, { formula: 'custom', expression: '(Pmax − P) / (Pmax − Pmin)' }),
      errors: [{ messageId: 'out-of-range', path: ['price', 'expression'] }],
    },
  ],
});

describe('legal/price-formula probes', () => {
  const inverted = { ratio: (p: number, prices: readonly number[]) => p / Math.max(...prices) };
  const negative = { ratio: (p: number, prices: readonly number[]) => 1 - (p - Math.min(...prices)) / Math.min(...prices) };

  it('accepts every bundled formula', () => {
    for (const info of Object.values(PRICE_FORMULA_INFO)) expect(formulaFaults(info), info.id).toEqual([]);
  });
  it('finds a formula that rewards the dearest offer', () => expect(formulaFaults(inverted)).toEqual(['lowest-not-best', 'not-decreasing']));
  it('finds a formula that gives negative marks', () => expect(formulaFaults(negative)).toEqual(['negative']));
  it('reports a faulty formula as an error at price.formula', () => {
    const run = lintPatched(() => {});
    const findings = runRules({ loaded: run.loaded, catalog: fixtureCatalog(), grid: run.grid }, [makePriceFormulaRule({ proportional: inverted })]);
    expect(findings.map((f) => [f.code, f.messageId, f.severity, f.line])).toEqual([
      ['legal/price-formula', 'lowest-not-best', 'error', run.loaded.source.positionOf(['price', 'formula']).line],
      ['legal/price-formula', 'not-decreasing', 'error', run.loaded.source.positionOf(['price', 'formula']).line],
    ]);
  });
});
