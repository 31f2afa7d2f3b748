import { appendHint, checkText, clip, type TextFinding, type TextRole } from '../nlp/check-text.js';
import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import { definedHint } from '../locate.js';
import { criteriaTexts, criterionPath, fieldTexts } from '../text-sources.js';
import type { LText } from '../../model/common.js';
import type { Rule } from '../types.js';

const id = 'legal/local-preference';

/**
 * "Circuit court" is a legal notion, not a place: a sale with at most one intermediary between producer and buyer
 * (the definition CCP R2152-7 builds on for "approvisionnement direct"). The classifier (nlp/) reads it as an origin.
 * It is a preference only with a distance, an origin or a location attached ("circuit court à moins de 50 km"), which
 * the classifier still finds once the notion itself is set aside. Known false positive, reported to nlp/.
 */
const SHORT_CHAIN = /\b(?:en |des |les |de |du )?circuits? courts?\b|\bshort (?:supply |food )?chains?\b/gi;

/** The local-preference finding of a text, with "circuit court" read as the legal notion it is. */
export function originFinding(text: string, lang: 'fr' | 'en', role: TextRole = 'component'): TextFinding | undefined {
  const f = checkText(text, { lang, role }).find((x) => x.rule === id);
  if (!f || !/circuits? courts?|short (?:supply |food )?chains?/i.test(f.object)) return f;
  const rest = text.replace(SHORT_CHAIN, ' ');
  return rest === text ? f : checkText(rest, { lang, role }).find((x) => x.rule === id);
}

/** The origin or location found in a text, if any (either level). */
export function originMatch(text: string, lang: 'fr' | 'en' = 'fr'): string | undefined {
  const f = originFinding(text, lang);
  return f ? f.object || f.excerpt : undefined;
}

const hintOf = (f: TextFinding, defined: LText | undefined): LText => appendHint(f.rewrite, defined);

/**
 * Geographic or national preference is unlawful (equal treatment; CE 12 Sept. 2018 n° 420585 on distance to the
 * bidder). The detector (nlp/) asks who is favoured — the bidder, its suppliers or its products, or the service
 * itself (its users, its waste, its points of service) — and on what (seat, distance, origin, "local"). It reads
 * every text the documents publish: criteria, requirements, execution conditions, the solution's components.
 */
export const localPreference: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['origin', 'origin-text']),
  },
  check(ctx) {
    const lang = ctx.grid?.lang ?? ctx.loaded.spec.language;
    for (const { sub, loc, texts } of criteriaTexts(ctx)) {
      for (const t of texts) {
        const f = originFinding(t.text, lang);
        if (!f) continue;
        ctx.report({
          messageId: 'origin',
          severity: f.level === 'unsure' ? 'info' : undefined,
          args: { label: sub.label, match: f.object || clip(f.excerpt), who: f.cue || '—' },
          path: criterionPath(loc, sub.library === 'custom', t, lang),
          hint: hintOf(f, definedHint(loc)),
        });
        break;
      }
    }
    for (const t of fieldTexts(ctx)) {
      const f = originFinding(t.text, lang);
      // Context texts (governance, measurement, selection) judge no offer: what they say of a place is an info to check.
      if (f) ctx.report({ messageId: 'origin-text', severity: f.level === 'unsure' || t.role === 'context' ? 'info' : undefined, args: { what: t.what, match: f.object || clip(f.excerpt), who: f.cue || '—' }, path: t.path, hint: f.rewrite });
    }
  },
};
