import { describe, expect, it } from 'vitest';
import { SYSTEM_ERROR_KINDS, systemErrorDiagnostic } from '../model/errors.js';
import { isMessageKey } from '../wording/catalog.js';
import { localize } from './messages.js';

describe('CLI messages', () => {
  it('words a system error in French from its args', () => {
    const e = Object.assign(new Error('x'), { code: 'ENOSPC', syscall: 'write', path: 'out/a.docx' });
    const d = localize(systemErrorDiagnostic(e), 'fr');
    expect(d.message).toBe('plus de place sur le disque pour écrire out/a.docx');
    expect(d.code).toBe('disk-full');
    expect(localize(d, 'en').message).toBe('no space left on the disk to write out/a.docx');
  });

  it('words the action in the message language', () => {
    const e = Object.assign(new Error('x'), { code: 'EACCES', syscall: 'open', path: 'a.yaml' });
    expect(localize(systemErrorDiagnostic(e), 'fr').hint).toContain('le droit de le lire');
    expect(localize(systemErrorDiagnostic(e), 'en').hint).toContain('the right to read it');
  });

  it('leaves a diagnostic it has no wording for unchanged', () => {
    const d = { code: 'yaml-syntax', severity: 'error' as const, message: 'bad', file: 'a.yaml' };
    expect(localize(d, 'fr')).toBe(d);
  });

  it('every file-system kind and option code has a message and a hint in the catalog', () => {
    const codes = [...new Set(Object.values(SYSTEM_ERROR_KINDS)), 'file-system-error', 'folder-not-found', 'not-a-folder', 'folder-given-for-file', 'option-file-not-found', 'bad-option-date', 'option-conflict'];
    expect(codes.filter((c) => !isMessageKey(`diag.${c}`) || !isMessageKey(`diag.${c}.hint`))).toEqual([]);
    expect(['bad-option-number', 'bad-option-choice'].filter((c) => !isMessageKey(`diag.${c}`))).toEqual([]);
  });
});
