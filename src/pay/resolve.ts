import { type Cap, type PayFields, type PayIndicator } from '../model/pay.js';
import { cents, dec, interpolate, percentOfCents, toNumber } from './decimal.js';
import { deriveDefaultPay } from './derive.js';
import { payDiagnostic, type PayDiagnostic } from './messages.js';
import type { PayContext, ResolvedGainSharing, ResolvedIndicator, ResolvedPay } from './types.js';
import { didYouMean } from '../util/suggest.js';

type Ind = PayContext['usage_performance'][number];

/** The pay fields in force: the spec's own, and for what it leaves out (no `indicators`), the derived defaults. */
export function payFields(ctx: PayContext): { fields: PayFields; derived: boolean; diagnostics: PayDiagnostic[] } {
  const r = ctx.remuneration;
  if (r.indicators !== undefined) return { fields: r, derived: false, diagnostics: [] };
  const d = deriveDefaultPay(ctx);
  const own = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as PayFields;
  return { fields: { ...d.fields, ...own }, derived: true, diagnostics: d.diagnostics };
}

const firstYearOf = (ctx: PayContext, f: PayFields): number | undefined =>
  f.first_year ?? (ctx.tender.consultation_start ? Number(ctx.tender.consultation_start.slice(0, 4)) + 1 : undefined);

/**
 * Resolve the pay model: every default filled, amounts in cents, each indicator's target for every contract year.
 * Errors (unknown indicator, no target…) are returned as diagnostics and leave `pay` undefined: nothing is computed
 * from a model that does not hold together.
 */
export function resolvePay(ctx: PayContext): { pay?: ResolvedPay; diagnostics: PayDiagnostic[] } {
  const { fields: f, derived, diagnostics } = payFields(ctx);
  const years = Math.ceil(ctx.tender.duration_months / 12);
  const firstYear = firstYearOf(ctx, f);
  const byId = new Map(ctx.usage_performance.map((i) => [i.id, i]));
  const ids = [...byId.keys()];
  const fixedAnnualCents = f.fixed_annual_eur !== undefined ? cents(f.fixed_annual_eur) : undefined;
  let needsFixed = false;
  const capCents = (c: Cap | undefined): number | undefined => {
    if (!c) return undefined;
    if (c.eur !== undefined) return cents(c.eur);
    if (fixedAnnualCents === undefined) {
      needsFixed = true;
      return undefined;
    }
    return percentOfCents(fixedAnnualCents, c.percent as number);
  };
  const unknown = (id: string, path: (string | number)[]): void => {
    const near = didYouMean(id, ids);
    diagnostics.push(payDiagnostic('pay/indicator-unknown', 'error', path, { id, suggestion: near ? ` (« ${near} » ?)` : '' }));
  };

  const seen = new Set<string>();
  const indicators: ResolvedIndicator[] = [];
  (f.indicators ?? []).forEach((pi, k) => {
    const path = ['remuneration', 'indicators', k];
    const ind = byId.get(pi.indicator);
    if (!ind) return unknown(pi.indicator, [...path, 'indicator']);
    if (seen.has(pi.indicator)) diagnostics.push(payDiagnostic('pay/indicator-duplicate', 'error', [...path, 'indicator'], { id: pi.indicator }));
    seen.add(pi.indicator);
    const t = targetsOf(pi, ind, years, firstYear, path, diagnostics);
    if (!t) return;
    indicators.push({
      id: pi.indicator,
      direction: ind.direction,
      period: pi.period ?? f.period ?? 'year',
      applies: pi.applies,
      scale: pi.scale,
      targets: t.targets,
      targetOrigin: t.origin,
      band: pi.neutral_band,
      step: pi.step,
      rateCents: cents(pi.rate_eur),
      bonusCapCents: capCents(pi.bonus_cap),
      malusCapCents: capCents(pi.malus_cap),
      estimate: pi.estimate,
    });
  });

  const gainSharing: ResolvedGainSharing[] = [];
  (f.gain_sharing ?? []).forEach((g, k) => {
    const path = ['remuneration', 'gain_sharing', k];
    const ind = byId.get(g.indicator);
    if (!ind) return unknown(g.indicator, [...path, 'indicator']);
    const baseline = g.baseline ?? ind.baseline;
    if (baseline === undefined) {
      diagnostics.push(payDiagnostic('pay/gain-sharing-no-baseline', 'error', [...path, 'baseline'], { id: g.indicator }));
      return;
    }
    gainSharing.push({
      id: g.indicator,
      direction: ind.direction,
      period: g.period ?? f.period ?? 'year',
      baseline,
      guaranteed: g.guaranteed ?? baseline,
      unitValueCents: cents(g.unit_value_eur),
      buyerShare: g.buyer_share,
      shortfallProviderShare: g.shortfall_provider_share,
    });
  });

  // A missing measurement must have a defined price before anything is settled.
  const missingData = f.missing_data ?? 'not-achieved';
  indicators.forEach((ind) => {
    const k = (f.indicators ?? []).findIndex((pi) => pi.indicator === ind.id);
    const path = ['remuneration', 'indicators', k];
    if (missingData === 'not-achieved' && ind.scale === 'linear' && ind.applies !== 'bonus' && ind.malusCapCents === undefined && !needsFixed) {
      diagnostics.push(payDiagnostic('pay/missing-rule-unbounded', 'error', [...path, 'malus_cap'], { id: ind.id }));
    }
    if (missingData === 'contractual-estimate' && ind.estimate === undefined) {
      diagnostics.push(payDiagnostic('pay/estimate-missing', 'error', [...path, 'estimate'], { id: ind.id }));
    }
  });
  const bonusCapCents = capCents(f.caps?.bonus);
  const malusCapCents = capCents(f.caps?.malus);
  if (needsFixed) diagnostics.push(payDiagnostic('pay/no-fixed-amount', 'error', ['remuneration', 'fixed_annual_eur']));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return {
    diagnostics,
    pay: {
      derived,
      fixedAnnualCents,
      years,
      firstYear,
      indicators,
      gainSharing,
      bonusCapCents,
      malusCapCents,
      missingData,
      exclusions: f.exclusions ?? ['force-majeure', 'buyer-works'],
      settlement: { report_days: 30, review_days: 15, payment_days: 30, ...f.settlement },
    },
  };
}

