import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { stampZipDates } from './stamp-dates.js';

/** The DOS time and date of every local header and central record, read straight from the bytes. */
function dosStamps(b: Buffer): number[][] {
  const stamps: number[][] = [];
  for (let at = 0; at + 4 <= b.length; at++) {
    const sig = b.readUInt32LE(at);
    if (sig === 0x04034b50) stamps.push([b.readUInt16LE(at + 10), b.readUInt16LE(at + 12)]);
    if (sig === 0x02014b50) stamps.push([b.readUInt16LE(at + 12), b.readUInt16LE(at + 14)]);
  }
  return stamps;
}

describe('stampZipDates', () => {
  const parts = { 'a.xml': strToU8('<a>un</a>'.repeat(50)), 'b/c.xml': strToU8('<c/>'), 'd.bin': new Uint8Array([0, 1, 2]) };
  const zipped = Buffer.from(zipSync(parts, { mtime: new Date(2031, 6, 14, 9, 41, 7) }));

  it('writes noon of the given day into every local header and central record', () => {
    const stamped = stampZipDates(zipped, '2026-12-01');
    const day = ((2026 - 1980) << 9) | (12 << 5) | 1;
    expect(dosStamps(stamped)).toEqual(Array(6).fill([12 << 11, day]));
    expect(dosStamps(zipped)).not.toEqual(dosStamps(stamped));
  });

  it('changes nothing else: same length, same content, other bytes untouched', () => {
    const stamped = stampZipDates(zipped, '2026-12-01');
    expect(stamped.length).toBe(zipped.length);
    expect(Object.fromEntries(Object.entries(unzipSync(stamped)).map(([k, v]) => [k, strFromU8(v, true)]))).toEqual(
      Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strFromU8(v, true)])),
    );
    const differing = [...stamped].flatMap((byte, k) => (byte === zipped[k] ? [] : [k]));
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThanOrEqual(6 * 4);
  });

  it('gives the same bytes whatever the clock of the library that zipped', () => {
    const other = Buffer.from(zipSync(parts, { mtime: new Date(1999, 0, 2, 3, 4, 6) }));
    expect(stampZipDates(other, '2026-12-01').equals(stampZipDates(zipped, '2026-12-01'))).toBe(true);
  });

  it('refuses what is not a zip', () => {
    expect(() => stampZipDates(Buffer.from('not a zip at all, not at all'), '2026-12-01')).toThrow(/end of central directory/);
  });
});
