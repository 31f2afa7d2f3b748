import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import { readCheckedXlsx, XLSX_LIMITS } from './xlsx-guard.js';

const dir = mkdtempSync(join(tmpdir(), 'efc-zip-'));
const write = (name: string, bytes: Uint8Array): string => {
  const f = join(dir, name);
  writeFileSync(f, bytes);
  return f;
};
const refusal = (f: string): string => {
  try {
    readCheckedXlsx(f, 'en');
  } catch (e) {
    if (e instanceof InputError) return `${e.diagnostics[0]!.code}: ${e.diagnostics[0]!.message}`;
    throw e;
  }
  return 'accepted';
};

describe('readCheckedXlsx', () => {
  it('accepts an ordinary workbook', () => {
    const f = write('ok.xlsx', zipSync({ 'xl/a.xml': new TextEncoder().encode('<x>'.repeat(1000)), 'b.bin': new Uint8Array([1, 2, 3]) }));
    expect(refusal(f)).toBe('accepted');
  });
  it('refuses a part declared bigger than the limit, before inflating it', () => {
    const f = write('bomb.xlsx', zipSync({ 'xl/s.xml': new Uint8Array(XLSX_LIMITS.expandedBytes + 1) }));
    expect(refusal(f)).toMatch(/^xlsx-too-large: .*expanded, more than 50.0 MB/);
  });
  it('refuses a part that inflates to more than it declares (the central directory lied)', () => {
    const zip = zipSync({ 'xl/s.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    // Patch the declared size (central directory, +24) down to 1 000 bytes.
    const cd = zip.findLastIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02);
    new DataView(zip.buffer, zip.byteOffset).setUint32(cd + 24, 1000, true);
    expect(refusal(write('liar.xlsx', zip))).toMatch(/^xlsx-too-large: .*not the size it declares \(1000 bytes\)/);
  });
  it('refuses too many parts, and a ratio bomb', () => {
    const many = Object.fromEntries(Array.from({ length: XLSX_LIMITS.entries + 1 }, (_, i) => [`p${i}.xml`, new Uint8Array([1])]));
    expect(refusal(write('many.xlsx', zipSync(many)))).toMatch(/1001 parts/);
    expect(refusal(write('ratio.xlsx', zipSync({ 'z.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 })))).toMatch(/decompression bomb/);
  });
  it('says a file that is not a zip is not a workbook', () => {
    expect(refusal(write('text.xlsx', new TextEncoder().encode('bidder,mark\n')))).toMatch(/^xlsx-unreadable: /);
  });
});
