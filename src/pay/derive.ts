import type { PayFields, PayIndicator } from '../model/pay.js';
import { absDec, dec, eurosText, mulDivCents, roundDiv, sub } from './decimal.js';
import { payDiagnostic, type PayDiagnostic } from './messages.js';
import type { PayContext } from './types.js';

/**
 * The default per-indicator model of a spec that only has the summary fields (fixed_share, performance_share,
 * mechanism, cap_percent), so older specs and the examples keep a computable pay article:
 *
 * - annual price P = estimated_value_eur × 12 / duration_months (HT, like the CCP's estimated value);
 *   annual fixed part F = P × fixed_share / 100; performance envelope V = P × performance_share / 100
 *   (each computed from the estimated value and rounded once, to the cent);
 * - each indicator with a baseline and a target (different) gets an equal share E = V / n of the envelope
 *   (cents spread by largest remainder, first indicators first);
 * - its target follows the straight line from baseline (baseline_year) to target (horizon) when both years are
 *   known, else the target itself; neutral band 0, step 1 unit, bonus and malus;
 * - its rate makes "no progress at all" (the baseline) cost the whole share: rate = E / |target − baseline| € per
 *   unit, to the cent; its bonus ceiling and malus floor are ± E per year;
 * - global caps: cap_percent is a share of the annual *price*, so both caps are P × cap_percent / 100 in euros;
 * - gain sharing needs a unit value the summary fields do not hold: not derived (a warning says so).
 *
 * Only `mechanism` values with bonus-malus produce indicator rules. Explicit fields of the spec always win.
 */
export function deriveDefaultPay(ctx: PayContext): { fields: PayFields; diagnostics: PayDiagnostic[] } {
  const r = ctx.remuneration;
  const diagnostics: PayDiagnostic[] = [];
  const fields: PayFields = { missing_data: 'not-achieved' };
  if (r.mechanism.includes('gain-sharing') && !r.gain_sharing) {
    diagnostics.push(payDiagnostic('pay/gain-sharing-not-derived', 'warning', ['remuneration', 'mechanism']));
  }
  const value = ctx.tender.estimated_value_eur;
  if (value === undefined) {
    if (r.mechanism.startsWith('bonus-malus') && r.performance_share > 0) {
      diagnostics.push(payDiagnostic('pay/not-derived', 'warning', ['tender', 'estimated_value_eur']));
    }
    return { fields, diagnostics };
  }
  // Each yearly amount is rounded once, from the estimated value itself (not from a rounded annual price).
  const yearly = (percent: number): number => yearlyShareCents(value, percent, ctx.tender.duration_months);
  fields.fixed_annual_eur = Number(eurosText(yearly(r.fixed_share)));
  if (r.cap_percent !== undefined) {
    const cap = Number(eurosText(yearly(r.cap_percent)));
    fields.caps = { bonus: { eur: cap }, malus: { eur: cap } };
  }
  if (!r.mechanism.startsWith('bonus-malus') || r.performance_share === 0) return { fields, diagnostics };

  const eligible = ctx.usage_performance.filter((i) => i.baseline !== undefined && i.target !== undefined && i.target !== i.baseline);
  if (eligible.length === 0) return { fields, diagnostics };
  const envelope = yearly(r.performance_share);
  const base = Math.floor(envelope / eligible.length);
  const extra = envelope - base * eligible.length;
  fields.indicators = eligible.map((ind, k): PayIndicator => {
    const share = base + (k < extra ? 1 : 0);
    const spread = absDec(sub(dec(ind.target as number), dec(ind.baseline as number)));
    const rate = mulDivCents(share, dec(1), spread);
    const withYears = ind.baseline_year !== undefined && ind.horizon !== undefined && ind.horizon > ind.baseline_year;
    const eur = Number(eurosText(share));
    return {
      indicator: ind.id,
      applies: 'both',
      scale: 'linear',
      ...(withYears ? { trajectory: { decimals: 2 } } : { target: ind.target }),
      neutral_band: 0,
      step: 1,
      rate_eur: Number(eurosText(rate)),
      bonus_cap: { eur },
      malus_cap: { eur },
    };
  });
  return { fields, diagnostics };
}

/** value × percent / 100 × 12 / months, in cents, rounded once (half away from zero). */
export function yearlyShareCents(valueEur: number, percent: number, months: number): number {
  const v = dec(valueEur);
  const p = dec(percent);
  return Number(roundDiv(v.n * p.n * 1200n, BigInt(months) * 100n * 10n ** BigInt(v.scale + p.scale)));
}
