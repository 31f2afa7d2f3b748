import { normalise } from '../classify.js';
import { clip } from '../nlp/check-text.js';
import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import { criteriaTexts, criterionPath, fieldTexts } from '../text-sources.js';
import type { Rule } from '../types.js';

const id = 'legal/abnormally-low';

/**
 * An automatic exclusion of low offers written in prose: an offer (or price) below some reference (a percentage, the
 * average, an estimate) that is set aside, rejected or eliminated without the request for explanations the code
 * requires. Both halves must be in one sentence: "lower" alone or "rejected" alone is ordinary tender language.
 */
const LOW = /\b(?:offres?|offers?|prix|prices?|bids?|tenders?|propositions?)\b[^.;]{0,80}?\b(?:inferieur\w*|plus bas\w*|en dessous|au-dessous|below|lower than|less than|under)\b/;
const OUT = /\b(?:ecart\w*|rejet\w*|elimin\w*|exclu\w*|irrecevable\w*|non retenu\w*|set aside|rejected|excluded|eliminated|disqualified|discarded|will not be considered|shall not be considered|(?:ne sera|ne seront) (?:pas|plus) (?:examine\w*|analyse\w*|evalue\w*|note\w*)|(?:will|shall) not be (?:evaluated|examined|assessed|scored|marked))\b/;
const UNLESS = /\b(?:apres (?:demande|avoir demande) de (?:precisions|justifications)|apres examen des (?:precisions|justifications)|after (?:requesting|asking for) (?:an )?explanations?|if (?:the|its) explanations)\b/;

export function lowOfferExclusion(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
    const t = normalise(sentence);
    if (LOW.test(t) && OUT.test(t) && !UNLESS.test(t)) return sentence.trim();
  }
  return undefined;
}

/**
 * L2152-5, L2152-6, R2152-3 to R2152-5: an offer that seems abnormally low must be questioned, and rejected only if
 * its explanations fail. A price threshold alone never justifies an exclusion — whether the spec sets it in
 * `price.abnormally_low` or writes it in prose in a tie-break, a criterion or the remuneration text.
 */
export const abnormallyLow: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['automatic', 'prose']),
  },
  check(ctx) {
    const al = ctx.loaded.spec.price.abnormally_low;
    if (al.handling === 'automatic-exclusion') {
      ctx.report({ messageId: 'automatic', args: { threshold: al.threshold_percent }, path: ['price', 'abnormally_low', 'handling'], hint: ruleHint(id) });
    }
    const lang = ctx.grid?.lang ?? ctx.loaded.spec.language;
    for (const t of fieldTexts(ctx)) {
      const found = lowOfferExclusion(t.text);
      if (found) ctx.report({ messageId: 'prose', args: { what: t.what, text: clip(found) }, path: t.path, hint: ruleHint(id) });
    }
    for (const { sub, loc, texts } of criteriaTexts(ctx)) {
      for (const t of texts) {
        const found = lowOfferExclusion(t.text);
        if (!found) continue;
        ctx.report({ messageId: 'prose', args: { what: `« ${sub.label} »`, text: clip(found) }, path: criterionPath(loc, sub.library === 'custom', t, lang), hint: ruleHint(id) });
        break;
      }
    }
  },
};
