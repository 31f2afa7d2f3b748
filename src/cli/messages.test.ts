import { describe, expect, it } from 'vitest';
import { systemErrorDiagnostic } from '../model/errors.js';
import { localize, MESSAGES } from './messages.js';

describe('CLI messages', () => {
  it('words a system error in French from its args', () => {
    const e = Object.assign(new Error('x'), { code: 'ENOSPC', syscall: 'write', path: 'out/a.docx' });
    const d = localize(systemErrorDiagnostic(e), 'fr');
    expect(d.message).toBe('plus de place sur le disque pour écrire out/a.docx');
    expect(d.code).toBe('disk-full');
  });

  it('leaves a diagnostic it has no wording for unchanged', () => {
    const d = { code: 'yaml-syntax', severity: 'error' as const, message: 'bad', file: 'a.yaml' };
    expect(localize(d, 'fr')).toBe(d);
  });

  it('has both languages and the same placeholders in each, for every code', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/_fr$/, '')).sort();
    for (const [code, w] of Object.entries(MESSAGES)) {
      expect(holes(w.message.fr), code).toEqual(holes(w.message.en));
      if (w.hint) expect(holes(w.hint.fr), code).toEqual(holes(w.hint.en));
    }
  });
});
