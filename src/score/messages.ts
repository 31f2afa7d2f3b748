import type { Lang } from '../model/common.js';
import { isMessageKey, MESSAGE_WORDS, t, type MessageKey } from '../wording/catalog.js';

/**
 * Wording of every finding of `score`: the catalog's `score.<code>` keys (src/wording/<lang>/messages.ts).
 * Findings stay data (code, severity, args); tests assert codes; people read these sentences in the report and on
 * the terminal.
 */
export function message(code: string, lang: Lang, args: Readonly<Record<string, string | number>> = {}): string {
  const key = `score.${code}`;
  return isMessageKey(key) ? t(lang, key, args) : code;
}

export const MESSAGE_CODES = Object.keys(MESSAGE_WORDS.fr)
  .filter((k) => k.startsWith('score.') && !k.startsWith('score.cli.'))
  .map((k) => k.slice('score.'.length)) as readonly string[];

export type { MessageKey };
