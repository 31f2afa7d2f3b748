import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normalizeOoxmlZip } from './normalize.js';

const core = '<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2031-05-06T07:08:09Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2031-05-06T07:08:09Z</dcterms:modified></cp:coreProperties>';
const files = { '[Content_Types].xml': strToU8('<Types/>'), 'docProps/core.xml': strToU8(core), 'word/document.xml': strToU8('<w:document>' + 'é'.repeat(3000) + '</w:document>') };

describe('normalizeOoxmlZip', () => {
  it('keeps every entry, in order, with its content, and dates core.xml with the given day', () => {
    const back = unzipSync(normalizeOoxmlZip(zipSync(files), '2026-12-01'));
    expect(Object.keys(back)).toEqual(Object.keys(files));
    expect(strFromU8(back['word/document.xml']!)).toBe(strFromU8(files['word/document.xml']));
    expect(strFromU8(back['docProps/core.xml']!)).toBe(core.replaceAll('2031-05-06T07:08:09Z', '2026-12-01T00:00:00Z'));
  });

  it('gives identical bytes whatever the clock and compression of the input', () => {
    const a = normalizeOoxmlZip(zipSync(files, { level: 0, mtime: new Date('2001-02-03T04:05:06Z') }), '2026-12-01');
    const b = normalizeOoxmlZip(zipSync(files, { level: 9, mtime: new Date('2019-09-09T09:09:09Z') }), '2026-12-01');
    expect(a.equals(b)).toBe(true);
  });

  it('dates every entry the given day at noon', () => {
    const out = normalizeOoxmlZip(zipSync(files), '2026-12-01');
    const v = new DataView(out.buffer, out.byteOffset, out.byteLength);
    const stamps: number[][] = [];
    for (let i = 0; i + 4 <= out.length; i++) if (v.getUint32(i, true) === 0x04034b50) stamps.push([v.getUint16(i + 10, true), v.getUint16(i + 12, true)]);
    expect(stamps).toEqual(Object.keys(files).map(() => [12 << 11, ((2026 - 1980) << 9) | (12 << 5) | 1]));
  });

  it("applies a writer's own patch to its parts", () => {
    const out = normalizeOoxmlZip(zipSync(files), '2026-12-01', (name, xml) => (name === '[Content_Types].xml' ? xml().replace('Types', 'Kinds') : undefined));
    expect(strFromU8(unzipSync(out)['[Content_Types].xml']!)).toBe('<Kinds/>');
  });
});
