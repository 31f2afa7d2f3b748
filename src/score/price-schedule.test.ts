import { describe, expect, it } from 'vitest';
import type { PriceSchedule } from '../compose/dce/price-schedule.js';
import { computeSchedule, lineAmountCents } from './price-schedule.js';

const schedule = (over: Partial<PriceSchedule> = {}): PriceSchedule => ({
  months: 48,
  years: 4,
  vatPercent: 10,
  basis: 'TTC',
  hiddenDqe: false,
  derived: false,
  dpgf: [
    { code: 'F1', id: 'mise-en-service', label: 'Mise en service', unit: 'forfait', quantity: 1, scored: true },
    { code: 'F2', id: 'part-fixe', label: 'Part fixe', unit: 'an', quantity: 2.5, scored: true },
  ],
  bpu: [
    { code: 'U1', id: 'repas', label: 'Repas', unit: 'repas', quantity: 392002, perYear: [98000.5, 98000.5, 98000.5, 98000.5], scored: true },
    { code: 'U2', id: 'animation', label: 'Animation', unit: 'heure', quantity: 160, perYear: [40, 40, 40, 40], scored: false },
  ],
  sheets: { offer: 'Offre', dpgf: 'DPGF', bpu: 'BPU', dqe: 'DQE' },
  ...over,
});

describe('the scored price from a price schedule', () => {
  it('rounds each line to the cent, half away from zero, on exact decimals (no binary drift)', () => {
    // 1.005 × 1 is 1.00499999… in binary floating point: the exact decimal rounds up.
    expect(lineAmountCents(1, 1.005)).toBe(101);
    expect(lineAmountCents(3, 0.335)).toBe(101); // 1.005
    expect(lineAmountCents(392002, 2.9)).toBe(113680580);
    expect(lineAmountCents(98000.5, 3.1255)).toBe(30630056); // 306 300.562 75 → 306 300.56
    expect(lineAmountCents(2.5, 0)).toBe(0);
  });

  it('adds the scored lines HT, then VAT to the cent when the basis is TTC; unscored lines count in the totals only', () => {
    const c = computeSchedule(schedule(), { F1: 15000, F2: 100000.01, U1: 2.9, U2: 40 });
    expect(c.lines.map((l) => [l.code, l.amountCents])).toEqual([
      ['F1', 1500000],
      ['F2', 25000003], // 2.5 × 100 000.01 = 250 000.025 → 250 000.03
      ['U1', 113680580],
      ['U2', 640000],
    ]);
    expect(c.dpgfCents).toBe(26500003);
    expect(c.dqeCents).toBe(114320580);
    expect(c.totalHtCents).toBe(140820583);
    expect(c.vatCents).toBe(14082058); // 140 820.583 → 140 820.58
    expect(c.scoredHtCents).toBe(140180583);
    expect(c.scoredVatCents).toBe(14018058);
    expect(c.scoredCents).toBe(154198641);
    // Price sub-criteria: the scored DPGF lines 265 000.03 + VAT 26 500.003 → 26 500.00, and the scored DQE line
    // (U1 only: U2 is not scored) 1 136 805.80 + VAT 113 680.58.
    expect(c.scoredDpgfCents).toBe(29150003);
    expect(c.scoredDqeCents).toBe(125048638);
  });

  it('scores HT without VAT when the spec says basis: HT', () => {
    const c = computeSchedule(schedule({ basis: 'HT' }), { F1: 1, F2: 2, U1: 0, U2: 5 });
    expect(c.scoredCents).toBe(c.scoredHtCents);
    expect(c.scoredCents).toBe(600);
    expect(c.scoredVatCents).toBe(0);
  });
});
