import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import { decodeText, readTextInput } from './text.js';

const fail = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
};
const cp1252 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => ({ é: 0xe9, è: 0xe8, '’': 0x92, '€': 0x80 })[c] ?? c.charCodeAt(0)));
const utf16 = (s: string, le: boolean, bom: boolean): Uint8Array => {
  const b = Buffer.from(s, 'utf16le');
  if (!le) b.swap16();
  return bom ? Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), b]) : b;
};

describe('decodeText', () => {
  it('reads UTF-8 without a word, and strips a BOM', () => {
    expect(decodeText(Buffer.from('titre: Communauté\n'), 'a.yaml')).toEqual({ text: 'titre: Communauté\n', encoding: 'utf-8', notes: [] });
    expect(decodeText(Buffer.from('\uFEFFx: é'), 'a.yaml')).toMatchObject({ text: 'x: é', encoding: 'utf-8-bom', notes: [] });
  });
  it('reads Windows-1252 (and Latin-1) right, and says so', () => {
    const r = decodeText(cp1252('Communauté d’agglomération, Marc Estève, 12 €'), 'spec.yaml', 'fr');
    expect(r.text).toBe('Communauté d’agglomération, Marc Estève, 12 €');
    expect(r.encoding).toBe('windows-1252');
    expect(r.notes).toEqual([{ code: 'encoding-read-as', severity: 'info', file: 'spec.yaml', message: 'spec.yaml lu en Windows-1252' }]);
  });
  it('reads UTF-16 LE and BE, with or without a BOM', () => {
    for (const le of [true, false]) {
      for (const bom of [true, false]) {
        const r = decodeText(utf16('nom: Estève\n', le, bom), 'x.yaml');
        expect(r.text).toBe('nom: Estève\n');
        expect(r.encoding).toBe(le ? 'utf-16le' : 'utf-16be');
        expect(r.notes.map((n) => n.code)).toEqual(['encoding-read-as']);
      }
    }
  });
  it('refuses binary files with a short message, never their content', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...Array(5000).fill(0x41)]);
    const e = fail(() => decodeText(png, 'img.yaml', 'fr'));
    expect(e.diagnostics[0]!.code).toBe('encoding-binary');
    expect(e.diagnostics[0]!.message).toMatch(/fichier binaire ou encodage inconnu/);
    expect(e.message.length).toBeLessThan(300);
    // Bytes Windows-1252 leaves undefined: neither UTF-8 nor cp1252.
    expect(fail(() => decodeText(Uint8Array.from([0x61, 0x81, 0x62]), 'x.csv', 'en')).diagnostics[0]!.message).toMatch(/binary file or unknown encoding.*0x81/);
  });
  it('refuses a BOM that lies, and UTF-32, naming the encoding', () => {
    expect(fail(() => decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xe9, 0x20]), 'x.csv', 'fr')).diagnostics[0]).toMatchObject({ code: 'encoding-invalid', message: expect.stringContaining('UTF-8') });
    expect(fail(() => decodeText(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'x.csv', 'fr')).diagnostics[0]).toMatchObject({ code: 'encoding-unsupported', message: expect.stringContaining('UTF-32') });
  });
  it('normalises CR-only and CR LF line ends, so line numbers stay right', () => {
    const r = decodeText(Buffer.from('a: 1\rb: 2\r\nc: 3'), 'mac.yaml');
    expect(r.text).toBe('a: 1\nb: 2\nc: 3');
    expect(r.notes.map((n) => n.code)).toEqual(['line-ends-cr']);
  });
  it('locates a stray control character', () => {
    const e = fail(() => decodeText(Buffer.from('a: 1\nb: x\u001By\n'), 'c.yaml'));
    expect(e.diagnostics).toMatchObject([{ code: 'control-character', line: 2, col: 5 }]);
  });
});

describe('readTextInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'efc-text-'));
  it('refuses a file over its limit without reading it all', () => {
    const f = join(dir, 'big.csv');
    writeFileSync(f, 'x'.repeat(2000));
    expect(fail(() => readTextInput(f, { kind: 'marks', maxBytes: 1000 })).diagnostics[0]!.code).toBe('file-too-large');
    expect(readTextInput(f, { kind: 'marks', maxBytes: 2000 }).text).toHaveLength(2000);
  });
  it('refuses devices, FIFOs and folders at once, never hangs', () => {
    expect(fail(() => readTextInput('/dev/zero', { kind: 'spec' })).diagnostics[0]!.code).toBe('not-a-regular-file');
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(fail(() => readTextInput(fifo, { kind: 'spec' })).diagnostics[0]).toMatchObject({ code: 'not-a-regular-file' });
    expect(fail(() => readTextInput(dir, { kind: 'spec' })).diagnostics[0]!.code).toBe('is-a-directory');
    expect(fail(() => readTextInput(join(dir, 'none.yaml'), { kind: 'spec' })).diagnostics[0]).toMatchObject({ code: 'file-not-found' });
  });
});
