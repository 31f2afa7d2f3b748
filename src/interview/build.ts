import { Document, isScalar } from 'yaml';
import type { Catalog } from '../load/catalog.js';
import type { Lang } from '../model/common.js';
import { SpecSchema, type Spec } from '../model/spec.js';
import { QUESTIONS } from './questions/index.js';
import { candidateCriteria } from './questions/criteria.js';
import type { Answers } from './types.js';
import { totalValue } from './thresholds.js';
import { t } from '../wording/catalog.js';

/**
 * Answers → spec. Simple answers land at the spec path named by their id; a few are derived (fixed share,
 * include/exclude lists). The result goes through SpecSchema, so it is exactly what loadSpec will read back.
 */

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}

/** The answers that count: those of questions that apply given the other answers. */
export function activeAnswers(answers: Readonly<Answers>): Answers {
  const out: Answers = {};
  for (const q of QUESTIONS) if (answers[q.id] != null && (!q.when || q.when(answers))) out[q.id] = answers[q.id];
  return out;
}

/** Answers that are not spec fields: choices the interview turns into fields (or none). */
const NOT_IN_SPEC = /^(criteria\.retained|tender\.value_period|details\..*)$/;

/** Spec fields the interview derives from its answers rather than asks (written back on an edit too). */
export const DERIVED_PATHS = ['remuneration.fixed_share', 'criteria.include', 'criteria.exclude'] as const;

export function specInput(answers: Readonly<Answers>, lang: Lang, catalog: Catalog): Record<string, unknown> {
  const a = activeAnswers(answers);
  const spec: Record<string, unknown> = { version: 1, language: lang };
  for (const [id, value] of Object.entries(a)) {
    if (NOT_IN_SPEC.test(id)) continue;
    setPath(spec, id, value);
  }
  // An amount given per year is written as the contract's total value, the figure thresholds and documents use.
  if (typeof a['tender.estimated_value_eur'] === 'number' && a['tender.value_period'] === 'annual') {
    setPath(spec, 'tender.estimated_value_eur', totalValue(a['tender.estimated_value_eur'] as number, 'annual', Number(a['tender.duration_months'] ?? 12)));
  }
  if (typeof a['remuneration.performance_share'] === 'number') setPath(spec, 'remuneration.fixed_share', 100 - (a['remuneration.performance_share'] as number));
  // Retained sub-criteria → include (non-default ones ticked) and exclude (default ones unticked).
  const retained = Array.isArray(a['criteria.retained']) ? new Set(a['criteria.retained'] as string[]) : undefined;
  const candidates = candidateCriteria(catalog, a);
  const include = retained ? [...retained].filter((id) => !candidates.some((c) => c.id === id && c.default)) : [];
  const exclude = retained ? candidates.filter((c) => c.default && !retained.has(c.id)).map((c) => c.id) : [];
  setPath(spec, 'criteria.include', include);
  setPath(spec, 'criteria.exclude', exclude);
  return spec;
}

export type BuildResult = { ok: true; spec: Spec } | { ok: false; issues: readonly { path: readonly PropertyKey[]; message: string }[] };

export function buildSpec(answers: Readonly<Answers>, lang: Lang, catalog: Catalog): BuildResult {
  const r = SpecSchema.safeParse(specInput(answers, lang, catalog));
  return r.success ? { ok: true, spec: r.data } : { ok: false, issues: r.error.issues };
}


/** The spec as readable YAML: schema key order, a blank line between sections, long texts kept on one line. */
export function specYaml(spec: Spec, lang: Lang, fileName: string): string {
  const doc = new Document(spec);
  doc.commentBefore = t(lang, 'interview.specHeader', { file: fileName });
  const items = (doc.contents as { items?: { key: unknown }[] } | null)?.items ?? [];
  items.forEach((pair, i) => {
    if (i > 1 && isScalar(pair.key)) pair.key.spaceBefore = true; // version and language stay together
  });
  return doc.toString({ lineWidth: 0 });
}