/** Every contract year's target of one indicator, with where it came from. */
function targetsOf(
  pi: PayIndicator,
  ind: Ind,
  years: number,
  firstYear: number | undefined,
  path: (string | number)[],
  diagnostics: PayDiagnostic[],
): { targets: number[]; origin: ResolvedIndicator['targetOrigin'] } | undefined {
  const id = pi.indicator;
  if (pi.target !== undefined) return { targets: Array(years).fill(pi.target), origin: 'target' };
  if (pi.targets_by_year) {
    const list = pi.targets_by_year;
    if (list.length > years) diagnostics.push(payDiagnostic('pay/targets-too-many', 'warning', [...path, 'targets_by_year'], { id, count: list.length, years }));
    return { targets: Array.from({ length: years }, (_, y) => list[Math.min(y, list.length - 1)]), origin: 'targets-by-year' };
  }
  const tr = pi.trajectory;
  const withYears = ind.baseline !== undefined && ind.baseline_year !== undefined && ind.horizon !== undefined;
  if (!tr && !withYears) {
    if (ind.target !== undefined) return { targets: Array(years).fill(ind.target), origin: 'target' };
    diagnostics.push(payDiagnostic('pay/no-target', 'error', [...path, 'indicator'], { id }));
    return undefined;
  }
  const from = { year: tr?.from_year ?? ind.baseline_year, value: tr?.from_value ?? ind.baseline };
  const to = { year: tr?.to_year ?? ind.horizon, value: tr?.to_value ?? ind.target };
  const missing = [
    from.year === undefined && 'from_year (baseline_year)',
    from.value === undefined && 'from_value (baseline)',
    to.year === undefined && 'to_year (horizon)',
    to.value === undefined && 'to_value (target)',
  ].filter(Boolean);
  if (missing.length > 0) {
    diagnostics.push(payDiagnostic('pay/trajectory-incomplete', 'error', [...path, 'trajectory'], { id, missing: missing.join(', ') }));
    return undefined;
  }
  if ((to.year as number) <= (from.year as number)) {
    diagnostics.push(payDiagnostic('pay/trajectory-years', 'error', [...path, 'trajectory'], { id, from: from.year as number, to: to.year as number }));
    return undefined;
  }
  if (firstYear === undefined) {
    diagnostics.push(payDiagnostic('pay/no-first-year', 'error', ['remuneration', 'first_year']));
    return undefined;
  }
  const decimals = tr?.decimals ?? 2;
  const span = (to.year as number) - (from.year as number);
  const a = dec(from.value as number);
  const b = dec(to.value as number);
  const targets = Array.from({ length: years }, (_, y) => {
    // Before the start the start value holds, after the horizon the target holds.
    const k = Math.min(Math.max(firstYear + y - (from.year as number), 0), span);
    return toNumber(interpolate(a, b, k, span, decimals));
  });
  return { targets, origin: 'trajectory' };
}

