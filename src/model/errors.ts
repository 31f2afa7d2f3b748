import type { Diagnostic } from './diagnostic.js';

/** Exit codes: 0 ok, 1 the user's input is wrong, 2 something broke inside efc-tender. */
export const EXIT = { ok: 0, input: 1, internal: 2 } as const;

/**
 * The one failure type the core throws for bad input. It carries every problem found, so the user fixes them all at once.
 * Anything else that escapes the core is an internal error (exit 2).
 */
export class InputError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[], summary?: string) {
    super(summary ?? diagnostics.map((d) => d.message).join('; '));
    this.name = 'InputError';
    this.diagnostics = diagnostics;
  }
}

export function inputError(code: string, message: string, extra: Partial<Diagnostic> = {}): InputError {
  return new InputError([{ code, severity: 'error', message, ...extra }]);
}
