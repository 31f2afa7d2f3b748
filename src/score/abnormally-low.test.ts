import { describe, expect, it } from 'vitest';
import { detectAbnormallyLow, ffbTrimmedMean, meanOfOthers } from './abnormally-low.js';

const bids = (...prices: number[]) => prices.map((price, k) => ({ bidder: String.fromCharCode(65 + k), price }));

describe('abnormally low offers: mean of the other offers', () => {
  it('flags an offer more than 20 % below the mean of the others (hand-computed)', () => {
    // A = 70: others' mean (100 + 100 + 110) / 3 = 103.33, gap −32.3 % → flagged. B = 100: others (70+100+110)/3 = 93.33 → +7.1 %.
    const r = meanOfOthers(bids(70, 100, 100, 110), 20);
    expect(r.rows[0]!.reference).toBeCloseTo(310 / 3, 10);
    expect(r.rows[0]!.gapPercent).toBeCloseTo((70 / (310 / 3) - 1) * 100, 6);
    expect(r.rows.map((x) => x.flagged)).toEqual([true, false, false, false]);
  });
  it('is strict at the threshold: exactly 20 % below is not "more than 20 %"', () => {
    const r = meanOfOthers(bids(80, 100, 100), 20);
    expect(r.rows[0]!.gapPercent).toBe(-20);
    expect(r.rows[0]!.flagged).toBe(false);
  });
});

describe('abnormally low offers: FFB recomputed mean', () => {
  it('sets aside offers more than 20 % above the mean, then flags offers 10 % or more below the new mean', () => {
    // Mean of 80, 95, 100, 105, 170 = 110; 170 > 132 is set aside; new mean (80+95+100+105)/4 = 95; 80 is 15.8 % below → flagged;
    // against the first mean 110, method (a) would see 80 as 27 % below the others' mean (117.5): both flag it.
    const r = ffbTrimmedMean(bids(80, 95, 100, 105, 170));
    expect(r.excluded).toEqual(['E']);
    expect(r.rows[0]!.reference).toBe(95);
    expect(r.rows.map((x) => x.flagged)).toEqual([true, false, false, false, false]);
  });
  it('catches an offer the mean-of-others method misses when one offer is very high', () => {
    // 85 vs others' mean (100+100+200)/3 = 133.3 → −36 % (flagged by a too); use threshold 40 to show (b) alone flags it.
    const a = meanOfOthers(bids(85, 100, 100, 200), 40);
    const b = ffbTrimmedMean(bids(85, 100, 100, 200));
    expect(a.rows[0]!.flagged).toBe(false);
    expect(b.excluded).toEqual(['D']); // mean 121.25, 200 > 145.5
    expect(b.rows[0]!.reference).toBe(95);
    expect(b.rows[0]!.flagged).toBe(true); // 85 ≤ 0.9 × 95 = 85.5
  });
  it('needs three offers', () => {
    expect(ffbTrimmedMean(bids(50, 100)).applicable).toBe(false);
    expect(ffbTrimmedMean(bids(50, 100)).rows.some((x) => x.flagged)).toBe(false);
  });
});

describe('the result is a list of bidders to question, never an exclusion', () => {
  it('lists each flagged bidder once with the methods that flagged it', () => {
    const r = detectAbnormallyLow(bids(60, 100, 105, 110), { thresholdPercent: 20, handling: 'justification-request', lang: 'fr' });
    expect(r.result.toQuestion).toEqual([{ bidder: 'A', methods: ['mean-of-others', 'ffb-trimmed-mean'] }]);
    expect(r.findings.map((f) => f.code)).toEqual(['abnormally-low']);
  });
  it('warns when the spec announces an automatic exclusion', () => {
    const r = detectAbnormallyLow(bids(100, 101, 102), { thresholdPercent: 20, handling: 'automatic-exclusion', lang: 'en' });
    expect(r.findings.map((f) => f.code)).toEqual(['automatic-exclusion-announced']);
  });
});
