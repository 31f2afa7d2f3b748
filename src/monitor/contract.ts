import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sha256 } from '../award/award.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { ContractSchema, type Amendment, type Contract } from '../model/contract.js';
import { InputError } from '../model/errors.js';
import { loadSpec, type LoadedSpec } from '../load/spec.js';
import { resolveLoadedLot } from '../select/lots.js';
import type { Diagnostic as LotProblem } from '../model/diagnostic.js';
import { validate } from '../load/validate.js';
import { readYamlFile, type YamlSource } from '../load/yaml.js';
import { resolvePay, type Commitments, type ResolvedPay } from '../pay/index.js';
import { dec, sub, toNumber } from '../pay/decimal.js';
import { didYouMean } from '../util/suggest.js';
import { say } from './locate.js';

/** The pay model of a spec, or its errors at their place in the spec (nothing is computed from a broken model). */
export function specPay(loaded: LoadedSpec): ResolvedPay {
  const { pay, diagnostics } = resolvePay(loaded.spec);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !pay) throw new InputError(errors.map((d): Diagnostic => ({ ...d, ...(d.path ? loaded.source.positionOf(d.path) : {}) })));
  return pay;
}

export interface LoadedContract {
  readonly file: string;
  readonly contract: Contract;
  readonly source: YamlSource;
  readonly spec: LoadedSpec;
  readonly specFile: string;
  readonly pay: ResolvedPay;
}

/**
 * Read a contract written by `award`, its spec (found relative to the contract, checked against the recorded hash),
 * and check that its commitments, events and amendments name the pay model's indicators and contract years.
 */
export function loadContract(file: string, lang: Lang): LoadedContract {
  const source = readYamlFile(file, 'spec');
  const contract = validate(ContractSchema, source, 'contract');
  const problems: Diagnostic[] = [];
  const at = (path: (string | number)[]) => ({ ...source.positionOf(path), path });
  const specFile = resolve(dirname(file), contract.spec.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(specFile);
  } catch {
    throw new InputError([{ code: 'monitor/spec-not-found', severity: 'error', ...at(['spec', 'file']), message: say(lang, 'monitor.specNotFound', { file: specFile }) }]);
  }
  if (sha256(bytes) !== contract.spec.sha256) {
    problems.push({ code: 'monitor/spec-changed', severity: 'error', ...at(['spec', 'sha256']), message: say(lang, 'monitor.specChanged', { file: contract.spec.file }), hint: say(lang, 'monitor.specChanged.hint') });
  }
  const view = lotView(loadSpec(specFile), contract.lot, lang);
  if ('problem' in view) throw new InputError([...problems, { ...view.problem, ...at(['lot']) }]);
  const spec = view.loaded;
  const pay = specPay(spec);
  const paid = pay.indicators.map((i) => i.id);
  const all = [...new Set([...paid, ...pay.gainSharing.map((g) => g.id)])];
  const unknown = (id: string, path: (string | number)[], ids: string[]): void => {
    const near = didYouMean(id, ids);
    problems.push({ code: 'monitor/unknown-indicator', severity: 'error', ...at(path), message: say(lang, 'monitor.contractUnknownIndicator', { id, ids: ids.join(', ') }), ...(near ? { hint: say(lang, 'monitor.didYouMean', { id: near }) } : {}) });
  };
  for (const [id, list] of Object.entries(contract.commitments)) {
    if (!paid.includes(id)) unknown(id, ['commitments', id], paid);
    else if (list.length !== pay.years) problems.push({ code: 'monitor/commitment-years', severity: 'error', ...at(['commitments', id]), message: say(lang, 'monitor.commitmentYears', { id, count: list.length, years: pay.years }) });
  }
  contract.events.forEach((e, k) => {
    (e.indicators ?? []).forEach((id, j) => !all.includes(id) && unknown(id, ['events', k, 'indicators', j], all));
    e.periods.forEach((p, j) => {
      const y = Number(/^Y(\d+)/.exec(p)?.[1]);
      if (y > pay.years) problems.push({ code: 'monitor/period-outside', severity: 'error', ...at(['events', k, 'periods', j]), message: say(lang, 'monitor.periodOutside', { period: p, years: pay.years }) });
    });
  });
  contract.amendments.forEach((a, k) => {
    if (!all.includes(a.indicator)) return unknown(a.indicator, ['amendments', k, 'indicator'], all);
    if (a.from_year > pay.years) problems.push({ code: 'monitor/period-outside', severity: 'error', ...at(['amendments', k, 'from_year']), message: say(lang, 'monitor.periodOutside', { period: `Y${a.from_year}`, years: pay.years }) });
    const isGain = pay.gainSharing.some((g) => g.id === a.indicator);
    if (a.baseline !== undefined && !isGain) problems.push({ code: 'monitor/amendment-baseline', severity: 'error', ...at(['amendments', k, 'baseline']), message: say(lang, 'monitor.amendmentBaseline', { id: a.indicator }) });
    if (a.targets !== undefined && !paid.includes(a.indicator)) problems.push({ code: 'monitor/amendment-targets', severity: 'error', ...at(['amendments', k, 'targets']), message: say(lang, 'monitor.amendmentTargets', { id: a.indicator }) });
    if (a.date < contract.award_date) problems.push({ code: 'monitor/amendment-date', severity: 'error', ...at(['amendments', k, 'date']), message: say(lang, 'monitor.amendmentDate', { date: a.date, award: contract.award_date }) });
  });
  if (problems.length) throw new InputError(problems);
  return { file, contract, source, spec, specFile, pay };
}

