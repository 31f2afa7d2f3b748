import type { Catalog } from '../load/catalog.js';
import type { LoadedSpec } from '../load/spec.js';
import type { YamlPath } from '../load/yaml.js';
import type { Lang } from '../model/common.js';
import type { Grid } from '../model/grid.js';
import type { Spec } from '../model/spec.js';
import { selectCriteria } from './select.js';

export type Lot = Spec['tender']['lots'][number];

/** One lot seen as a spec of its own, with the grid its offers are scored on. */
export interface ResolvedLot {
  readonly lot: Lot;
  /** The spec as this lot sees it (what the lot overrides, the rest shared), located in the same YAML file. */
  readonly loaded: LoadedSpec;
  readonly grid: Grid;
}

/**
 * The spec as lot `n` sees it: the lot's object, estimated value, CPV code, criteria (field by field: what the lot
 * writes replaces the spec's, the rest is shared) and indicators (the shared ones it keeps, then its own), and only
 * this lot in `tender.lots`. Pay rules on indicators the lot does not have are left out. Pure: the existing composers
 * and the selection run on the result unchanged. Throws when the lot does not exist (callers check first).
 */
export function resolveLot(spec: Spec, n: number): Spec {
  const lot = spec.tender.lots.find((l) => l.number === n);
  if (!lot) throw new Error(`resolveLot: no lot ${n}`);
  const kept = lot.indicators ? spec.usage_performance.filter((i) => lot.indicators!.includes(i.id)) : spec.usage_performance;
  const indicators = [...kept, ...(lot.usage_performance ?? [])];
  const ids = new Set(indicators.map((i) => i.id));
  const c = lot.criteria ?? {};
  const r = spec.remuneration;
  return {
    ...spec,
    tender: {
      ...spec.tender,
      object: lot.object ?? spec.tender.object,
      // A lot without its own value has none: the tender's total is not the lot's.
      estimated_value_eur: lot.estimated_value_eur,
      lots: [lot],
    },
    consultation: { ...spec.consultation, cpv: lot.cpv ?? spec.consultation.cpv },
    usage_performance: indicators,
    criteria: {
      profile: c.profile ?? spec.criteria.profile,
      libraries: c.libraries ?? spec.criteria.libraries,
      include: c.include ?? spec.criteria.include,
      exclude: c.exclude ?? spec.criteria.exclude,
      weights: c.weights ?? spec.criteria.weights,
      thresholds: c.thresholds ?? spec.criteria.thresholds,
      custom: c.custom ?? spec.criteria.custom,
      // A lot has no tree of its own (src/model/lots.ts): it divides the sub-criteria it keeps as the spec does.
      children: spec.criteria.children,
      no_price_justification: c.no_price_justification ?? spec.criteria.no_price_justification,
    },
    remuneration: {
      ...r,
      ...(r.indicators ? { indicators: r.indicators.filter((x) => ids.has(x.indicator)) } : {}),
      ...(r.gain_sharing ? { gain_sharing: r.gain_sharing.filter((x) => ids.has(x.indicator)) } : {}),
    },
  };
}

/**
 * The lot's view of a loaded spec. Positions follow the lot: a problem in a criteria field the lot overrides, or in
 * one of its own indicators, is reported where the lot writes it; a shared value is reported where the spec writes it.
 */
export function resolveLoadedLot(loaded: LoadedSpec, n: number): LoadedSpec {
  const { spec, source } = loaded;
  const index = spec.tender.lots.findIndex((l) => l.number === n);
  const lot = spec.tender.lots[index];
  if (!lot) throw new Error(`resolveLoadedLot: no lot ${n}`);
  const kept = lot.indicators ? spec.usage_performance.filter((i) => lot.indicators!.includes(i.id)) : spec.usage_performance;
  const lotPath = (path: YamlPath): YamlPath | undefined => {
    const [head, key, k, ...rest] = path;
    if (head === 'criteria' && typeof key === 'string' && lot.criteria && (lot.criteria as Record<string, unknown>)[key] !== undefined) return ['tender', 'lots', index, ...path];
    if (head === 'usage_performance' && typeof key === 'number') {
      if (key < kept.length) return ['usage_performance', spec.usage_performance.indexOf(kept[key]!), ...(k === undefined ? [] : [k]), ...rest];
      return ['tender', 'lots', index, 'usage_performance', key - kept.length, ...(k === undefined ? [] : [k]), ...rest];
    }
    if (head === 'tender' && (key === 'object' || key === 'estimated_value_eur') && lot[key] !== undefined) return ['tender', 'lots', index, key];
    return undefined;
  };
  return {
    ...loaded,
    spec: resolveLot(spec, n),
    source: { ...source, positionOf: (path) => source.positionOf(lotPath(path) ?? path) },
  };
}

/** Every lot of a spec resolved and selected, in the spec's order; none for a spec without lots. */
export function resolveLots(loaded: LoadedSpec, catalog: Catalog, lang?: Lang): ResolvedLot[] {
  return loaded.spec.tender.lots.map((lot) => {
    const view = resolveLoadedLot(loaded, lot.number);
    return { lot, loaded: view, grid: selectCriteria(view, catalog, lang) };
  });
}

/** Two grids that announce the same criteria, sub-criteria and weights: the RC then says "identical for all lots". */
export function sameGrid(a: Grid, b: Grid): boolean {
  const shape = (g: Grid): string =>
    JSON.stringify([g.profileId, g.price, g.criteria.map((c) => [c.id, c.weightHundredths, c.subCriteria.map((s) => [s.id, s.number, s.weightHundredths]), (c.subTotals ?? []).map((s) => [s.id, s.weightHundredths])])]);
  return shape(a) === shape(b);
}

/** Whether every lot is judged on the same criteria and the same indicators (one cadre de réponse serves them all). */
export function lotsAlike(lots: readonly ResolvedLot[]): boolean {
  if (lots.length < 2) return true;
  const ind = (l: ResolvedLot): string => JSON.stringify(l.loaded.spec.usage_performance.map((i) => i.id));
  return lots.every((l) => sameGrid(l.grid, lots[0]!.grid) && ind(l) === ind(lots[0]!));
}
