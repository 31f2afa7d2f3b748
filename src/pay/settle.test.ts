import { describe, expect, it } from 'vitest';
import { MeasurementSchema, type MeasurementInput, type PayFields } from '../model/pay.js';
import { SpecSchema } from '../model/spec.js';
import { resolvePay } from './resolve.js';
import { PayInputError, settleYear, type SettleInput } from './settle.js';
import type { PayContext, ResolvedPay } from './types.js';

function context(pay: Partial<PayFields> & Record<string, unknown>): PayContext {
  return {
    tender: { duration_months: 36, estimated_value_eur: 3000000, consultation_start: '2026-06-01' },
    usage_performance: [
      { id: 'omr', direction: 'decrease', baseline: 200, baseline_year: 2025, target: 150, horizon: 2030 },
      { id: 'satisfaction', direction: 'increase', baseline: 70, target: 85 },
    ],
    remuneration: SpecSchema.shape.remuneration.parse({ fixed_share: 90, performance_share: 10, mechanism: 'bonus-malus', ...pay }),
  };
}

const base = {
  fixed_annual_eur: 900000,
  caps: { bonus: { eur: 50000 }, malus: { eur: 50000 } },
  indicators: [
    { indicator: 'omr', target: 180, neutral_band: 2, step: 1, rate_eur: 1000, bonus_cap: { eur: 20000 }, malus_cap: { eur: 20000 } },
    { indicator: 'satisfaction', period: 'quarter', target: 80, step: 1, rate_eur: 500, malus_cap: { eur: 4000 } },
  ],
};

function resolved(p = base): ResolvedPay {
  const r = resolvePay(context(p));
  expect(r.diagnostics).toEqual([]);
  return r.pay!;
}

const ms = (rows: MeasurementInput[]) => rows.map((m) => MeasurementSchema.parse(m));
const full = (omr: number, q: [number, number, number, number]) =>
  ms([{ indicator: 'omr', period: 'Y1', value: omr }, ...q.map((v, i) => ({ indicator: 'satisfaction', period: `Y1-Q${i + 1}`, value: v }))]);
const settle = (input: Partial<SettleInput> & { measurements: SettleInput['measurements'] }, p = base) => settleYear(resolved(p), { year: 1, ...input });

