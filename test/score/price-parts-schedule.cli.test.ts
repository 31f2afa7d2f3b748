import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { CATERING, fillSchedule, scheduleOf } from '../helpers/price-schedule.js';

const MARKS = 'test/fixtures/price-schedule/marks/jury.csv';
const A = { F1: 15000, F2: 60000, F3: 60000, F4: 60000, F5: 60000, U1: 3.125, U2: 2.9, U3: 40 };
const B = { F1: 12000, F2: 55000, F3: 55000, F4: 55000, F5: 55000, U1: '3,20', U2: 3.05, U3: 35 };

/**
 * Price sub-criteria on the price schedule's totals: the catering tender's 40 price points split into the DPGF
 * (25, proportional) and the hidden DQE (15, linear). `score --price-schedules` computes each total from the filled
 * schedules (scored lines, VAT on a TTC basis) and each part's formula scores it.
 */
describe('score --price-schedules with price sub-criteria on the DPGF and DQE totals', () => {
  it('scores each part on its own total, to 0.01', async () => {
    const out = tempDir();
    expect(runCli(['generate', CATERING, '-o', out, '--dce']).code).toBe(0);
    const { schedule } = scheduleOf(CATERING);
    const offers = join(out, 'offres');
    mkdirSync(offers);
    const bytes = readFileSync(join(out, 'catering-bpu', '06-DPGF-BPU-DQE.xlsx'));
    await fillSchedule(bytes, schedule, join(offers, 'a.xlsx'), 'Restaurants du Sud', A);
    await fillSchedule(bytes, schedule, join(offers, 'b.xlsx'), 'Cuisine Locale', B);
    const spec = join(out, 'catering-parts.yaml');
    writeFileSync(
      spec,
      readFileSync(CATERING, 'utf8').replace(
        'price:\n  formula: proportional\n',
        'price:\n  formula: proportional\n  parts:\n    - { id: forfait, label: Prix de la partie forfaitaire, weight: 25, price: dpgf }\n    - { id: bpu, label: Prix unitaires du BPU sur DQE, weight: 15, formula: linear, price: dqe }\n',
      ),
    );
    const j = runCli(['score', spec, '--marks', MARKS, '--price-schedules', offers, '--json']);
    expect(j.code, j.stderr).toBe(0);
    const json = JSON.parse(j.stdout) as {
      priceSchedules: { bidder: string; computation: { scoredDpgfCents: number; scoredDqeCents: number; scoredCents: number } }[];
      result: { bidders: { id: string; pricePoints: number; pricing: { parts: { id: string; price: number; points: number }[] } }[] };
    };
    const totals = Object.fromEntries(json.priceSchedules.map((p) => [p.bidder, p.computation]));
    // The two parts' totals add up to the scored price, to the cent (VAT rounded per part on a TTC basis).
    for (const c of Object.values(totals)) expect(Math.abs(c.scoredDpgfCents + c.scoredDqeCents - c.scoredCents)).toBeLessThanOrEqual(1);
    const dpgf = (b: string): number => totals[b]!.scoredDpgfCents / 100;
    const dqe = (b: string): number => totals[b]!.scoredDqeCents / 100;
    const names = ['Restaurants du Sud', 'Cuisine Locale'];
    const minDpgf = Math.min(...names.map(dpgf));
    const lowDqe = names.reduce((a, b) => (dqe(a) <= dqe(b) ? a : b));
    for (const b of json.result.bidders) {
      const parts = Object.fromEntries(b.pricing.parts.map((p) => [p.id, p]));
      expect(parts['forfait']!.price).toBe(dpgf(b.id));
      expect(parts['bpu']!.price).toBe(dqe(b.id));
      expect(parts['forfait']!.points).toBeCloseTo((25 * minDpgf) / dpgf(b.id), 2);
      // Linear with two offers: the lower DQE gets the 15 points, the other 0.
      expect(parts['bpu']!.points).toBeCloseTo(b.id === lowDqe ? 15 : 0, 2);
      expect(b.pricePoints).toBeCloseTo(parts['forfait']!.points + parts['bpu']!.points, 10);
    }
  }, 120_000);
});
