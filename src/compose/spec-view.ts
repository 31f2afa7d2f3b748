import type { Catalog } from '../load/catalog.js';
import type { Lang } from '../model/common.js';
import type { Grid } from '../model/grid.js';
import { documentDate, type Spec } from '../model/spec.js';
import { priceFormulaOf } from '../score/price-formulas.js';
import { buyerKind, buyerName } from './buyer-name.js';
import { formatNumber, formatPoints } from './format.js';
import { pseSentence } from './price-parts-tables.js';
import type { TemplateSet } from './templates.js';

/** What the templates see: the spec as written, plus labels and figures already formatted in the document's language. */
export function specView(spec: Spec, grid: Grid, catalog: Catalog, t: TemplateSet) {
  const lang: Lang = t.lang;
  const fn = catalog.functions.get(spec.life_function);
  const price = grid.price ? priceFormulaOf(grid.price) : undefined;
  const qualityHundredths = grid.criteria.filter((c) => c.kind === 'quality').reduce((s, c) => s + c.weightHundredths, 0);
  return {
    spec,
    lang,
    buyer: spec.buyer,
    /** The buyer's name with its article in a sentence: `{{buyerName.by}}` → "par la Communauté …" (buyer-name.ts). */
    buyerName: buyerName(spec.buyer.name, lang),
    /** The buyer's legal form, minus what its name already says: "établissement public de coopération intercommunale". */
    buyerKind: buyerKind(spec.buyer.name, spec.buyer.kind),
    territory: spec.territory,
    tender: spec.tender,
    documentDate: documentDate(spec),
    procedureLabel: t.label(`procedure.${spec.tender.procedure}`),
    durationYears: formatNumber(spec.tender.duration_months / 12, lang, spec.tender.duration_months % 12 ? 1 : 0),
    lifeFunction: fn ? { label: fn.label[lang], description: fn.description[lang] } : { label: spec.life_function, description: '' },
    indicators: spec.usage_performance.map((ind) => ({ ...ind, fieldLabel: t.label(`field.${ind.field}`), directionLabel: t.label(`direction.${ind.direction}`) })),
    fields: (['social', 'ecology', 'economy'] as const).map((f) => ({ id: f, label: t.label(`field.${f}`), effects: spec.useful_effects[f], indicators: spec.usage_performance.filter((i) => i.field === f).map((i) => i.label) })),
    engagedActors: spec.actors.filter((a) => a.status === 'engaged'),
    actorsToAssociate: spec.actors.filter((a) => a.status === 'to-associate'),
    mechanismLabel: t.label(`mechanism.${spec.remuneration.mechanism}`),
    grid: {
      criteria: grid.criteria.map((c) => ({ ...c, points: formatPoints(c.weightHundredths, lang), subCriteria: c.subCriteria.map((s) => ({ ...s, points: formatPoints(s.weightHundredths, lang) })) })),
      qualityCriteria: grid.criteria.filter((c) => c.kind === 'quality').map((c) => ({ ...c, points: formatPoints(c.weightHundredths, lang), subCriteria: c.subCriteria.map((s) => ({ ...s, points: formatPoints(s.weightHundredths, lang) })) })),
      qualityPoints: formatPoints(qualityHundredths, lang),
      efcPoints: formatPoints(grid.efcHundredths, lang),
      scaleMax: grid.scale.max,
      marks: grid.scale.marks.map((m) => formatNumber(m, lang)).join(' ; '),
      environmental: grid.criteria.flatMap((c) => c.subCriteria).filter((s) => s.environmental).map((s) => `${s.number} ${s.label}`),
      // Equal sub-criteria whose points the tool had to round: the RC says why they print 6,67 / 6,67 / 6,66.
      roundings: (grid.roundings ?? []).map((r) => {
        const owner = grid.criteria.find((c) => c.id === r.criterionId) ?? grid.criteria.flatMap((c) => c.subTotals ?? []).find((s) => s.id === r.criterionId);
        const numberOf = (id: string): string => grid.criteria.flatMap((c) => c.subCriteria).find((s) => s.id === id)?.number ?? id;
        // Only the shares that do not fall on a hundredth were rounded; the others are announced exactly.
        const off = r.subIds.map((id, k) => ({ id, exact: r.exact[k]!, printed: r.printed[k]! })).filter((x) => Math.abs(x.exact * 100 - Math.round(x.exact * 100)) > 1e-9);
        const allEqual = off.every((x) => Math.abs(x.exact - off[0]!.exact) < 1e-9);
        const sep = lang === 'fr' ? ' ; ' : '; ';
        return t.label('rc.weightRounding', {
          subs: off.map((x) => numberOf(x.id)).join(', '),
          number: owner?.number ?? r.criterionId,
          points: formatPoints(r.printed.reduce((s, x) => s + x, 0), lang),
          exact: allEqual ? t.label('rc.weightRounding.each', { share: exactShare(off[0]!.exact, lang) }) : off.map((x) => exactShare(x.exact, lang)).join(sep),
          printed: off.map((x) => formatPoints(x.printed, lang)).join(sep),
        });
      }),
    },
    price: price && grid.price
      ? { label: price.label[lang], expression: price.expression[lang], whenToUse: price.whenToUse[lang], points: formatPoints(grid.price.weightHundredths, lang), basis: grid.price.basis, parts: Boolean(grid.price.parts?.length), pseText: pseSentence(grid, (key, args) => t.label(key, args)) }
      : undefined,
    profile: catalog.profiles.get(grid.profileId),
    profileLabel: catalog.profiles.get(grid.profileId)?.label[lang] ?? grid.profileId,
  };
}
export type SpecView = ReturnType<typeof specView>;

/** An exact share that does not fall on a hundredth: 5,625 when it ends there, 6,666… when it goes on. */
function exactShare(x: number, lang: Spec['language']): string {
  const cut = Math.trunc(x * 1000 + 1e-9) / 1000;
  return formatNumber(cut, lang, 3) + (Math.abs(x - cut) > 1e-9 ? '…' : '');
}