describe('settling a contract year', () => {
  it('applies gap, neutral band and rate per period, signed by direction', () => {
    const s = settle({ measurements: full(175, [82, 80, 79.5, 77]) });
    const omr = s.indicators[0];
    // lower is better: 180 − 175 = 5, band 2 → 3 × 1 000 €
    expect(omr.sumCents).toBe(300000);
    // +2 × 500, 0, −0.5 × 500, −3 × 500
    expect(s.indicators[1].periods.map((p) => p.amountCents)).toEqual([100000, 0, -25000, -150000]);
    expect(s.totalCents).toBe(300000 + 100000 - 25000 - 150000);
    expect(s.steps.filter((st) => st.indicator === 'omr').map((st) => st.key)).toEqual(['target', 'gap', 'linear', 'indicator-sum']);
  });

  it('pays nothing inside the band, its edge included', () => {
    const s = settle({ measurements: full(182, [80, 80, 80, 80]) });
    expect(s.totalCents).toBe(0);
    expect(s.steps.find((st) => st.indicator === 'omr' && st.key === 'neutral-band')?.args).toEqual({ gap: -2, band: 2 });
  });

  it('pays only the sides the indicator applies', () => {
    const p = { ...base, indicators: [{ ...base.indicators[0], applies: 'malus' }, { ...base.indicators[1], applies: 'bonus' }] };
    const s = settle({ measurements: full(170, [90, 70, 80, 80]) }, p as typeof base);
    expect(s.indicators.map((i) => i.sumCents)).toEqual([0, 500000]);
    expect(s.steps.filter((st) => st.key === 'side-not-paid').map((st) => st.args.side)).toEqual(['bonus', 'malus']);
  });

  it('replaces the spec target with the bidder’s commitment', () => {
    const s = settle({ measurements: full(175, [80, 80, 80, 80]), commitments: { omr: [172, 165] } });
    // committed 172 in year 1: 175 is 3 worse, band 2 → −1 000 €
    expect(s.indicators[0].sumCents).toBe(-100000);
    expect(s.steps[0]).toEqual({ indicator: 'omr', period: 'Y1', key: 'target', args: { target: 172, origin: 'commitment' } });
  });

  it('counts a period the provider did not measure as not achieved: the malus floor spread over the year', () => {
    const s = settle({ measurements: full(180, [80, 80, 80, 80]).filter((m) => m.period !== 'Y1-Q3') });
    expect(s.indicators[1].periods[2]).toMatchObject({ status: 'missing', amountCents: -100000 });
  });

  it('takes the contractual estimate when the CCAP says so', () => {
    const p = { ...base, missing_data: 'contractual-estimate', indicators: [{ ...base.indicators[0], estimate: 185 }, { ...base.indicators[1], estimate: 76 }] };
    const s = settle({ measurements: full(180, [80, 80, 80, 80]).filter((m) => m.period !== 'Y1-Q3') }, p as typeof base);
    expect(s.indicators[1].periods[2]).toMatchObject({ status: 'missing', value: 76, amountCents: -200000 });
  });

  it('keeps neutral a value the buyer made missing, a contested value and an excluded period', () => {
    const rows = full(190, [60, 60, 60, 60]);
    const measurements = rows.map((m) =>
      m.period === 'Y1-Q1' ? MeasurementSchema.parse({ indicator: 'satisfaction', period: 'Y1-Q1', status: 'missing-buyer' }) : m.period === 'Y1-Q2' ? MeasurementSchema.parse({ indicator: 'satisfaction', period: 'Y1-Q2', status: 'contested' }) : m,
    );
    const s = settle({
      measurements,
      events: [
        // a month of force majeure neutralises the quarter holding it, for the indicators named
        { kind: 'force-majeure', indicators: ['satisfaction'], periods: ['Y1-M08'], reason: 'Inondation du centre de tri', recorded_on: '2027-08-20' },
        // a strike is not an exclusion this CCAP lists: recorded, no effect
        { kind: 'strike', periods: ['Y1'], reason: 'Grève', recorded_on: '2027-03-01' },
      ],
    });
    expect(s.indicators[1].periods.map((p) => [p.status, p.amountCents])).toEqual([
      ['missing-buyer', 0],
      ['contested', 0],
      ['excluded', 0],
      ['measured', -1000000],
    ]);
    // omr: 10 worse, band 2 → −8 000 €; strike does not neutralise it
    expect(s.indicators[0].sumCents).toBe(-800000);
    // recorded for omr and the three quarters the force majeure does not already neutralise
    expect(s.steps.filter((st) => st.key === 'exclusion-not-provided')).toHaveLength(4);
  });

  it('clamps each indicator, then the net, recording both', () => {
    const p = { ...base, caps: { bonus: { eur: 22000 }, malus: { eur: 50000 } } };
    const s = settle({ measurements: full(150, [90, 90, 90, 90]) }, p);
    // omr 28 000 → 20 000; satisfaction 4 × 5 000 = 20 000 (no ceiling); net 40 000 → 22 000 split 1:1
    expect(s.indicators.map((i) => [i.sumCents, i.cappedCents, i.finalCents])).toEqual([
      [2800000, 2000000, 1100000],
      [2000000, 2000000, 1100000],
    ]);
    expect(s.globalCap).toBe('bonus');
    expect(s.steps.filter((st) => st.key.endsWith('cap')).map((st) => st.key)).toEqual(['indicator-cap', 'global-cap']);
  });

  it('refuses measurements it cannot place, all at once', () => {
    const bad = ms([
      { indicator: 'omr', period: 'Y1', value: 1 },
      { indicator: 'omr', period: 'Y1', value: 2 },
      { indicator: 'omr', period: 'Y1-Q1', value: 2 },
      { indicator: 'unknown', period: 'Y1', value: 2 },
      { indicator: 'omr', period: 'Y9', value: 2 },
    ]);
    try {
      settle({ measurements: bad });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PayInputError);
      expect((e as PayInputError).issues.map((i) => i.code)).toEqual([
        'pay/measurement-duplicate',
        'pay/measurement-period-kind',
        'pay/measurement-unknown-indicator',
        'pay/measurement-year',
      ]);
    }
    expect(() => settleYear(resolved(), { year: 4, measurements: [] })).toThrow(RangeError);
  });

  it('is deterministic: the same input gives the same décompte', () => {
    const a = settle({ measurements: full(175, [82, 80, 79.5, 77]) });
    const b = settle({ measurements: full(175, [82, 80, 79.5, 77]) });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
