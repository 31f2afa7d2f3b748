/**
 * Date every entry of a zip with the document's own day, in place. Libraries (docx through its bundled fflate)
 * stamp the clock into each entry's DOS date and time and take no date of their own; these fields sit outside the
 * compressed data, so fixing them needs no unzipping and no compressing again (which cost about as much as writing
 * the package). Only the two fields of each local header and of its central directory record change.
 * The stamp is noon of that day: zip dates carry no time zone, and noon keeps the day whatever the reader's zone.
 */
export function stampZipDates(bytes: Uint8Array, isoDate: string): Buffer {
  const out = Buffer.from(bytes);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const dosDate = ((y - 1980) << 9) | (m << 5) | d;
  const dosTime = 12 << 11; // 12:00:00
  const eocd = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(eocd + 10);
  let at = out.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries; k++) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error(`zip: no central directory record at ${at}`);
    out.writeUInt16LE(dosTime, at + 12);
    out.writeUInt16LE(dosDate, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`zip: no local header at ${local}`);
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The end-of-central-directory record: the last 22 bytes, unless a zip comment follows it (up to 64 KB). */
function findEndOfCentralDirectory(b: Buffer): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (b.readUInt32LE(at) === END) return at;
  }
  throw new Error('zip: no end of central directory');
}
