import type { Lang, LText } from '../model/common.js';
import type { MessageArgs, RuleMeta } from './types.js';

/** Fill {{placeholders}}; an unknown placeholder is left visible, so a wording mistake shows in tests rather than vanishing. */
export function fill(template: string, args: MessageArgs = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in args ? String(args[k]) : m));
}

export function message(meta: RuleMeta, messageId: string, args: MessageArgs | undefined, lang: Lang): string {
  const t = meta.messages[messageId];
  if (!t) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  return fill(t[lang], args);
}

export function text(t: LText | undefined, lang: Lang, args?: MessageArgs): string | undefined {
  return t ? fill(t[lang], args) : undefined;
}

/** README anchor of a rule: headings are the rule ids, e.g. "### legal/weights-sum" → #legalweights-sum. */
export const docsAnchor = (id: string): string => `#${id.replace(/\//g, '')}`;
