import type { Catalog, LoadedCriterion } from '../load/catalog.js';
import type { LoadedSpec } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import { LEVEL_COUNT, type Criterion } from '../model/criterion.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid, GridCriterion, GridLevel, GridSubCriterion, SourcePos, WeightRounding } from '../model/grid.js';
import { exactHundredths, toHundredths } from '../model/grid.js';
import type { GridSubTotal } from '../model/grid-tree.js';
import { checkChildren } from './tree.js';
import type { Group, Profile } from '../model/profile.js';
import { didYouMean } from '../util/suggest.js';
import { largestRemainder } from './round.js';
import { checkPriceFormula, checkPriceParts, checkPseDeclared, gridPrice } from './price-choice.js';
import { applyThresholds } from './thresholds.js';
import { t, type MessageKey, type WordArgs } from '../wording/catalog.js';
import { formatShort } from '../wording/format.js';
import { getTerminalLang } from '../wording/lang.js';

/** 100 points in hundredths: weights are integers so sums are exact, and a buyer's 5.81 is kept as written. */
const TOTAL = 10000;

/**
 * Spec + catalog → Grid: the award criteria (profile groups), their sub-criteria (library criteria retained for
 * the life function, plus includes and custom criteria, minus excludes) and their weights in hundredths of a point,
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
  const num = (x: number): string => formatShort(x, tl, 2);
  const err = (code: string, message: string, path: (string | number)[], hint?: string): void => {
    problems.push({ code, severity: 'error', message, path, ...source.positionOf(path), hint });
  };
  const at = (path: (string | number)[]): string => {
    const p = source.positionOf(path);
    return `${p.file}:${p.line}:${p.col}`;
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
    // Two custom criteria with one id: the second would silently replace the first and take its points.
    const first = spec.criteria.custom.findIndex((x) => x.id === c.id);
    if (first !== i) {
      err('duplicate-custom-id', w('select.duplicate-id', { id: c.id }), ['criteria', 'custom', first, 'id'], w('select.duplicate-id.other', { at: at(['criteria', 'custom', i, 'id']) }));
      err('duplicate-custom-id', w('select.duplicate-id', { id: c.id }), ['criteria', 'custom', i, 'id'], w('select.duplicate-id.other', { at: at(['criteria', 'custom', first, 'id']) }));
    }
  });
  const parentOf = checkChildren(spec.criteria.children, (id) => catalog.criteria.has(id) || spec.criteria.custom.some((c) => c.id === id), new Set(spec.criteria.exclude), { w, err, at, unknownCriterion });
  if (problems.length || !profile) throw new InputError(problems);

  // Candidates, in a stable order: libraries in the spec's order, then includes, then custom criteria.
  const excluded = new Set(spec.criteria.exclude);
  const picked = new Map<string, Entry>();
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
    if (!excluded.has(c.id) && !picked.has(c.id)) picked.set(c.id, { c, library: 'custom', source: source.positionOf(['criteria', 'custom', i, 'id']), explicit: ['criteria', 'custom', i, 'family'] });
  });
  // Children named in criteria.children are retained under their parent (and only there).
  for (const [kid, { path }] of parentOf) {
    if (!picked.has(kid) && catalog.criteria.has(kid)) picked.set(kid, fromLib(catalog.criteria.get(kid)!, path));
  }
  for (const parent of Object.keys(spec.criteria.children)) {
    if (!picked.has(parent) && (catalog.criteria.has(parent) || spec.criteria.custom.some((c) => c.id === parent))) err('unknown-parent', w('select.tree-unknown-parent', { id: parent }), ['criteria', 'children', parent], w('select.tree-parent-hint'));
  }

  // Assign each criterion to the group of the profile that holds its family.
  const groupOf = new Map<string, Group>();
  for (const g of profile.groups) for (const f of g.families) if (!groupOf.has(f)) groupOf.set(f, g);
  const members = new Map<string, typeof picked extends Map<string, infer V> ? V[] : never>();
  for (const g of profile.groups) members.set(g.id, []);
  for (const entry of picked.values()) {
    if (parentOf.has(entry.c.id)) continue; // placed under its parent, whatever its family
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
  // Weights are announced as the buyer wrote them, to 0.01: one more decimal is refused rather than rounded silently.
  for (const [key, value] of Object.entries(weights)) {
    if (!exactHundredths(value)) err('weights-precision', w('select.weights-precision', { key, value: String(value) }), ['criteria', 'weights', key], w('select.weights-precision.hint'));
  }
  for (const g of profile.groups) {
    if (weights[g.id] === undefined && !exactHundredths(g.weight)) err('weights-precision', w('select.weights-precision', { key: g.id, value: String(g.weight) }), ['criteria', 'profile'], w('select.weights-precision.hint'));
  }
  const groupWeights = profile.groups.map((g) => weights[g.id] ?? g.weight);
  const groupTotal = groupWeights.reduce((s, x) => s + toHundredths(x), 0);
  if (groupTotal !== TOTAL) {
    const firstOverride = profile.groups.find((g) => weights[g.id] !== undefined);
    err('weights-sum', w('select.weights-sum', { total: num(groupTotal / 100) }), firstOverride ? ['criteria', 'weights', firstOverride.id] : ['criteria', 'profile'], profile.groups.map((g, i) => `${g.id} ${num(groupWeights[i]!)}`).join(' + '));
  }
  profile.groups.forEach((g, i) => {
    if (g.kind === 'quality' && groupWeights[i]! > 0 && members.get(g.id)!.length === 0) {
      err('empty-group', w('select.empty-group', { id: g.id, points: num(groupWeights[i]!) }), ['criteria', 'libraries'], w('select.empty-group.hint', { id: g.id, families: g.families.join(w('select.or')) }));
    }
  });
  if (problems.length) throw new InputError(problems);

  const groupHundredths = groupWeights.map(toHundredths);
  const roundings: WeightRounding[] = [];
  const percent = spec.scoring.scale === 'percent';
  const scaleMax = percent ? 100 : (spec.scoring.scale as number);
  const marks = Array.from({ length: LEVEL_COUNT }, (_, l) => (l * scaleMax) / (LEVEL_COUNT - 1));
  let n = 0;
  const criteria: GridCriterion[] = [];
  profile.groups.forEach((g, gi) => {
    const hundredths = groupHundredths[gi]!;
    // A group given 0 points is dropped: neither the RC nor the grids print it, and `score` asks no price for a
    // price group of 0 points (lint's legal/price-criterion then asks why the award has no price criterion).
    if (hundredths === 0) return;
    n += 1;
    const entries = g.kind === 'price' ? [] : members.get(g.id)!;
    const leaves: GridSubCriterion[] = [];
    const subTotals: GridSubTotal[] = [];
    // Share `points` between `items` (explicit weights first), then place each: a leaf is marked, a parent
    // (criteria.children) is a subtotal whose points its children share in turn, at any depth.
    const share = (ownerId: string, points: number, items: readonly Entry[], prefix: string, wherePath: (string | number)[]): string[] => {
      const fixedKey = items.find((e) => weights[e.c.id] !== undefined)?.c.id;
      const split = splitGroup(ownerId, points, items.map((e) => ({ id: e.c.id, weight: e.c.weight })), weights, (args) => err('weights-sum', w('select.sub-weights-sum', args), fixedKey ? ['criteria', 'weights', fixedKey] : wherePath));
      if (split.rounded) roundings.push({ criterionId: ownerId, subIds: split.rounded.ids, exact: split.rounded.exact, printed: split.rounded.printed });
      return items.flatMap((e, si) => {
        const number = `${prefix}.${si + 1}`;
        const h = split.hundredths[si]!;
        const kids = spec.criteria.children[e.c.id];
        if (!kids) {
          leaves.push(toSub(e.c, e.library, e.source, number, h, lang, marks));
          return [e.c.id];
        }
        // In reading order (a parent before its own subtotals), whatever the depth.
        const at = subTotals.length;
        const leafIds = share(e.c.id, h, kids.map((k) => picked.get(k)!), number, ['criteria', 'children', e.c.id]);
        subTotals.splice(at, 0, { id: e.c.id, number, label: e.c.label[lang], weightHundredths: h, depth: number.split('.').length, childIds: [...kids], leafIds });
        return leafIds;
      });
    };
    share(g.id, hundredths, entries, String(n), ['criteria', 'weights']);
    criteria.push({
      id: g.id,
      number: String(n),
      label: g.label[lang],
      kind: g.kind,
      efc: g.efc,
      weightHundredths: hundredths,
      subCriteria: leaves,
      ...(subTotals.length ? { subTotals } : {}),
    });
  });
  checkPriceFormula(spec.price, w, err);
  checkPriceParts(spec.price, criteria.find((c) => c.kind === 'price')?.weightHundredths, tl, w, err);
  checkPseDeclared(spec, w, err);
  const withThresholds = applyThresholds(criteria, spec.criteria.thresholds, w, err, tl);
  if (problems.length) throw new InputError(problems);

  const priceCriterion = criteria.find((c) => c.kind === 'price');
  return {
    lang,
    profileId: profile.id,
    profileEfcShare: profile.efc_share,
    scale: { min: 0, max: scaleMax, percent, marks },
    criteria: withThresholds,
    price: priceCriterion ? gridPrice(priceCriterion.id, priceCriterion.weightHundredths, spec.price, priceCriterion.number) : undefined,
    efcHundredths: criteria.filter((c) => c.efc).reduce((s, c) => s + c.weightHundredths, 0),
    ...(roundings.length ? { roundings } : {}),
  };
}

interface Entry {
  readonly c: Criterion;
  readonly library: string;
  readonly source?: SourcePos;
  readonly explicit: (string | number)[] | null;
}

function fromLib(lc: LoadedCriterion, explicit: (string | number)[] | null): Entry {
  return { c: lc.criterion, library: lc.library, source: lc.source, explicit };
}

interface Split {
  readonly hundredths: number[];
  /** The sub-criteria whose share the tool had to round to 0.01, with their exact shares (points). */
  readonly rounded?: { readonly ids: string[]; readonly exact: number[]; readonly printed: number[] };
}

