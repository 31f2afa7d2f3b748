import type { Catalog, LoadedCriterion } from '../load/catalog.js';
import type { LoadedSpec } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import { LEVEL_COUNT, type Criterion } from '../model/criterion.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid, GridCriterion, GridLevel, GridSubCriterion, SourcePos } from '../model/grid.js';
import type { Group, Profile } from '../model/profile.js';
import { didYouMean } from '../util/suggest.js';
import { largestRemainder } from './round.js';
import { checkPriceFormula, checkPriceParts, gridPrice } from './price-choice.js';
import { applyThresholds } from './thresholds.js';
import { t, type MessageKey, type WordArgs } from '../wording/catalog.js';
import { formatShort } from '../wording/format.js';
import { getTerminalLang } from '../wording/lang.js';

const TOTAL_TENTHS = 1000;

/**
 * Spec + catalog → Grid: the award criteria (profile groups), their sub-criteria (library criteria retained for
 * the life function, plus includes and custom criteria, minus excludes) and their weights in tenths of a point,
 * summing to exactly 100. Every problem is collected and thrown together.
 */
export function selectCriteria(loaded: LoadedSpec, catalog: Catalog, langOverride?: Lang): Grid {
  const { spec, source } = loaded;
  const lang = langOverride ?? spec.language;
  const problems: Diagnostic[] = [];
  // Problems are terminal messages: in the terminal language (--lang, else the spec's, else the locale).
  const tl = getTerminalLang();
  const w = (key: MessageKey, args?: WordArgs): string => t(tl, key, args);
  const maybe = (guess: string | undefined): string => (guess ? w('load.did-you-mean', { guess }) : '');
  const num = (x: number): string => formatShort(x, tl, 1);
  const err = (code: string, message: string, path: (string | number)[], hint?: string): void => {
    problems.push({ code, severity: 'error', message, path, ...source.positionOf(path), hint });
  };

  const profile = catalog.profiles.get(spec.criteria.profile);
  if (!profile) {
    const guess = didYouMean(spec.criteria.profile, catalog.profiles.keys());
    err('unknown-profile', w('select.unknown-profile', { id: spec.criteria.profile, suggestion: maybe(guess) }), ['criteria', 'profile'], w('select.available', { ids: [...catalog.profiles.keys()].join(', ') }));
  }
  if (!catalog.functions.has(spec.life_function)) {
    const guess = didYouMean(spec.life_function, catalog.functions.keys());
    err('unknown-life-function', w('select.unknown-life-function', { id: spec.life_function, suggestion: maybe(guess) }), ['life_function'], w('select.available', { ids: [...catalog.functions.keys()].join(', ') }));
  }
  spec.criteria.libraries.forEach((id, i) => {
    if (!catalog.libraries.has(id)) {
      const guess = didYouMean(id, catalog.libraries.keys());
      err('unknown-library', w('select.unknown-library', { id, suggestion: maybe(guess) }), ['criteria', 'libraries', i], w('select.available', { ids: [...catalog.libraries.keys()].join(', ') }));
    }
  });
  const unknownCriterion = (id: string, path: (string | number)[]): void => {
    const guess = didYouMean(id, [...catalog.criteria.keys(), ...spec.criteria.custom.map((c) => c.id)]);
    err('unknown-criterion', w('select.unknown-criterion', { id, suggestion: maybe(guess) }), path, w('select.list-criteria'));
  };
  spec.criteria.include.forEach((id, i) => catalog.criteria.has(id) || unknownCriterion(id, ['criteria', 'include', i]));
  spec.criteria.exclude.forEach((id, i) => catalog.criteria.has(id) || spec.criteria.custom.some((c) => c.id === id) || unknownCriterion(id, ['criteria', 'exclude', i]));
  spec.criteria.custom.forEach((c, i) => {
    if (catalog.criteria.has(c.id)) err('custom-id-taken', w('select.custom-id-taken', { id: c.id, library: catalog.criteria.get(c.id)!.library }), ['criteria', 'custom', i, 'id']);
  });
  if (problems.length || !profile) throw new InputError(problems);

  // Candidates, in a stable order: libraries in the spec's order, then includes, then custom criteria.
  const excluded = new Set(spec.criteria.exclude);
  const picked = new Map<string, { c: Criterion; library: string; source?: SourcePos; explicit: (string | number)[] | null }>();
  const applies = (c: Criterion): boolean => c.functions.includes('*') || c.functions.includes(spec.life_function);
  for (const libId of spec.criteria.libraries) {
    for (const lc of catalog.libraries.get(libId)!.criteria) {
      if (lc.criterion.default && applies(lc.criterion) && !excluded.has(lc.criterion.id)) picked.set(lc.criterion.id, fromLib(lc, null));
    }
  }
  spec.criteria.include.forEach((id, i) => {
    if (!excluded.has(id) && !picked.has(id)) picked.set(id, fromLib(catalog.criteria.get(id)!, ['criteria', 'include', i]));
  });
  spec.criteria.custom.forEach((c, i) => {
    if (!excluded.has(c.id)) picked.set(c.id, { c, library: 'custom', source: source.positionOf(['criteria', 'custom', i, 'id']), explicit: ['criteria', 'custom', i, 'family'] });
  });

  // Assign each criterion to the group of the profile that holds its family.
  const groupOf = new Map<string, Group>();
  for (const g of profile.groups) for (const f of g.families) if (!groupOf.has(f)) groupOf.set(f, g);
  const members = new Map<string, typeof picked extends Map<string, infer V> ? V[] : never>();
  for (const g of profile.groups) members.set(g.id, []);
  for (const entry of picked.values()) {
    const g = groupOf.get(entry.c.family);
    if (g) members.get(g.id)!.push(entry);
    else if (entry.explicit) {
      err('family-not-weighted', w('select.family-not-weighted', { id: entry.c.id, family: entry.c.family, profile: profile.id }), entry.explicit, w('select.families-weighted', { profile: profile.id, families: profile.groups.flatMap((g) => g.families).join(', ') }));
    }
  }

  const weights = spec.criteria.weights;
  const groupIds = new Set(profile.groups.map((g) => g.id));
  for (const key of Object.keys(weights)) {
    if (!groupIds.has(key) && !picked.has(key)) {
      const guess = didYouMean(key, [...groupIds, ...picked.keys()]);
      err('unknown-weight-key', w('select.unknown-weight-key', { key, profile: profile.id, suggestion: maybe(guess) }), ['criteria', 'weights', key]);
    }
  }
  const groupWeights = profile.groups.map((g) => weights[g.id] ?? g.weight);
  const groupTotal = groupWeights.reduce((s, w) => s + w, 0);
  if (Math.abs(groupTotal - 100) > 1e-6) {
    const firstOverride = profile.groups.find((g) => weights[g.id] !== undefined);
    err('weights-sum', w('select.weights-sum', { total: num(round1(groupTotal)) }), firstOverride ? ['criteria', 'weights', firstOverride.id] : ['criteria', 'profile'], profile.groups.map((g, i) => `${g.id} ${num(round1(groupWeights[i]!))}`).join(' + '));
  }
  profile.groups.forEach((g, i) => {
    if (g.kind === 'quality' && groupWeights[i]! > 0 && members.get(g.id)!.length === 0) {
      err('empty-group', w('select.empty-group', { id: g.id, points: num(groupWeights[i]!) }), ['criteria', 'libraries'], w('select.empty-group.hint', { id: g.id, families: g.families.join(w('select.or')) }));
    }
  });
  if (problems.length) throw new InputError(problems);

  const groupTenths = largestRemainder(TOTAL_TENTHS, groupWeights);
  const percent = spec.scoring.scale === 'percent';
  const scaleMax = percent ? 100 : (spec.scoring.scale as number);
  const marks = Array.from({ length: LEVEL_COUNT }, (_, l) => (l * scaleMax) / (LEVEL_COUNT - 1));
  let n = 0;
  const criteria: GridCriterion[] = [];
  profile.groups.forEach((g, gi) => {
    const tenths = groupTenths[gi]!;
    // A group given 0 points is dropped: neither the RC nor the grids print it, and `score` asks no price for a
    // price group of 0 points (lint's legal/price-criterion then asks why the award has no price criterion).
    if (tenths === 0) return;
    n += 1;
    const entries = g.kind === 'price' ? [] : members.get(g.id)!;
    const subTenths = splitGroup(g, tenths, entries.map((e) => ({ id: e.c.id, weight: e.c.weight })), weights, (args) => err('weights-sum', w('select.sub-weights-sum', args), ['criteria', 'weights']));
    criteria.push({
      id: g.id,
      number: String(n),
      label: g.label[lang],
      kind: g.kind,
      efc: g.efc,
      weightTenths: tenths,
      subCriteria: entries.map((e, si) => toSub(e.c, e.library, e.source, `${n}.${si + 1}`, subTenths[si]!, lang, marks)),
    });
  });
  checkPriceFormula(spec.price, w, err);
  checkPriceParts(spec.price, criteria.find((c) => c.kind === 'price')?.weightTenths, tl, w, err);
  const withThresholds = applyThresholds(criteria, spec.criteria.thresholds, w, err, tl);
  if (problems.length) throw new InputError(problems);

  const priceCriterion = criteria.find((c) => c.kind === 'price');
  return {
    lang,
    profileId: profile.id,
    profileEfcShare: profile.efc_share,
    scale: { min: 0, max: scaleMax, percent, marks },
    criteria: withThresholds,
    price: priceCriterion ? gridPrice(priceCriterion.id, priceCriterion.weightTenths, spec.price, priceCriterion.number) : undefined,
    efcTenths: criteria.filter((c) => c.efc).reduce((s, c) => s + c.weightTenths, 0),
  };
}

