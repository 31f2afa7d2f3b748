import { appendHint, checkText, clip, type TextFinding } from '../nlp/check-text.js';
import { docsAnchor, ruleDescription, ruleMessages } from '../messages.js';
import { definedHint } from '../locate.js';
import { criteriaTexts, criterionPath, fieldTexts } from '../text-sources.js';
import type { LText } from '../../model/common.js';
import type { Rule } from '../types.js';

const id = 'legal/general-capacity';

/**
 * The general capacity found in a text, if any (either level): for callers that only need a yes or no, such as the
 * check that the bundled libraries never ask for it.
 */
export function generalCapacityMatch(text: string, lang: 'fr' | 'en' = 'fr'): string | undefined {
  const f = checkText(text, { lang, role: 'award-rule' }).find((x) => x.rule === id);
  return f ? f.object || f.excerpt : undefined;
}

const hintOf = (f: TextFinding, defined: LText | undefined): LText => appendHint(f.rewrite, defined);

/**
 * CJEU Lianakis C-532/06 and R2152-7: the experience, staff, equipment and turnover of the firm in general are
 * selection criteria, not award criteria; the team *assigned to the contract* may be judged (C-601/13, art. 67 of
 * directive 2014/24). The detector (nlp/) asks who is judged — the company or the assigned team — and on what,
 * clause by clause, so one mention of the team does not exempt a clause that asks for the company's turnover.
 * It reads every criterion text and the award rules (tie-break, reasons for no price); capacities listed for the
 * selection of candidates are where they belong and are not read.
 */
export const generalCapacity: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['general', 'general-text']),
  },
  check(ctx) {
    const lang = ctx.grid?.lang ?? ctx.loaded.spec.language;
    for (const { sub, loc, texts } of criteriaTexts(ctx)) {
      // Level descriptors describe answers, good and poor ("the firm's overall workforce, with no assignment"): not read here.
      for (const t of texts.filter((x) => x.field !== 'level')) {
        const f = checkText(t.text, { lang, role: 'award-rule' }).find((x) => x.rule === id);
        if (!f) continue;
        ctx.report({
          messageId: 'general',
          severity: f.level === 'unsure' ? 'info' : undefined,
          args: { label: sub.label, match: f.object || clip(f.excerpt), who: f.cue || '—' },
          path: criterionPath(loc, sub.library === 'custom', t, lang),
          hint: hintOf(f, definedHint(loc)),
        });
        break;
      }
    }
    for (const t of fieldTexts(ctx)) {
      if (t.role !== 'award-rule') continue;
      const f = checkText(t.text, { lang, role: 'award-rule' }).find((x) => x.rule === id);
      if (f) ctx.report({ messageId: 'general-text', severity: f.level === 'unsure' ? 'info' : undefined, args: { what: t.what, match: f.object || clip(f.excerpt), who: f.cue || '—' }, path: t.path, hint: f.rewrite });
    }
  },
};
