import { deflateSync, inflateSync } from 'fflate';
import { crc32 } from './crc32.js';

/**
 * Rewrite an OOXML zip in one pass, for byte-identical outputs at the lowest cost:
 * - every entry gets the same fixed date (the libraries stamp the clock);
 * - `transform(name, content)` may return new content for an entry (core.xml dates, bookmark ids, producer…);
 * - an unchanged, already-deflated entry is copied as it is, compressed bytes and all: no inflate, no deflate;
 * - a changed or stored entry is deflated once.
 * Data descriptors and extra fields are dropped; entry order is kept. No zip64: OOXML parts here are small.
 */
export type ZipTransform = (name: string, content: () => Uint8Array) => Uint8Array | undefined;

interface Entry {
  readonly name: Uint8Array;
  readonly nameText: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dataOffset: number;
}

export function rewriteZip(zip: Uint8Array, isoDate: string, transform: ZipTransform = () => undefined): Buffer {
  const entries = readCentralDirectory(zip);
  const { time, date } = dosDateTime(isoDate);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = zip.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    const content = (): Uint8Array => (e.method === 0 ? raw : inflateSync(raw, { out: new Uint8Array(e.size) }));
    const changed = transform(e.nameText, content);
    let method = 8;
    let data: Uint8Array;
    let crc: number;
    let size: number;
    if (changed) {
      data = deflateSync(changed, { level: 6 });
      crc = crc32(changed);
      size = changed.length;
    } else if (e.method === 8) {
      data = raw;
      crc = e.crc;
      size = e.size;
    } else if (e.method === 0) {
      data = deflateSync(raw, { level: 6 });
      crc = e.crc;
      size = e.size;
    } else {
      throw new Error(`zip entry ${e.nameText}: unsupported compression method ${e.method}`);
    }
    if (data.length >= size && size > 0 && changed === undefined && e.method === 0) {
      // Tiny parts can grow when deflated; store them as they are.
      data = raw;
      method = 0;
    }
    const flags = e.flags & 0x0800; // keep "names are UTF-8", drop the data-descriptor bit
    const local = header(0x04034b50, 30, e.name);
    const lv = new DataView(local.buffer);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, e.name.length, true);
    lv.setUint16(28, 0, true);
    const cd = header(0x02014b50, 46, e.name);
    const cv = new DataView(cd.buffer);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, e.name.length, true);
    cv.setUint32(42, offset, true);
    parts.push(local, data);
    central.push(cd);
    offset += local.length + data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return Buffer.concat([...parts, ...central, end]);
}

function header(signature: number, fixed: number, name: Uint8Array): Uint8Array {
  const h = new Uint8Array(fixed + name.length);
  new DataView(h.buffer).setUint32(0, signature, true);
  h.set(name, fixed);
  return h;
}

function readCentralDirectory(zip: Uint8Array): Entry[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (v.getUint32(p, true) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const localOffset = v.getUint32(p + 42, true);
    const name = zip.slice(p + 46, p + 46 + nameLen);
    const localNameLen = v.getUint16(localOffset + 26, true);
    const localExtraLen = v.getUint16(localOffset + 28, true);
    entries.push({
      name,
      nameText: decoder.decode(name),
      flags: v.getUint16(p + 8, true),
      method: v.getUint16(p + 10, true),
      crc: v.getUint32(p + 16, true),
      compressedSize: v.getUint32(p + 20, true),
      size: v.getUint32(p + 24, true),
      dataOffset: localOffset + 30 + localNameLen + localExtraLen,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** MS-DOS date and time of noon on the given day (zip entries carry no time zone). */
function dosDateTime(isoDate: string): { time: number; date: number } {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return { time: 12 << 11, date: ((y - 1980) << 9) | (m << 5) | d };
}
