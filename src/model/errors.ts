import type { Diagnostic } from './diagnostic.js';
import { diagText } from '../wording/diagnostic.js';
import { getTerminalLang } from '../wording/lang.js';

/** Exit codes: 0 ok, 1 the user's input or environment is wrong, 2 something broke inside efc-tender. */
export const EXIT = { ok: 0, input: 1, internal: 2 } as const;

/**
 * The one failure type the core throws for bad input. It carries every problem found, so the user fixes them all at once.
 * Anything else that escapes the core is an internal error (exit 2) — except the operating system's own refusals
 * (missing file, no permission, disk full…), which `toInputError` turns into diagnostics: they are the user's
 * environment, not our bug.
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

/**
 * The kinds of failure the file system reports, one diagnostic code each (after pandoc's Error.hs: one union, each
 * kind with its wording and its fix, in the catalog as `diag.<kind>` and `diag.<kind>.hint`). Codes not listed become `file-system-error`, still an input problem: the
 * operating system refused something on the user's machine, and the message says what and where.
 */
export const SYSTEM_ERROR_KINDS = {
  ENOENT: 'file-not-found',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EISDIR: 'is-a-directory',
  ENOTDIR: 'not-a-directory',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only-file-system',
  EMFILE: 'too-many-open-files',
  ENFILE: 'too-many-open-files',
  EEXIST: 'already-exists',
  ENAMETOOLONG: 'name-too-long',
  ELOOP: 'symlink-loop',
  EBUSY: 'file-busy',
  ETXTBSY: 'file-busy',
  EIO: 'io-error',
  ENXIO: 'not-a-regular-file',
  ENODEV: 'not-a-regular-file',
} as const;

export type SystemErrorKind = (typeof SYSTEM_ERROR_KINDS)[keyof typeof SYSTEM_ERROR_KINDS] | 'file-system-error';

/** A Node.js system error: the `code` (ENOENT…) and `syscall` that fs functions attach. */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException & { code: string } {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((err as NodeJS.ErrnoException).code!) && 'syscall' in err;
}

export function systemErrorKind(code: string): SystemErrorKind {
  return (SYSTEM_ERROR_KINDS as Record<string, SystemErrorKind>)[code] ?? 'file-system-error';
}

export type FileAction = 'read' | 'write';

/** Syscalls that only writing makes; `open` is either, so callers that write say so with `action`. */
const WRITE_SYSCALLS = new Set(['write', 'rename', 'mkdir', 'mkdtemp', 'unlink', 'rmdir', 'rm', 'copyfile', 'symlink', 'link', 'fsync', 'ftruncate', 'chmod', 'utime']);

/**
 * A system error as a diagnostic on the file concerned. `file` is the path as the user wrote it (Node's err.path
 * is used when none is given); `action` says whether we were reading or writing, for the wording.
 */
export function systemErrorDiagnostic(err: NodeJS.ErrnoException, opts: { file?: string; action?: FileAction } = {}): Diagnostic {
  const code = err.code ?? 'EUNKNOWN';
  const kind = systemErrorKind(code);
  const action = opts.action ?? (WRITE_SYSCALLS.has(err.syscall ?? '') || kind === 'disk-full' || kind === 'read-only-file-system' ? 'write' : 'read');
  return fileDiagnostic(kind, opts.file ?? err.path ?? '?', action, code);
}

/** The diagnostic of one kind of file failure, also for the checks made before the system is asked (a folder given as a file…). */
export function fileDiagnostic(kind: SystemErrorKind, file: string, action: FileAction = 'read', code = ''): Diagnostic {
  const args = { file, action, code };
  return { code: kind, severity: 'error', file, ...diagText(kind, args, getTerminalLang()), args };
}

/**
 * The boundary's question: is this failure the user's (an InputError, or the system refusing a file), and if so
 * with which diagnostics? Undefined means a bug of ours.
 */
export function toInputError(err: unknown, opts: { file?: string; action?: FileAction } = {}): InputError | undefined {
  if (err instanceof InputError) return err;
  if (isSystemError(err)) return new InputError([systemErrorDiagnostic(err, opts)]);
  return undefined;
}
