import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { isMessageKey, t, type MessageKey, type WordArgs } from './catalog.js';

/**
 * Diagnostics that carry their args (files, options) are worded from the catalog's `diag.<code>` and
 * `diag.<code>.hint` keys: once where they are made (in the terminal language), and again by the CLI if the
 * terminal language is only known later (a spec's language). `action` ('read' or 'write') is data in the args and a
 * word in the message (`diag.action.read` …).
 */
export const hasDiagWording = (code: string): boolean => isMessageKey(`diag.${code}`);

export function diagText(code: string, args: WordArgs, lang: Lang): { message: string; hint?: string } {
  const action = args.action === 'read' || args.action === 'write' ? t(lang, `diag.action.${args.action}`) : args.action;
  const filled = { ...args, ...(action === undefined ? {} : { action }) };
  const hintKey = `diag.${code}.hint`;
  return {
    message: t(lang, `diag.${code}` as MessageKey, filled),
    ...(isMessageKey(hintKey) ? { hint: t(lang, hintKey, filled) } : {}),
  };
}

/** A diagnostic worded again in `lang` when its code has a `diag.*` wording and it carries its args; else unchanged. */
export function rewordDiagnostic<D extends Diagnostic>(d: D, lang: Lang): D {
  if (!d.args || !hasDiagWording(d.code)) return d;
  const args = { ...(d.file === undefined ? {} : { file: d.file }), ...d.args };
  return { ...d, ...diagText(d.code, args, lang) };
}