function fromLib(lc: LoadedCriterion, explicit: (string | number)[] | null) {
  return { c: lc.criterion, library: lc.library, source: lc.source, explicit };
}

/** Split a group's tenths between its criteria: explicit weights first, the rest in proportion to relative weights. */
function splitGroup(g: Group, tenths: number, items: readonly { id: string; weight: number }[], weights: Readonly<Record<string, number>>, fail: (args: WordArgs) => void): number[] {
  if (items.length === 0) return [];
  const fixed = items.map((it) => (weights[it.id] !== undefined ? Math.round(weights[it.id]! * 10) : undefined));
  const fixedSum = fixed.reduce<number>((s, x) => s + (x ?? 0), 0);
  const freeIdx = items.map((_, i) => i).filter((i) => fixed[i] === undefined);
  if (fixedSum > tenths || (freeIdx.length === 0 && fixedSum !== tenths)) {
    fail({ id: g.id, sum: formatShort(fixedSum / 10, getTerminalLang(), 1), points: formatShort(tenths / 10, getTerminalLang(), 1) });
    return items.map(() => 0);
  }
  const free = freeIdx.length ? largestRemainder(tenths - fixedSum, freeIdx.map((i) => items[i]!.weight)) : [];
  return items.map((_, i) => fixed[i] ?? free[freeIdx.indexOf(i)]!);
}

function toSub(c: Criterion, library: string, source: SourcePos | undefined, number: string, weightTenths: number, lang: Lang, marks: readonly number[]): GridSubCriterion {
  const levels: GridLevel[] = c.levels[lang].map((descriptor, level) => ({ level, mark: marks[level]!, descriptor }));
  return {
    id: c.id,
    number,
    label: c.label[lang],
    family: c.family,
    judges: c.judges,
    environmental: c.environmental,
    weightTenths,
    question: c.question[lang],
    evidence: c.evidence[lang],
    indicators: c.indicators[lang],
    levels,
    library,
    source,
  };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

export type { Profile };
