import type { SourcePos } from './grid.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in the user's input, as data: code for tests and tools, message for people.
 * `path` is the YAML path (e.g. ["criteria", "weights", "price"]).
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  readonly path?: readonly (string | number)[];
  readonly hint?: string;
  /** The values the message was built from (file, option, value…), so a front end can word it in another language. */
  readonly args?: Readonly<Record<string, string | number>>;
}

export function at(pos: SourcePos | undefined): Pick<Diagnostic, 'file' | 'line' | 'col'> {
  return pos ? { file: pos.file, line: pos.line, col: pos.col } : {};
}

export function formatLocation(d: Pick<Diagnostic, 'file' | 'line' | 'col'>): string {
  if (!d.file) return '';
  return d.line ? `${d.file}:${d.line}:${d.col ?? 1}` : d.file;
}

export function formatPath(path: readonly (string | number)[] | undefined): string {
  if (!path || path.length === 0) return '';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * User-supplied text made safe to print on a terminal: control characters (C0 but newline and tab when
 * `keepLines`, DEL, C1) and the bidirectional overrides are shown as \uXXXX, so a file name or a value holding
 * ESC sequences cannot recolour, retitle or clear the user's terminal, nor reorder what it shows.
 */
export function printable(s: string, keepLines = false): string {
  return s.replace(keepLines ? CONTROL_KEEP_LINES : CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_KEEP_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A diagnostic's text fields made printable (file names whole, messages keeping their line breaks). */
export function printableDiagnostic<D extends Diagnostic>(d: D): D {
  return {
    ...d,
    message: printable(d.message, true),
    ...(d.file !== undefined ? { file: printable(d.file) } : {}),
    ...(d.hint !== undefined ? { hint: printable(d.hint, true) } : {}),
    ...(d.path ? { path: d.path.map((p) => (typeof p === 'string' ? printable(p) : p)) } : {}),
  };
}

/** One line per diagnostic: "file:line:col  error  message (path) [code]". */
export function formatDiagnostic(diag: Diagnostic): string {
  const d = printableDiagnostic(diag);
  const loc = formatLocation(d);
  const path = formatPath(d.path);
  const parts = [loc, d.severity, d.message + (path ? ` (at ${path})` : ''), `[${d.code}]`].filter(Boolean);
  return parts.join('  ') + (d.hint ? `\n    hint: ${d.hint}` : '');
}
