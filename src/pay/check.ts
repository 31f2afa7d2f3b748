import type { Lang } from '../model/common.js';
import { PERIODS_PER_YEAR } from '../model/pay.js';
import { fill } from '../lint/messages.js';
import { dec, eurosText, percentOfCents, roundDiv } from './decimal.js';
import { payDiagnostic, payMessage, type PayDiagnostic } from './messages.js';
import { resolvePay } from './resolve.js';
import { yearlyShareCents } from './derive.js';
import type { PayContext, ResolvedPay } from './types.js';

/** The annual price HT: from the estimated value, else from the fixed part and its share; undefined when unknown. */
export function annualPriceCents(ctx: PayContext, pay: ResolvedPay): number | undefined {
  const v = ctx.tender.estimated_value_eur;
  if (v !== undefined) return yearlyShareCents(v, 100, ctx.tender.duration_months);
  const fixedShare = ctx.remuneration.fixed_share;
  if (pay.fixedAnnualCents === undefined || fixedShare === 0) return undefined;
  const s = dec(fixedShare);
  return Number(roundDiv(BigInt(pay.fixedAnnualCents) * 100n * 10n ** BigInt(s.scale), s.n));
}

/**
 * The most the provider can lose in a year through pay: each indicator's malus floor (a flat malus: its rate every
 * period), within the global malus cap. Infinity when something is unbounded (a linear malus without floor, a
 * gain-sharing shortfall, which no cap limits).
 */
export function maxYearlyMalusCents(pay: ResolvedPay): number {
  let sum = 0;
  for (const ind of pay.indicators) {
    if (ind.applies === 'bonus') continue;
    if (ind.malusCapCents !== undefined) sum += ind.malusCapCents;
    else if (ind.scale === 'flat') sum += ind.rateCents * PERIODS_PER_YEAR[ind.period];
    else sum = Infinity;
  }
  if (pay.gainSharing.some((g) => g.shortfallProviderShare > 0)) sum = Infinity;
  return Math.min(sum, pay.malusCapCents ?? Infinity);
}

/**
 * Internal consistency of the pay model, as diagnostics with codes. The lint rules that print them are wired
 * elsewhere; this function only decides.
 */
export function checkPay(ctx: PayContext, lang: Lang = 'fr'): PayDiagnostic[] {
  const { pay, diagnostics } = resolvePay(ctx);
  const out = [...diagnostics];
  const r = ctx.remuneration;
  const procedureMgp = ctx.tender.procedure === 'marche-global-performance';
  if (!pay) {
    return out.map((d) => reword(d, lang));
  }
  const paying = pay.indicators.filter((i) => i.rateCents > 0);
  if (procedureMgp && paying.length === 0 && pay.gainSharing.length === 0) {
    out.push(payDiagnostic('pay/no-measurable-commitment', 'error', ['remuneration', 'indicators']));
  }
  if (paying.length > 0 && pay.bonusCapCents === undefined && pay.malusCapCents === undefined) {
    out.push(payDiagnostic('pay/no-global-cap', 'warning', ['remuneration', 'caps']));
  }
  const price = annualPriceCents(ctx, pay);
  if (price !== undefined && r.performance_share > 0) {
    const v = ctx.tender.estimated_value_eur;
    const share = v !== undefined ? yearlyShareCents(v, r.performance_share, ctx.tender.duration_months) : percentOfCents(price, r.performance_share);
    const malus = maxYearlyMalusCents(pay);
    if (share > malus) {
      out.push(
        payDiagnostic('pay/cap-below-share', r.cap_rationale ? 'info' : 'error', ['remuneration', r.caps ? 'caps' : 'cap_percent'], {
          share: r.performance_share,
          share_eur: eurosText(share),
          cap_eur: eurosText(malus),
        }),
      );
    }
  }
  pay.gainSharing.forEach((g, k) => {
    if (g.shortfallProviderShare < 66) {
      out.push(payDiagnostic('pay/shortfall-below-cee', 'info', ['remuneration', 'gain_sharing', k, 'shortfall_provider_share'], { id: g.id, share: g.shortfallProviderShare }));
    }
  });
  return out.map((d) => reword(d, lang));
}

/** The same diagnostic worded in another language. */
export function reword(d: PayDiagnostic, lang: Lang): PayDiagnostic {
  return { ...d, message: payMessage(d.code, d.args, lang) };
}