/** The amendments in force in a contract year, in date order (the later one wins for the same indicator). */
export const amendmentsFor = (contract: Contract, year: number): Amendment[] =>
  contract.amendments.filter((a) => a.from_year <= year).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/**
 * The terms of one contract year: the committed targets, and the pay model with re-based baselines, after the
 * amendments in force that year. Earlier years are computed from their own terms: history is never rewritten.
 */
export function termsOfYear(lc: LoadedContract, year: number): { pay: ResolvedPay; commitments: Commitments; amendments: Amendment[] } {
  const amendments = amendmentsFor(lc.contract, year);
  const commitments: Record<string, number | number[]> = {};
  for (const [id, list] of Object.entries(lc.contract.commitments)) commitments[id] = list[year - 1] as number;
  let gainSharing = lc.pay.gainSharing;
  for (const a of amendments) {
    if (a.targets) commitments[a.indicator] = a.targets[Math.min(year - a.from_year, a.targets.length - 1)] as number;
    if (a.baseline !== undefined) {
      gainSharing = gainSharing.map((g) => (g.id === a.indicator ? { ...g, baseline: a.baseline as number, guaranteed: toNumber(sub(dec(g.guaranteed), sub(dec(g.baseline), dec(a.baseline as number)))) } : g));
    }
  }
  return { pay: { ...lc.pay, gainSharing }, commitments, amendments };
}

/**
 * The spec as one awarded lot sees it (its indicators and pay), or the whole spec when it has no lots. A tender with
 * lots is several contracts, so no lot is an error; so is a lot the spec does not have, or a lot on an undivided one.
 */
export function lotView(loaded: LoadedSpec, lot: number | undefined, lang: Lang): { loaded: LoadedSpec } | { problem: LotProblem } {
  const lots = loaded.spec.tender.lots.map((l) => l.number);
  if (!lots.length) return lot === undefined ? { loaded } : { problem: { code: 'award/lot-undivided', severity: 'error', message: say(lang, 'award.lotUndivided') } };
  if (lot === undefined) return { problem: { code: 'award/lot-required', severity: 'error', message: say(lang, 'award.lotRequired', { lots: lots.join(', ') }) } };
  if (!lots.includes(lot)) return { problem: { code: 'award/lot-unknown', severity: 'error', message: say(lang, 'award.lotUnknown', { n: lot, lots: lots.join(', ') }) } };
  return { loaded: resolveLoadedLot(loaded, lot) };
}