/**
 * Split a group's hundredths between its criteria: explicit weights first, exactly as written; the rest in proportion
 * to relative weights. Shares that fall on a hundredth are exact (35 points between 2 equal sub-criteria: 17,5 each;
 * 30 between 3: 10 each). When one does not (35 between 3: 11,666…), the largest-remainder rule keeps the sum exact
 * (11,67 + 11,67 + 11,66 = 35) and the split is returned as rounded, so lint reports it before publication: a
 * grid must never announce a weight the buyer did not choose without saying so.
 */
function splitGroup(ownerId: string, hundredths: number, items: readonly { id: string; weight: number }[], weights: Readonly<Record<string, number>>, fail: (args: WordArgs) => void): Split {
  if (items.length === 0) return { hundredths: [] };
  const fixed = items.map((it) => (weights[it.id] !== undefined ? toHundredths(weights[it.id]!) : undefined));
  const fixedSum = fixed.reduce<number>((s, x) => s + (x ?? 0), 0);
  const freeIdx = items.map((_, i) => i).filter((i) => fixed[i] === undefined);
  if (fixedSum > hundredths || (freeIdx.length === 0 && fixedSum !== hundredths)) {
    fail({ id: ownerId, sum: formatShort(fixedSum / 100, getTerminalLang(), 2), points: formatShort(hundredths / 100, getTerminalLang(), 2) });
    return { hundredths: items.map(() => 0) };
  }
  const shares = freeIdx.map((i) => items[i]!.weight);
  const free = freeIdx.length ? largestRemainder(hundredths - fixedSum, shares) : [];
  const total = shares.reduce((s, x) => s + x, 0);
  const exact = shares.map((x) => ((hundredths - fixedSum) * x) / total);
  const result = items.map((_, i) => fixed[i] ?? free[freeIdx.indexOf(i)]!);
  if (exact.every((x) => Math.abs(x - Math.round(x)) < 1e-6)) return { hundredths: result };
  return { hundredths: result, rounded: { ids: freeIdx.map((i) => items[i]!.id), exact: exact.map((x) => x / 100), printed: free } };
}

function toSub(c: Criterion, library: string, source: SourcePos | undefined, number: string, weightHundredths: number, lang: Lang, marks: readonly number[]): GridSubCriterion {
  const levels: GridLevel[] = c.levels[lang].map((descriptor, level) => ({ level, mark: marks[level]!, descriptor }));
  return {
    id: c.id,
    number,
    label: c.label[lang],
    family: c.family,
    judges: c.judges,
    environmental: c.environmental,
    weightHundredths,
    question: c.question[lang],
    evidence: c.evidence[lang],
    indicators: c.indicators[lang],
    levels,
    library,
    source,
  };
}


export type { Profile };
