import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ExclusionEventSchema, MeasurementSchema } from '../model/pay.js';
import { IndicatorSchema, SpecSchema } from '../model/spec.js';
import { eurosText, percentRatio } from './decimal.js';
import { checkPay } from './check.js';
import { resolvePay } from './resolve.js';
import { settleYear } from './settle.js';
import type { PayContext } from './types.js';

// Published performance-pay computations (dce.md §2.4), each fixture naming its source, reproduced to the cent.
const DIR = join(import.meta.dirname, '../../test/fixtures/pay');
const Amount = z.string().regex(/^-?\d+\.\d{2}$/);
const FixtureSchema = z
  .object({
    title: z.string(),
    source: z.string().min(20),
    ratios: z.array(z.object({ name: z.string(), cap_eur: z.number(), annual_eur: z.number(), percent: z.number() }).strict()).optional(),
    spec: z
      .object({
        tender: z.object({ duration_months: z.number(), estimated_value_eur: z.number().optional(), consultation_start: z.string().optional() }).strict(),
        usage_performance: z.array(IndicatorSchema),
        remuneration: SpecSchema.shape.remuneration,
      })
      .strict(),
    cases: z.array(
      z
        .object({
          name: z.string(),
          year: z.number().int(),
          measurements: z.array(MeasurementSchema),
          events: z.array(ExclusionEventSchema).optional(),
          commitments: z.record(z.string(), z.union([z.number(), z.array(z.number())])).optional(),
          expect: z
            .object({
              total_eur: Amount,
              bonus_malus_eur: Amount.optional(),
              gain_sharing_eur: Amount.optional(),
              buyer_gain_eur: Amount.optional(),
              global_cap: z.enum(['bonus', 'malus']).optional(),
              targets: z.record(z.string(), z.number()).optional(),
              indicators: z.record(z.string(), z.object({ sum: Amount.optional(), capped: Amount.optional(), final: Amount.optional() }).strict()).optional(),
              periods: z.record(z.string(), z.record(z.string(), Amount)).optional(),
            })
            .strict(),
        })
        .strict(),
    ),
  })
  .strict();

// YAML reads 2026-12-01 as a string with the default schema; keep it that way.
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe('worked examples of performance-linked pay, to the cent', () => {
  it('has the five sources of the brief', () => {
    expect(files).toEqual(['ccag-fcs-late-penalty.yaml', 'cpe-cee-floor.yaml', 'cpe-guarantee.yaml', 'idfm-stif.yaml', 'sicoval-waste-efc.yaml', 'ter-bourgogne.yaml']);
  });

  for (const file of files) {
    const fx = FixtureSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));
    describe(`${file}: ${fx.title}`, () => {
      const ctx = fx.spec as PayContext;
      it('has a consistent pay model (no error)', () => {
        expect(checkPay(ctx).filter((d) => d.severity === 'error')).toEqual([]);
      });
      for (const r of fx.ratios ?? []) {
        it(`${r.name}: ${r.cap_eur} € is ${r.percent} % of ${r.annual_eur} €`, () => {
          expect(percentRatio(Math.round(r.cap_eur * 100), Math.round(r.annual_eur * 100), 2)).toBe(r.percent);
        });
      }
      for (const c of fx.cases) {
        it(c.name, () => {
          const { pay, diagnostics } = resolvePay(ctx);
          expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          const s = settleYear(pay!, { year: c.year, measurements: c.measurements, events: c.events, commitments: c.commitments });
          const e = c.expect;
          expect(eurosText(s.totalCents)).toBe(e.total_eur);
          if (e.bonus_malus_eur) expect(eurosText(s.bonusMalusCents)).toBe(e.bonus_malus_eur);
          if (e.gain_sharing_eur) expect(eurosText(s.gainSharingCents)).toBe(e.gain_sharing_eur);
          if (e.buyer_gain_eur) expect(eurosText(s.gainSharing.reduce((t, g) => t + g.buyerCents, 0))).toBe(e.buyer_gain_eur);
          expect(s.globalCap).toBe(e.global_cap);
          for (const [id, target] of Object.entries(e.targets ?? {})) {
            expect(s.indicators.find((i) => i.id === id)?.periods[0].target, id).toBe(target);
          }
          for (const [id, want] of Object.entries(e.indicators ?? {})) {
            const got = s.indicators.find((i) => i.id === id)!;
            if (want.sum) expect(eurosText(got.sumCents), `${id} sum`).toBe(want.sum);
            if (want.capped) expect(eurosText(got.cappedCents), `${id} capped`).toBe(want.capped);
            if (want.final) expect(eurosText(got.finalCents), `${id} final`).toBe(want.final);
          }
          for (const [id, periods] of Object.entries(e.periods ?? {})) {
            const got = s.indicators.find((i) => i.id === id)!;
            for (const [key, amount] of Object.entries(periods)) expect(eurosText(got.periods.find((p) => p.period === key)!.amountCents), `${id} ${key}`).toBe(amount);
          }
          // The décompte adds up: the indicators' final amounts are the bonus-malus, plus gain sharing is the total.
          expect(s.indicators.reduce((t, i) => t + i.finalCents, 0)).toBe(s.bonusMalusCents);
          expect(s.bonusMalusCents + s.gainSharingCents).toBe(s.totalCents);
        });
      }
    });
  }
});
