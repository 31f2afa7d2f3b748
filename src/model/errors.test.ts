import { beforeAll, describe, expect, it } from 'vitest';
import { setTerminalLang } from '../wording/lang.js';
import { InputError, isSystemError, SYSTEM_ERROR_KINDS, systemErrorDiagnostic, toInputError } from './errors.js';

/** A system error as Node's fs functions build it. */
function sysErr(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const e = new Error(`${code}: ${syscall} '${path}'`) as NodeJS.ErrnoException;
  e.code = code;
  e.syscall = syscall;
  if (path) e.path = path;
  return e;
}

describe('system errors as input diagnostics', () => {
  // Worded in the terminal language: English asked for explicitly (the French wording is checked below).
  beforeAll(() => setTerminalLang('en'));
  // One row per class: what the system says → the diagnostic code, and words the message must hold.
  it.each([
    ['ENOENT', 'open', 'file-not-found', 'does not exist'],
    ['EACCES', 'open', 'permission-denied', 'permission denied'],
    ['EPERM', 'rename', 'permission-denied', 'permission denied'],
    ['EISDIR', 'read', 'is-a-directory', 'is a folder, not a file'],
    ['ENOTDIR', 'stat', 'not-a-directory', 'is a file, not a folder'],
    ['ENOSPC', 'write', 'disk-full', 'no space left'],
    ['EDQUOT', 'write', 'disk-full', 'no space left'],
    ['EROFS', 'open', 'read-only-file-system', 'read-only'],
    ['EMFILE', 'open', 'too-many-open-files', 'too many files'],
    ['ENFILE', 'open', 'too-many-open-files', 'too many files'],
    ['EEXIST', 'mkdir', 'already-exists', 'already exists'],
    ['ENAMETOOLONG', 'open', 'name-too-long', 'too long'],
    ['ELOOP', 'open', 'symlink-loop', 'loops'],
    ['EBUSY', 'rename', 'file-busy', 'in use'],
    ['EIO', 'read', 'io-error', 'failed to read'],
    ['ENXIO', 'open', 'not-a-regular-file', 'not a regular file'],
    ['EXDEV', 'rename', 'file-system-error', 'cannot write'],
  ])('%s (%s) → %s', (code, syscall, kind, words) => {
    const d = systemErrorDiagnostic(sysErr(code, syscall, '/data/spec.yaml'));
    expect(d).toMatchObject({ code: kind, severity: 'error', file: '/data/spec.yaml' });
    expect(d.message).toContain(words);
    expect(d.message).toContain('/data/spec.yaml');
    expect(d.hint).toBeTruthy();
    expect(d.args).toMatchObject({ file: '/data/spec.yaml', code });
  });

  it('words them in French when the terminal is French', () => {
    setTerminalLang('fr');
    try {
      const d = systemErrorDiagnostic(sysErr('EIO', 'read', 'a.yaml'));
      expect(d.message).toBe('le disque n’a pas pu lire a.yaml');
      expect(d.args).toMatchObject({ action: 'read' });
    } finally {
      setTerminalLang('en');
    }
  });

  it('every listed errno has its wording', () => {
    for (const code of Object.keys(SYSTEM_ERROR_KINDS)) expect(systemErrorDiagnostic(sysErr(code, 'open', 'f')).message).not.toContain('{');
  });

  it('names the path the user wrote rather than the one Node resolved, and says whether we were writing', () => {
    const d = systemErrorDiagnostic(sysErr('EACCES', 'open', '/abs/out/x.docx'), { file: 'out/x.docx', action: 'write' });
    expect(d.file).toBe('out/x.docx');
    expect(d.hint).toContain('write');
  });

  it('toInputError: InputError passes, system errors convert, our bugs stay bugs', () => {
    const input = new InputError([{ code: 'x', severity: 'error', message: 'm' }]);
    expect(toInputError(input)).toBe(input);
    expect(toInputError(sysErr('ENOSPC', 'write', '/o/a.docx'))?.diagnostics[0]?.code).toBe('disk-full');
    expect(toInputError(new TypeError('x is undefined'))).toBeUndefined();
    // A code without a syscall is not the system speaking (e.g. a library's own error codes).
    expect(isSystemError(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBe(false);
  });
});
