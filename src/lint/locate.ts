import { relative, sep } from 'node:path';
import { bilingualFilled } from '../wording/catalog.js';
import { PACKAGE_ROOT } from '../load/paths.js';
import type { Criterion } from '../model/criterion.js';
import type { GridSubCriterion, SourcePos } from '../model/grid.js';
import type { LText } from '../model/common.js';
import type { LintContext } from './types.js';

export type YamlPath = readonly (string | number)[];

/** Where the spec asks for a sub-criterion: its custom entry, its include line, or the library line that brings it. */
export interface SubLocation {
  readonly path: YamlPath;
  readonly pos?: SourcePos;
  /** For library criteria: where the criterion itself is written (shown as a hint). */
  readonly definedAt?: SourcePos;
}

export function locateSub(ctx: LintContext, sub: Pick<GridSubCriterion, 'id' | 'library' | 'source'>): SubLocation {
  const { spec } = ctx.loaded;
  const ci = spec.criteria.custom.findIndex((c) => c.id === sub.id);
  if (sub.library === 'custom' && ci >= 0) return { path: ['criteria', 'custom', ci], pos: sub.source };
  const ii = spec.criteria.include.indexOf(sub.id);
  if (ii >= 0) return { path: ['criteria', 'include', ii], definedAt: sub.source };
  const li = spec.criteria.libraries.indexOf(sub.library);
  return { path: li >= 0 ? ['criteria', 'libraries', li] : ['criteria'], definedAt: sub.source };
}

/** The full bilingual criterion behind a grid sub-criterion (the grid keeps one language only). */
export function criterionOf(ctx: LintContext, id: string): Criterion | undefined {
  return ctx.loaded.spec.criteria.custom.find((c) => c.id === id) ?? ctx.catalog.criteria.get(id)?.criterion;
}

/** Every sub-criterion of the grid with its criterion, its location and its full text (both languages). */
export function* subCriteria(ctx: LintContext): Generator<{ sub: GridSubCriterion; criterion?: Criterion; loc: SubLocation }> {
  for (const c of ctx.grid?.criteria ?? []) for (const sub of c.subCriteria) yield { sub, criterion: criterionOf(ctx, sub.id), loc: locateSub(ctx, sub) };
}

/** Hint naming the library file of a library criterion. */
export function definedHint(loc: SubLocation): LText | undefined {
  if (!loc.definedAt) return undefined;
  return bilingualFilled('lint.definedAt', { at: writtenAt(loc.definedAt) });
}

/** "file:line:col" of a position; bundled libraries are named relative to the package, so messages (and the annex) do not depend on the install path. */
export function writtenAt(pos: SourcePos): string {
  const file = pos.file.startsWith(PACKAGE_ROOT + sep) ? `efc-tender/${relative(PACKAGE_ROOT, pos.file).split(sep).join('/')}` : pos.file;
  return `${file}:${pos.line}:${pos.col}`;
}

/** The texts of a criterion that describe what is judged (label, question, evidence), both languages. */
export function judgedTexts(c: Criterion): { lang: 'fr' | 'en'; field: string; text: string }[] {
  const out: { lang: 'fr' | 'en'; field: string; text: string }[] = [];
  for (const lang of ['fr', 'en'] as const) {
    out.push({ lang, field: 'label', text: c.label[lang] }, { lang, field: 'question', text: c.question[lang] });
    c.evidence[lang].forEach((t, i) => out.push({ lang, field: `evidence[${i}]`, text: t }));
  }
  return out;
}

/** The path of the first weight override among the given keys, else the profile line (where the weights come from). */
export function weightPath(ctx: LintContext, keys: readonly string[]): YamlPath {
  const w = ctx.loaded.spec.criteria.weights;
  const k = keys.find((id) => w[id] !== undefined);
  return k ? ['criteria', 'weights', k] : ['criteria', 'profile'];
}
