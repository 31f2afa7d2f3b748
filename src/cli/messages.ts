import { getTerminalLang } from '../wording/lang.js';
import { rewordDiagnostic } from '../wording/diagnostic.js';
import type { Diagnostic } from '../model/diagnostic.js';

export type MessageLang = 'fr' | 'en';

/** The language of the CLI's messages: the terminal's (wording/lang.ts: --lang, else the spec's, else the locale). */
export const messageLang = (): MessageLang => getTerminalLang();

/**
 * A diagnostic worded in the given language when the catalog has its `diag.<code>` wording (system errors, option
 * values) and it carries its args; else unchanged (the writer's own account of a set, a loader's sentence, already
 * worded in the terminal language where it was made).
 */
export function localize<D extends Diagnostic>(d: D, lang: MessageLang = messageLang()): D {
  return rewordDiagnostic(d, lang);
}
