import type { Measurement } from '../../model/pay.js';
import { periodKey, periodsOfYear, settleYear, type ResolvedPay, type YearSettlement } from '../../pay/index.js';

/**
 * The published reference scenario: contract year 1 with, for each paid indicator, a value chosen so that the worked
 * example shows every mechanism at least once — the first indicator beats its target, the second misses it, and so
 * on in turn (an indicator that pays a bonus only always beats it), each by its neutral band plus two steps (better)
 * or one and a half steps (worse); gain sharing beats its guaranteed level by 1 % of its baseline. The values are
 * derived from the contract's own terms, so the scenario never contradicts them, and the CCAP prints them next to the
 * computation of src/pay (never a figure typed by hand). The price schedule may value the performance part on it.
 */
export interface ReferenceScenario {
  readonly year: number;
  readonly measurements: readonly Measurement[];
}

/** Round to the precision the contract's own figures use, plus one decimal, without binary noise. */
const decimalsOf = (x: number): number => {
  const s = String(x);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};
const round = (x: number, k: number): number => Number(x.toFixed(k));

export function referenceScenario(pay: ResolvedPay, year = 1): ReferenceScenario {
  const measurements: Measurement[] = [];
  pay.indicators.forEach((ind, k) => {
    const better = ind.applies === 'bonus' || (ind.applies !== 'malus' && k % 2 === 0);
    const target = ind.targets[year - 1]!;
    const offset = ind.band + (better ? 2 : 1.5) * ind.step;
    const favourable = ind.direction === 'increase' ? 1 : -1;
    const k2 = Math.max(decimalsOf(target), decimalsOf(ind.step), decimalsOf(ind.band)) + 1;
    const value = round(target + (better ? 1 : -1) * favourable * offset, k2);
    for (const p of periodsOfYear(year, ind.period)) measurements.push({ indicator: ind.id, period: periodKey(p), status: 'measured', value });
  });
  for (const g of pay.gainSharing) {
    const favourable = g.direction === 'increase' ? 1 : -1;
    const units = Math.abs(g.baseline) / 100 || 1;
    const value = round(g.guaranteed + favourable * units, decimalsOf(g.baseline) + 2);
    for (const p of periodsOfYear(year, g.period)) measurements.push({ indicator: g.id, period: periodKey(p), status: 'measured', value });
  }
  return { year, measurements };
}

/** The worked example: the reference scenario settled by src/pay, exactly as a contract year would be. */
export function workedExample(pay: ResolvedPay): { scenario: ReferenceScenario; settlement: YearSettlement } {
  const scenario = referenceScenario(pay);
  return { scenario, settlement: settleYear(pay, { year: scenario.year, measurements: scenario.measurements }) };
}
