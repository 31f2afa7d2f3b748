import type { Lang, LText } from '../model/common.js';
import { bilingual, fill, isMessageKey, t, type MessageKey } from '../wording/catalog.js';
import type { MessageArgs, RuleMeta } from './types.js';

export { fill } from '../wording/catalog.js';

/**
 * A rule's wording lives in the catalog (src/wording/<lang>/messages.ts) under `lint.<rule id>.<message id>`, with
 * `lint.<rule id>.description` and `lint.<rule id>.hint`; rules take it from there in both languages.
 */
export const ruleMessages = (id: string, messageIds: readonly string[]): Readonly<Record<string, LText>> =>
  Object.fromEntries(messageIds.map((m) => [m, bilingual(`lint.${id}.${m}` as MessageKey)]));

/** The rule's one-line description, in English for the JSON rule list (`ruleDescriptionIn` words it for people). */
export const ruleDescription = (id: string): string => t('en', `lint.${id}.description` as MessageKey);
export const ruleDescriptionIn = (id: string, lang: Lang): string => (isMessageKey(`lint.${id}.description`) ? t(lang, `lint.${id}.description` as MessageKey) : ruleDescription(id));

/** The rule's fixed hint, in both languages. */
export const ruleHint = (id: string): LText => bilingual(`lint.${id}.hint` as MessageKey);

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

/** A finding's message as shown: prefixed with its lot when it is about a lot's own criteria. */
export const withLot = (msg: string, lot: number | undefined, lang: Lang): string => (lot === undefined ? msg : t(lang, 'lint.lot.prefix', { lot, message: msg }));
