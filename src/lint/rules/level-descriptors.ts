import { normalise } from '../classify.js';
import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import { definedHint, subCriteria } from '../locate.js';
import type { Rule } from '../types.js';

const id = 'legal/level-descriptors';

/** Descriptors that anchor nothing: a number, a grade word, a placeholder. */
const PLACEHOLDER = /^(?:tbd|todo|xxx+|\?+|-+|\.+|n\/?a|\d+(?:[.,]\d+)?(?:\s*\/\s*\d+)?(?:\s*points?)?|(?:niveau|level|note|mark) \d+|(?:tres )?(?:bien|bon|mauvais|insuffisant|passable|moyen|satisfaisant|excellent)|(?:very )?(?:good|poor|bad|fair|average|excellent|weak|insufficient|satisfactory|unsatisfactory))\.?$/;
/** Fewer words than this cannot say what evidence earns the level. */
const MIN_WORDS = 4;

/**
 * Criteria must not leave the buyer unlimited freedom (L2152-8): each mark is tied to a described, observable level.
 * Checks the six descriptors of every retained sub-criterion in both languages (a spec can be published in either).
 */
export const levelDescriptors: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['placeholder', 'duplicate', 'vague']),
  },
  check(ctx) {
    for (const { sub, criterion, loc } of subCriteria(ctx)) {
      if (!criterion) continue;
      const custom = sub.library === 'custom';
      for (const lang of ['fr', 'en'] as const) {
        const seen = new Map<string, number>();
        criterion.levels[lang].forEach((raw, level) => {
          const path = custom ? [...loc.path, 'levels', lang, level] : loc.path;
          const hint = definedHint(loc);
          const t = normalise(raw).replace(/[«»"“”]/g, '').trim();
          const args = { level, label: sub.label, lang, text: raw };
          if (PLACEHOLDER.test(t)) ctx.report({ messageId: 'placeholder', args, path, hint });
          else if (seen.has(t)) ctx.report({ messageId: 'duplicate', args: { ...args, first: seen.get(t)! }, path, hint });
          else {
            const words = t.split(/\s+/).filter(Boolean).length;
            if (words < MIN_WORDS) ctx.report({ messageId: 'vague', severity: 'warning', args: { ...args, words }, path, hint });
          }
          if (!seen.has(t)) seen.set(t, level);
        });
      }
    }
  },
};
