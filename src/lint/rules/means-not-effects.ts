import { findMeansSentence } from '../classify.js';
import { EFFECT_SUGGESTIONS, type MeansTopic } from '../lexicon.js';
import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import { t } from '../../wording/catalog.js';
import { definedHint, subCriteria } from '../locate.js';
import type { LText } from '../../model/common.js';
import type { Rule, RuleContext } from '../types.js';

const id = 'efc/means-not-effects';

const suggest = (topic: MeansTopic | undefined, extra?: LText): LText => {
  const s = EFFECT_SUGGESTIONS[topic ?? 'provision'];
  const hint = (lang: 'fr' | 'en'): string =>
    extra ? t(lang, `lint.${id}.hintExample`, { suggestion: s[lang], example: extra[lang] }) : t(lang, `lint.${id}.hint`, { suggestion: s[lang] });
  return { fr: hint('fr'), en: hint('en') };
};

const clip = (s: string): string => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

/**
 * An EFC tender contracts on usage performance and useful effects and leaves the means to the bidders. This rule
 * looks at what the tender judges (criteria declared `judges: means`, and the words of every criterion) and at what
 * it requires (object, lots, stakes, usage-performance indicators), with the classifier of classify.ts.
 */
export const meansNotEffects: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['declared', 'criterion', 'requirement']),
  },
  check(ctx) {
    for (const { sub, criterion, loc } of subCriteria(ctx)) {
      if (!criterion) continue;
      const texts = (['fr', 'en'] as const).flatMap((l) => [criterion.label[l], criterion.question[l]]);
      const found = texts.map((text) => findMeansSentence(text)).find((x) => x !== undefined);
      const where = sub.library === 'custom' ? { path: loc.path, pos: loc.pos } : { path: loc.path };
      const lib = definedHint(loc);
      if (criterion.judges === 'means' || criterion.family === 'technical-means') {
        ctx.report({ messageId: 'declared', args: { label: sub.label }, ...where, hint: suggest(found?.c.topic, lib) });
      } else if (found) {
        ctx.report({ messageId: 'criterion', args: { label: sub.label, text: clip(found.sentence) }, ...where, hint: suggest(found.c.topic, lib) });
      }
    }
    checkRequirements(ctx);
  },
};

/** Free text of the spec that states what the contract requires. Components of the integrated solution are means by nature and are not checked. */
function checkRequirements(ctx: RuleContext): void {
  const { spec } = ctx.loaded;
  const items: { what: string; text: string | undefined; path: (string | number)[] }[] = [
    { what: 'tender.object', text: spec.tender.object, path: ['tender', 'object'] },
    ...spec.tender.lots.flatMap((lot, i) => [
      { what: `lot ${lot.number}`, text: lot.title, path: ['tender', 'lots', i, 'title'] },
      { what: `lot ${lot.number}`, text: lot.description, path: ['tender', 'lots', i, 'description'] },
    ]),
    ...spec.stakes.map((text, i) => ({ what: `stakes[${i}]`, text, path: ['stakes', i] })),
    ...spec.usage_performance.map((ind, i) => ({ what: `indicator ${ind.id}`, text: ind.label, path: ['usage_performance', i, 'label'] })),
  ];
  for (const it of items) {
    if (!it.text) continue;
    const found = findMeansSentence(it.text);
    if (found) ctx.report({ messageId: 'requirement', args: { what: it.what, text: clip(found.sentence) }, path: it.path, hint: suggest(found.c.topic) });
  }
}
