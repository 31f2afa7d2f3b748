import type { GridCriterion } from '../model/grid.js';
import type { MessageKey, WordArgs } from '../wording/catalog.js';
import { formatShort } from '../wording/format.js';
import type { Lang } from '../model/common.js';
import { didYouMean } from '../util/suggest.js';

type Words = (key: MessageKey, args?: WordArgs) => string;
type Report = (code: string, message: string, path: (string | number)[], hint?: string) => void;

/**
 * criteria.thresholds → minPoints on the award criteria and sub-criteria they name. A threshold must name a quality
 * criterion or sub-criterion of the grid and stay within its points (a threshold above the weight would eliminate
 * every offer); a price threshold is refused: the price formula already ranks prices, and a minimum price score
 * would be an automatic exclusion of dear offers the RC cannot justify.
 */
export function applyThresholds(criteria: readonly GridCriterion[], thresholds: Readonly<Record<string, number>>, w: Words, report: Report, tl: Lang): GridCriterion[] {
  const ids = [...new Set(criteria.filter((c) => c.kind !== 'price').flatMap((c) => [c.id, ...c.subCriteria.map((s) => s.id)]))];
  for (const [id, min] of Object.entries(thresholds)) {
    const c = criteria.find((x) => x.id === id);
    const s = criteria.flatMap((x) => x.subCriteria).find((x) => x.id === id);
    const path = ['criteria', 'thresholds', id];
    if (!c && !s) {
      const guess = didYouMean(id, ids);
      report('unknown-threshold-key', w('select.threshold-unknown', { id, suggestion: guess ? w('load.did-you-mean', { guess }) : '' }), path, w('select.threshold-ids', { ids: ids.join(', ') }));
    } else if (c?.kind === 'price') report('threshold-on-price', w('select.threshold-on-price', { id }), path);
    else {
      const weight = (c ?? s)!.weightHundredths / 100;
      if (min > weight + 1e-9) report('threshold-above-weight', w('select.threshold-above-weight', { id, min: formatShort(min, tl, 2), weight: formatShort(weight, tl, 2) }), path);
    }
  }
  const min = (id: string): { minPoints?: number } => (thresholds[id] !== undefined ? { minPoints: thresholds[id] } : {});
  return criteria.map((c) => ({ ...c, ...(c.kind === 'price' ? {} : min(c.id)), subCriteria: c.subCriteria.map((s) => ({ ...s, ...min(s.id) })) }));
}
