import { appendHint, checkText, clip, kindWord, rewrite, sentences, type CheckTextOptions, type TextFinding } from '../nlp/check-text.js';
import { normalise } from '../classify.js';
import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import { definedHint } from '../locate.js';
import { criteriaTexts, criterionPath, fieldTexts } from '../text-sources.js';
import type { LText } from '../../model/common.js';
import type { Rule, RuleContext } from '../types.js';

const id = 'efc/means-not-effects';

/** The rewrite, followed by where a library criterion is written. */
const withDefined = (rewrite: LText, defined: LText | undefined): LText => appendHint(rewrite, defined);

/** Message arguments shared by every finding: why (cue, object, kind) in both languages is resolved at wording time. */
const why = (f: TextFinding, lang: 'fr' | 'en') => ({ cue: f.cue || '—', object: f.object || '—', kind: kindWord(f.kind, lang), text: clip(f.excerpt) });

/** A cost or price read as the payment cue… */
const COST_CUE = /^(?:cout|couts|cost|costs|prix|price|prices|tarifs?|fees?)$/;
/** …in a sentence that names the people who bear it: households, families, residents, users, taxpayers. */
const PEOPLE = /\b(?:menages?|foyers?|familles?|contribuables?|habitants?|usagers?|households?|families|family|taxpayers?|residents?|users?)\b/;

/**
 * A sentence about what a service costs the people ("le coût du service pèse sur les ménages", "transport costs in
 * the budget of low-income households") describes a burden to relieve — a stake — not what the contract pays for:
 * the classifier (nlp/) reads its "coût" as a payment cue. Known false positive, kept out here and reported to nlp/.
 */
export const burdenOnPeople = (f: TextFinding): boolean => COST_CUE.test(normalise(f.cue)) && PEOPLE.test(normalise(f.excerpt));

/** The first means finding of a text, sentence by sentence, leaving out a burden on people read as pay. */
export function meansFinding(text: string, opts: CheckTextOptions): TextFinding | undefined {
  for (const s of sentences(text)) {
    const f = checkText(s, opts).find((x) => x.rule === id);
    if (f && !burdenOnPeople(f)) return f;
  }
  return undefined;
}

/**
 * An EFC tender contracts on usage performance and useful effects and leaves the means to the bidders. This rule
 * reads every text the documents publish (criteria and what the contract requires or pays: see published-texts.ts)
 * with the classifier of nlp/ (the obligation or scoring cue and what it bears on), and reports each means found
 * with why and what to write instead, taking an example from the spec's life function. Uncertain cases are infos.
 */
export const meansNotEffects: Rule = {
  meta: {
    id,
    severity: 'warning',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['declared', 'means-criterion', 'means-text']),
  },
  check(ctx) {
    const lang = ctx.grid?.lang ?? ctx.loaded.spec.language;
    const lifeFunction = ctx.catalog.functions.get(ctx.loaded.spec.life_function);
    for (const { sub, criterion, loc, texts } of criteriaTexts(ctx)) {
      const custom = sub.library === 'custom';
      const defined = definedHint(loc);
      let found: { f: TextFinding; path: (string | number)[] } | undefined;
      // What the criterion judges is its label and question; evidence and levels list what proves an answer. A bundled
      // library criterion declares what it judges and is reviewed with its library: only the buyer's own are read.
      for (const t of custom ? texts.filter((x) => x.field === 'label' || x.field === 'question') : []) {
        const f = meansFinding(t.text, { lang, lifeFunction, role: 'criterion' });
        if (f) {
          found = { f, path: criterionPath(loc, custom, t, lang) };
          break;
        }
      }
      if (criterion.judges === 'means' || criterion.family === 'technical-means') {
        const hint = found?.f.rewrite ?? rewrite('means-effects', 'resource', lifeFunction);
        ctx.report({ messageId: 'declared', args: { label: sub.label }, path: loc.path, pos: custom ? loc.pos : undefined, hint: withDefined(hint, defined) });
      } else if (found) {
        ctx.report({
          messageId: 'means-criterion',
          severity: found.f.level === 'unsure' ? 'info' : undefined,
          args: { label: sub.label, ...why(found.f, lang) },
          path: found.path,
          hint: withDefined(found.f.rewrite, defined),
        });
      }
    }
    checkFields(ctx, lang, lifeFunction);
  },
};

function checkFields(ctx: RuleContext, lang: 'fr' | 'en', lifeFunction: Parameters<typeof checkText>[1]['lifeFunction']): void {
  for (const t of fieldTexts(ctx)) {
    if (t.role === 'context' || t.role === 'component' || t.role === 'award-rule') continue;
    const f = meansFinding(t.text, { lang, lifeFunction, role: t.role });
    if (!f || (t.sureOnly && f.level !== 'sure')) continue;
    // Without an obligation or payment cue the text names means without prescribing them for sure: an info.
    ctx.report({ messageId: 'means-text', severity: f.level === 'unsure' || !f.cue ? 'info' : undefined, args: { what: t.what, ...why(f, lang) }, path: t.path, hint: f.rewrite });
  }
}
