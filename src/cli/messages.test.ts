import { describe, expect, it } from 'vitest';
import { systemErrorDiagnostic } from '../model/errors.js';
import { localize, MESSAGES, pickLang } from './messages.js';

describe('CLI messages', () => {
  it('picks the language: --lang, else LANG (fr… → French), French when LANG is unset', () => {
    expect(pickLang('en', { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(pickLang(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(pickLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(pickLang(undefined, {})).toBe('fr');
    expect(pickLang('xx', { LANG: 'en_GB' })).toBe('en');
  });

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
