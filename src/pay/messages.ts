import type { Lang } from '../model/common.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { t, type MessageKey, type WordArgs } from '../wording/catalog.js';

/** The pay diagnostics' codes; their wording is the catalog's `pay.<code after pay/>` (src/wording/{fr,en}/diagnostics.ts). */
type PayCodeOf<K> = K extends `pay.${infer C}` ? `pay/${C}` : never;
export type PayCode = PayCodeOf<MessageKey>;

/** The catalog key of a pay code: `pay/no-target` → `pay.no-target`. */
export const payKey = (code: PayCode): MessageKey => code.replace('pay/', 'pay.') as MessageKey;

/** A pay diagnostic's message in one language, from its code and args. */
export const payMessage = (code: PayCode, args: WordArgs, lang: Lang): string => t(lang, payKey(code), args);

/** A pay diagnostic keeps its arguments so a lint rule can word it again in the other language. */
export interface PayDiagnostic extends Diagnostic {
  readonly code: PayCode;
  readonly args: Readonly<Record<string, string | number>>;
}

export function payDiagnostic(
  code: PayCode,
  severity: Severity,
  path: readonly (string | number)[],
  args: Readonly<Record<string, string | number>> = {},
  lang: Lang = 'fr',
): PayDiagnostic {
  return { code, severity, path, args, message: payMessage(code, args, lang) };
}
