import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../load/spec.js';
import { checkPay } from './check.js';
import { deriveDefaultPay, yearlyShareCents } from './derive.js';
import { resolvePay } from './resolve.js';
import { settleYear } from './settle.js';

const example = (name: string) => loadSpec(join(import.meta.dirname, '../../examples', name)).spec;
/** An example as an old-style spec: only the summary fields of `remuneration` (the examples now carry explicit pay). */
const oldStyle = (name: string) => {
  const spec = example(name);
  const { fixed_share, performance_share, mechanism, cap_percent, buyer_gain_share } = spec.remuneration;
  return { ...spec, remuneration: { fixed_share, performance_share, mechanism, ...(cap_percent !== undefined ? { cap_percent } : {}), ...(buyer_gain_share !== undefined ? { buyer_gain_share } : {}) } };
};

describe('the default per-indicator model of an old-style spec', () => {
  it('derives the Sicoval example’s pay from its shares (28 M€ over 72 months, 80/20, cap 10 %)', () => {
    const spec = oldStyle('sicoval-waste.yaml');
    const { fields, diagnostics } = deriveDefaultPay(spec);
    // F = 28 000 000 × 80 % × 12 / 72 = 3 733 333.33 €; caps 10 % of the annual price 4 666 666.67 € = 466 666.67 €
    expect(fields.fixed_annual_eur).toBe(3733333.33);
    expect(fields.caps).toEqual({ bonus: { eur: 466666.67 }, malus: { eur: 466666.67 } });
    // V = 933 333.33 € over six indicators: 155 555.56 € for the first three, 155 555.55 € for the others
    expect(fields.indicators?.map((i) => i.bonus_cap)).toEqual([
      { eur: 155555.56 },
      { eur: 155555.56 },
      { eur: 155555.56 },
      { eur: 155555.55 },
      { eur: 155555.55 },
      { eur: 155555.55 },
    ]);
    // DMA: 155 555.56 € over 560 → 476 kg/hab (84 units) = 1 851.85 € per kg/hab
    expect(fields.indicators?.[0]).toMatchObject({ indicator: 'dma-par-habitant', rate_eur: 1851.85, trajectory: { decimals: 2 }, neutral_band: 0, step: 1 });
    // gain sharing is announced but has no unit value in the summary fields
    expect(diagnostics.map((d) => d.code)).toEqual(['pay/gain-sharing-not-derived']);
  });

  it('resolves the derived model: straight-line targets from the baseline year, year 1 = the year after the launch', () => {
    const { pay } = resolvePay(oldStyle('sicoval-waste.yaml'));
    expect(pay?.derived).toBe(true);
    expect(pay?.firstYear).toBe(2027);
    // 560 (2025) → 476 (2032): 2027 = 536, 2032 = 476
    expect(pay?.indicators[0].targets).toEqual([536, 524, 512, 500, 488, 476]);
  });

  it('makes "no progress at all" cost about the indicator’s whole share, and the caps hold it there', () => {
    const spec = oldStyle('sicoval-waste.yaml');
    const { pay } = resolvePay(spec);
    const measurements = spec.usage_performance.map((i) => ({ indicator: i.id, period: 'Y6', status: 'measured' as const, value: i.baseline! }));
    const s = settleYear(pay!, { year: 6, measurements });
    // At the baseline in the target year each indicator loses its share, less the rate's rounding (DMA: 1 851.85 € × 84
    // = 155 555.40 €, not 155 555.56 €): about 933 333 € in all, held to the global cap of 466 666.67 € (10 % of the
    // annual price).
    const shares = [15555556, 15555556, 15555556, 15555555, 15555555, 15555555];
    s.indicators.forEach((i, k) => {
      expect(-i.cappedCents).toBeLessThanOrEqual(shares[k]);
      expect(shares[k] + i.cappedCents).toBeLessThan(100);
    });
    expect(s.indicators[0].cappedCents).toBe(-185185 * 84);
    expect(s.globalCap).toBe('malus');
    expect(s.totalCents).toBe(-46666667);
  });

  it('keeps every example valid and computable', () => {
    for (const name of ['sicoval-waste.yaml', 'rural-mobility.yaml', 'school-catering.yaml']) {
      const { pay, diagnostics } = resolvePay(example(name));
      expect(diagnostics.filter((d) => d.severity === 'error'), name).toEqual([]);
      expect(pay?.indicators.length, name).toBeGreaterThan(0);
    }
  });

  it('flags old-style specs whose cap leaves part of the performance share out of play', () => {
    // summary fields only — sicoval: 20 % share, 10 % cap; catering 8 % / 5 %
    for (const name of ['sicoval-waste.yaml', 'school-catering.yaml']) {
      expect(checkPay(oldStyle(name)).map((d) => d.code), name).toContain('pay/cap-below-share');
    }
  });

  it('keeps the examples’ pay consistent: coherent caps (mobility) or a cap_rationale that turns the finding into an info', () => {
    for (const name of ['sicoval-waste.yaml', 'rural-mobility.yaml', 'school-catering.yaml']) {
      expect(checkPay(example(name)).filter((d) => d.severity === 'error'), name).toEqual([]);
    }
    expect(checkPay(example('rural-mobility.yaml')).map((d) => d.code)).not.toContain('pay/cap-below-share');
  });

  it('rounds a yearly share once, from the value', () => {
    expect(yearlyShareCents(28000000, 80, 72)).toBe(373333333);
    expect(yearlyShareCents(28000000, 100, 72)).toBe(466666667);
    expect(yearlyShareCents(1000.01, 33.3, 7)).toBe(Math.round((1000.01 * 33.3 * 12) / 7));
  });
});
