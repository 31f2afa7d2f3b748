import type { Criterion } from '../model/criterion.js';
import type { Lang } from '../model/common.js';
import type { GridSubCriterion } from '../model/grid.js';
import { subCriteria, type SubLocation } from './locate.js';
import { publishedTexts, pathLabel, type PublishedText } from './published-texts.js';
import type { LintContext } from './types.js';

/** One text of a criterion as the documents print it (the grid's language). */
export interface CriterionText {
  readonly field: 'label' | 'question' | 'evidence' | 'level' | 'indicator';
  readonly index?: number;
  readonly text: string;
}

/** The texts of a criterion printed in `lang`: label, question, evidence, level descriptors, indicators. */
export function criterionTexts(c: Criterion, lang: Lang): CriterionText[] {
  return [
    { field: 'label', text: c.label[lang] },
    { field: 'question', text: c.question[lang] },
    ...c.evidence[lang].map((text, index) => ({ field: 'evidence' as const, index, text })),
    ...c.levels[lang].map((text, index) => ({ field: 'level' as const, index, text })),
    ...c.indicators[lang].map((text, index) => ({ field: 'indicator' as const, index, text })),
  ];
}

/** Every retained sub-criterion with its printed texts. */
export function* criteriaTexts(ctx: LintContext): Generator<{ sub: GridSubCriterion; criterion: Criterion; loc: SubLocation; texts: CriterionText[] }> {
  const lang = ctx.grid?.lang ?? ctx.loaded.spec.language;
  for (const { sub, criterion, loc } of subCriteria(ctx)) if (criterion) yield { sub, criterion, loc, texts: criterionTexts(criterion, lang) };
}

/** The spec's own published texts (not criteria), with a readable name for messages. */
export function fieldTexts(ctx: LintContext): (PublishedText & { what: string })[] {
  // A lot's view shares the spec's texts (and a lot's own are listed under tender.lots): they are read once, at spec level.
  if (ctx.lot !== undefined) return [];
  return publishedTexts(ctx.loaded.spec).map((t) => ({ ...t, what: pathLabel(t.path) }));
}

/** Where to report a finding on a criterion: the custom entry's own field when it is custom, else the line that brings it. */
export function criterionPath(loc: SubLocation, custom: boolean, t: CriterionText, lang: Lang): (string | number)[] {
  if (!custom) return [...loc.path];
  const field = t.field === 'level' ? 'levels' : t.field === 'indicator' ? 'indicators' : t.field;
  if (t.field === 'label' || t.field === 'question') return [...loc.path, field, lang];
  return [...loc.path, field, lang, t.index!];
}
