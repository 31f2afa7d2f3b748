import { unzipSync, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Js } from './crc32.js';
import { rewriteZip } from './rewrite.js';

const files = {
  'a.xml': strToU8('<a>' + 'x'.repeat(5000) + '</a>'),
  'dir/b.txt': strToU8('héllo wörld'),
  'tiny.txt': strToU8('t'),
};

describe('rewriteZip', () => {
  it('keeps every entry, in order, with its content', () => {
    for (const level of [0, 6] as const) {
      const out = rewriteZip(zipSync(files, { level, mtime: new Date('2001-02-03T04:05:06Z') }), '2026-12-01');
      const back = unzipSync(out);
      expect(Object.keys(back)).toEqual(Object.keys(files));
      for (const [k, v] of Object.entries(files)) expect(Buffer.from(back[k]!).equals(Buffer.from(v))).toBe(true);
    }
  });

  it('gives identical bytes whatever the input dates and compression', () => {
    const a = rewriteZip(zipSync(files, { level: 0, mtime: new Date('2001-02-03T04:05:06Z') }), '2026-12-01');
    const b = rewriteZip(zipSync(files, { level: 0, mtime: new Date('2019-09-09T09:09:09Z') }), '2026-12-01');
    expect(a.equals(b)).toBe(true);
  });

  it('stamps the given date on every entry (local and central headers)', () => {
    const out = rewriteZip(zipSync(files, { level: 6 }), '2026-12-01');
    const dosDate = ((2026 - 1980) << 9) | (12 << 5) | 1;
    const v = new DataView(out.buffer, out.byteOffset, out.byteLength);
    let locals = 0;
    for (let i = 0; i + 4 <= out.length; i++) {
      if (v.getUint32(i, true) === 0x04034b50) {
        expect(v.getUint16(i + 12, true)).toBe(dosDate);
        locals++;
      }
    }
    expect(locals).toBe(3);
  });

  it('applies a transform and writes a correct CRC for the new content', () => {
    const out = rewriteZip(zipSync(files), '2026-12-01', (name, content) => (name === 'dir/b.txt' ? strToU8(new TextDecoder().decode(content()).toUpperCase()) : undefined));
    const back = unzipSync(out); // fflate checks nothing, so check the CRC ourselves too
    expect(new TextDecoder().decode(back['dir/b.txt'])).toBe('HÉLLO WÖRLD');
    expect(crc32(back['dir/b.txt']!)).toBe(crc32(strToU8('HÉLLO WÖRLD')));
  });

  it('computes the standard CRC-32', () => {
    for (const f of [crc32, crc32Js]) {
      expect(f(strToU8('123456789'))).toBe(0xcbf43926);
      expect(f(new Uint8Array())).toBe(0);
    }
    // Node's native CRC (where it exists) and ours agree on any data.
    const data = Uint8Array.from({ length: 5000 }, (_, k) => (k * 7919) % 251);
    expect(crc32(data)).toBe(crc32Js(data));
  });

  it('refuses something that is not a zip', () => {
    expect(() => rewriteZip(strToU8('not a zip at all, not even close'), '2026-12-01')).toThrow(/not a zip/);
  });
});
