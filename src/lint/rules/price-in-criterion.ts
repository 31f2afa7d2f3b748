import { normalise } from '../classify.js';
import { appendHint, clip } from '../nlp/check-text.js';
import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import { definedHint } from '../locate.js';
import { criteriaTexts, criterionPath, criterionTexts } from '../text-sources.js';
import type { Rule } from '../types.js';

const id = 'legal/price-in-criterion';

const PRICE = String.raw`(?:prix|price|montant|amount|cout|cost|offre|offer|bid|tender|proposition)`;
const LOWEST = String.raw`(?:(?:le |la )?(?:plus bas(?:se)?|moins disant\w*|moins cher\w*|minimum|mini)|lowest|cheapest|minimum)`;
const DIVIDE = String.raw`(?:\/|÷|divise\w* par|divided by|rapporte\w* (?:a|au)|over)`;
const TIMES = String.raw`(?:x|×|\*|fois|multipli\w* par|times|multiplied by)`;

/**
 * A price-marking rule written in prose or as a formula: a ratio of the lowest price to the offer's ("Pmin/P",
 * "40 × prix le plus bas / prix de l'offre"), a mark equal to an expression of prices, or the lowest price receiving
 * the full mark. Each pattern needs both a price word and the marking structure: "prix" alone, or "note" alone, is
 * ordinary criterion language ("le prix des repas pour les familles", "note méthodologique").
 */
const PATTERNS: readonly RegExp[] = [
  // Pmin / P, P / Pmin, Pmoy, Pmax: the symbols of a price formula.
  /\bp\s*[._]?\s*(?:min|mini|minimum|moy|max|o|offre|i|n)\b\s*(?:\/|÷|-|−|x|×|\*)\s*\(?\s*p\b|\bp\s*(?:\/|÷)\s*p\s*[._]?\s*(?:min|mini|minimum|moy|max)\b|\b(?:pmin|pmoy|pmax|p min|p moy|p max)\b/,
  // "prix le plus bas / prix de l'offre", "lowest price divided by the bid price"
  new RegExp(String.raw`\b${PRICE}\s+(?:\w+\s+){0,2}${LOWEST}\b[^.;]{0,25}?\s*${DIVIDE}\s*(?:le |la |l'|the )?${PRICE}\b`),
  new RegExp(String.raw`\b${LOWEST}\s+${PRICE}\b[^.;]{0,25}?\s*${DIVIDE}\s*(?:le |la |l'|the )?${PRICE}\b`),
  // "note = 40 × prix …", "mark = 40 x lowest price / …", "N = Nmax × …"
  new RegExp(String.raw`\b(?:note|mark|score|points?|n)\s*(?:prix\s*|price\s*)?=\s*[^.;]{0,40}?${TIMES}[^.;]{0,40}?\b${PRICE}\b`),
  new RegExp(String.raw`\b(?:note|mark|score)\s*(?:prix\s*|price\s*)?=\s*[^.;]{0,40}?\b${PRICE}\b[^.;]{0,40}?${DIVIDE}`),
  // "the lowest price receives full marks", "l'offre la moins disante obtient la note maximale"
  new RegExp(
    String.raw`\b(?:${LOWEST}\s+${PRICE}|${PRICE}\s+(?:\w+\s+){0,2}${LOWEST})\b[^.;]{0,40}?\b(?:obtien\w*|recoi\w*|recevr\w*|se voit attribuer|aura|obtiendra|est note\w*|receives?|gets?|obtains?|is awarded|is given|scores?|will (?:receive|get|score|be awarded|be given)|shall (?:receive|get|be awarded|be given))\b[^.;]{0,30}?\b(?:note maxi\w*|note de \d+|maximum|max|totalite des points|tous les points|\d+(?:[.,]\d+)? points?|full (?:marks?|points?|score)|highest (?:mark|score)|the maximum|all (?:the )?points|\d+(?:[.,]\d+)? marks?)`,
  ),
  // "la note maximale est attribuée au prix le plus bas", "full marks go to the lowest price"
  new RegExp(
    String.raw`\b(?:note maxi\w*|totalite des points|full marks?|highest mark|maximum (?:mark|score|points))\b[^.;]{0,40}?\b(?:attribue\w*|accorde\w*|donne\w*|goes?|go|awarded|given)\s+(?:a|au|a la|to)\s+(?:l'|la |le |the )?(?:${LOWEST}\s+${PRICE}|${PRICE}\s+(?:\w+\s+){0,2}${LOWEST})\b`,
  ),
];

/** The price-marking rule found in a text, if any: the sentence that writes it. */
export function priceRule(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
    const t = normalise(sentence);
    if (PATTERNS.some((re) => re.test(t))) return sentence.trim();
  }
  return undefined;
}

/**
 * Price is marked by the price criterion and its formula only (price.formula, checked by legal/price-formula). A
 * quality criterion whose label, question, evidence or level descriptors write a price-marking rule counts price a
 * second time under a quality weight: the announced weighting is no longer the real one (R2152-7, R2152-12), and the
 * formula escapes the checks on the price formula. One finding per sub-criterion, at the first text that writes it.
 */
export const priceInCriterion: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['formula']),
  },
  check(ctx) {
    const lang = ctx.grid?.lang ?? ctx.loaded.spec.language;
    for (const { sub, criterion, loc } of criteriaTexts(ctx)) {
      // The grid's language first, then the other: a library is published in either.
      for (const l of [lang, lang === 'fr' ? 'en' : 'fr'] as const) {
        const texts = criterionTexts(criterion, l);
        const hit = texts.map((t) => ({ t, found: priceRule(t.text) })).find((x) => x.found);
        if (!hit) continue;
        ctx.report({
          messageId: 'formula',
          args: { label: sub.label, text: clip(hit.found!) },
          path: criterionPath(loc, sub.library === 'custom', hit.t, l),
          hint: appendHint(ruleHint(id), definedHint(loc)),
        });
        break;
      }
    }
  },
};
