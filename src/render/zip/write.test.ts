import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { deflateEntry, writeZip } from './write.js';

describe('writeZip and deflateEntry', () => {
  const big = strToU8('<a>' + 'lorem ipsum '.repeat(4000) + '</a>'); // above the cache's part size
  const small = strToU8('<rels>' + 'r'.repeat(300) + '</rels>');

  it('writes a zip any reader opens, with every entry, its content and its CRC', () => {
    const zip = writeZip([deflateEntry('word/document.xml', big), deflateEntry('_rels/.rels', small), deflateEntry('empty/', new Uint8Array())], '2026-12-01');
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(['word/document.xml', '_rels/.rels', 'empty/']);
    expect(Buffer.from(back['word/document.xml']!).equals(Buffer.from(big))).toBe(true);
    expect(crc32(back['_rels/.rels']!)).toBe(crc32(small));
    expect(back['empty/']!.length).toBe(0);
  });

  it('compresses what shrinks and stores what would grow (or is empty)', () => {
    expect(deflateEntry('a', big).method).toBe(8);
    expect(deflateEntry('a', big).data.length).toBeLessThan(big.length / 10);
    expect(deflateEntry('t', strToU8('t')).method).toBe(0);
    expect(deflateEntry('e', new Uint8Array())).toMatchObject({ method: 0, size: 0, crc: 0 });
  });

  it('reuses the compressed bytes of a small part met before, under any name, and never the caller buffer', () => {
    const a = deflateEntry('xl/theme/theme1.xml', small);
    const b = deflateEntry('word/theme/theme1.xml', small.slice());
    expect(b.name).toBe('word/theme/theme1.xml');
    expect(b.data).toBe(a.data);
    const tiny = strToU8('ab');
    const stored = deflateEntry('tiny', tiny);
    tiny[0] = 0x7a; // the caller reuses its buffer
    expect(new TextDecoder().decode(stored.data)).toBe('ab');
  });

  it('gives identical bytes for identical entries, dated by the given day', () => {
    const make = () => writeZip([deflateEntry('a.xml', big), deflateEntry('b.xml', small)], '2026-12-01');
    expect(make().equals(make())).toBe(true);
    const zip = make();
    const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(v.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (12 << 5) | 1);
  });
});
