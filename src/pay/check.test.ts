import { describe, expect, it } from 'vitest';
import { SpecSchema } from '../model/spec.js';
import { checkPay } from './check.js';
import type { PayContext } from './types.js';

type Tender = PayContext['tender'];
function ctx(remuneration: Record<string, unknown>, tender: Partial<Tender> = {}): PayContext {
  return {
    tender: { duration_months: 48, estimated_value_eur: 4000000, consultation_start: '2026-09-01', procedure: 'appel-offres-ouvert', ...tender },
    usage_performance: [
      { id: 'omr-par-habitant', direction: 'decrease', baseline: 200, baseline_year: 2025, target: 150, horizon: 2030 },
      { id: 'satisfaction', direction: 'increase' },
    ],
    remuneration: SpecSchema.shape.remuneration.parse({ fixed_share: 80, performance_share: 20, mechanism: 'bonus-malus', ...remuneration }),
  };
}
const rule = (extra: Record<string, unknown> = {}) => ({ indicator: 'omr-par-habitant', rate_eur: 1000, malus_cap: { eur: 300000 }, ...extra });
// 4 M€ over 4 years: annual price 1 M€, fixed part 800 000 €, performance share 200 000 €.
const wide = { caps: { bonus: { eur: 300000 }, malus: { eur: 300000 } } };
const codes = (c: PayContext) => checkPay(c).map((d) => `${d.severity} ${d.code}`);

describe('internal consistency of the pay model', () => {
  it('accepts a coherent model', () => {
    expect(codes(ctx({ ...wide, indicators: [rule()] }))).toEqual([]);
  });

  const invalid: [string, PayContext, string[]][] = [
    ['an unknown indicator, with a suggestion', ctx({ ...wide, indicators: [rule({ indicator: 'omr-par-habitan' })] }), ['error pay/indicator-unknown']],
    ['an unknown gain-sharing indicator', ctx({ ...wide, indicators: [rule()], gain_sharing: [{ indicator: 'dma', unit_value_eur: 10, buyer_share: 50 }] }), ['error pay/indicator-unknown']],
    ['an indicator paid twice', ctx({ ...wide, indicators: [rule(), rule()] }), ['error pay/indicator-duplicate']],
    ['an indicator with no target', ctx({ ...wide, indicators: [rule(), rule({ indicator: 'satisfaction' })] }), ['error pay/no-target']],
    ['a half-given trajectory', ctx({ ...wide, indicators: [rule({ indicator: 'satisfaction', trajectory: { from_value: 70, to_value: 85 } })] }), ['error pay/trajectory-incomplete']],
    ['a cap in % with no fixed part', ctx({ indicators: [rule({ malus_cap: { percent: 10 } })] }, { estimated_value_eur: undefined }), ['error pay/no-fixed-amount']],
    ['a linear malus with no floor, and missing data "not achieved"', ctx({ ...wide, indicators: [rule({ malus_cap: undefined })] }), ['error pay/missing-rule-unbounded']],
    ['a contractual estimate that is not given', ctx({ ...wide, missing_data: 'contractual-estimate', indicators: [rule()] }), ['error pay/estimate-missing']],
    ['no global cap', ctx({ indicators: [rule()] }), ['warning pay/no-global-cap']],
    ['a 20 % share a 10 % cap cannot withhold', ctx({ cap_percent: 10 }), ['error pay/cap-below-share']],
    ['a CPE shortfall below the CEE floor', ctx({ ...wide, indicators: [rule()], gain_sharing: [{ indicator: 'omr-par-habitant', unit_value_eur: 10, buyer_share: 50, shortfall_provider_share: 50 }] }), ['info pay/shortfall-below-cee']],
    ['a marché global de performance with no pay on any indicator', ctx({ fixed_share: 100, performance_share: 0, mechanism: 'none' }, { procedure: 'marche-global-performance' }), ['error pay/no-measurable-commitment']],
    ['gain sharing announced without its unit value', ctx({ mechanism: 'bonus-malus-and-gain-sharing', cap_percent: 20, buyer_gain_share: 50 }), ['warning pay/gain-sharing-not-derived']],
    ['bonus-malus shares without an amount to derive rates from', ctx({}, { estimated_value_eur: undefined }), ['warning pay/not-derived']],
    ['more yearly targets than years', ctx({ ...wide, indicators: [rule({ targets_by_year: [1, 2, 3, 4, 5] })] }), ['warning pay/targets-too-many']],
  ];
  it.each(invalid)('%s', (_name, c, want) => {
    expect(codes(c)).toEqual(want);
  });

  it('accepts an explained cap below the share, as information', () => {
    expect(codes(ctx({ cap_percent: 10, cap_rationale: 'La part variable rémunère aussi des objectifs non plafonnés.' }))).toEqual(['info pay/cap-below-share']);
  });

  it('counts a flat malus as its rate every period when weighing the share', () => {
    // 12 months × 20 000 € = 240 000 € ≥ 200 000 € of performance share: nothing out of play
    const flat = rule({ scale: 'flat', rate_eur: 20000, period: 'month', malus_cap: undefined, target: 180 });
    expect(codes(ctx({ indicators: [flat], caps: { malus: { eur: 250000 } } }))).toEqual([]);
    expect(codes(ctx({ indicators: [{ ...flat, rate_eur: 10000 }], caps: { malus: { eur: 250000 } } }))).toEqual(['error pay/cap-below-share']);
  });

  it('a marché global de performance whose pay is tied to indicators passes', () => {
    expect(codes(ctx({ ...wide, indicators: [rule()] }, { procedure: 'marche-global-performance' }))).toEqual([]);
  });

  it('words its messages in French by default and in English on request, with the amounts', () => {
    const c = ctx({ cap_percent: 10 });
    expect(checkPay(c)[0].message).toBe(
      'la part liée à la performance (20 % du prix annuel, soit 200000.00 €) dépasse ce que le malus peut retenir (100000.00 €) : une partie de la « part variable » est en fait fixe ; l’expliquer (cap_rationale) ou relever les plafonds',
    );
    expect(checkPay(c, 'en')[0].message).toMatch(/^the performance share \(20 % of the annual price, 200000.00 €\)/);
    expect(checkPay(c)[0].path).toEqual(['remuneration', 'cap_percent']);
  });

  it('suggests the closest indicator id', () => {
    expect(checkPay(ctx({ ...wide, indicators: [rule({ indicator: 'omr-par-habitan' })] }))[0]).toMatchObject({
      path: ['remuneration', 'indicators', 0, 'indicator'],
      args: { id: 'omr-par-habitan', suggestion: ' (« omr-par-habitant » ?)' },
    });
  });
});
