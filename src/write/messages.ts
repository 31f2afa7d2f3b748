import type { Lang } from '../model/common.js';
import { isMessageKey, t, type MessageKey, type WordArgs } from '../wording/catalog.js';

/** What the output writer says: the catalog's `write.*` keys (src/wording/{fr,en}/diagnostics.ts). */
export type WriterWord =
  | 'exists'
  | 'existsHint'
  | 'notAFile'
  | 'notAFileHint'
  | 'notAFolder'
  | 'diskFull'
  | 'diskFullHint'
  | 'cannotWrite'
  | 'cannotWriteHint'
  | 'noneWritten'
  | 'rollbackFailed'
  | 'locked'
  | 'lockedHint'
  | 'lockLost';

export const say = (key: WriterWord, lang: Lang, values: WordArgs = {}): string => t(lang, `write.${key}`, values);

/** A filesystem error code in words (`write.reason.<CODE>`); the code itself follows in brackets for whoever searches for it. */
export function reason(code: string | undefined, lang: Lang): string {
  if (!code) return '?';
  const key = `write.reason.${code}`;
  return isMessageKey(key) ? `${t(lang, key as MessageKey)} (${code})` : code;
}
