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

/** One line per diagnostic: "file:line:col  error  message (path) [code]". */
export function formatDiagnostic(d: Diagnostic): string {
  const loc = formatLocation(d);
  const path = formatPath(d.path);
  const parts = [loc, d.severity, d.message + (path ? ` (at ${path})` : ''), `[${d.code}]`].filter(Boolean);
  return parts.join('  ') + (d.hint ? `\n    hint: ${d.hint}` : '');
}
