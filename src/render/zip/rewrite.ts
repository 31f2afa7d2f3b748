import { inflateSync } from 'fflate';
import { deflateEntry, writeZip, type ZipEntry } from './write.js';

/** New content for an entry, or undefined to keep it; `content` inflates the entry only when called. */
export type ZipTransform = (name: string, content: () => Uint8Array) => Uint8Array | undefined;

interface SourceEntry {
  readonly nameText: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dataOffset: number;
}

/**
 * Rewrite a zip made by a library (exceljs), for byte-identical outputs at the lowest cost:
 * - every entry gets the same fixed date (the libraries stamp the clock);
 * - `transform(name, content)` may return new content for an entry (core.xml dates, patched parts…);
 * - an unchanged, already-deflated entry is copied as it is, compressed bytes and all: no inflate, no deflate;
 * - a changed or stored entry is deflated once.
 * Data descriptors and extra fields are dropped; entry order is kept.
 */
export function rewriteZip(zip: Uint8Array, isoDate: string, transform: ZipTransform = () => undefined): Buffer {
  const out: ZipEntry[] = readCentralDirectory(zip).map((e) => {
    const raw = zip.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    if (e.method !== 0 && e.method !== 8) throw new Error(`zip entry ${e.nameText}: unsupported compression method ${e.method}`);
    const content = (): Uint8Array => (e.method === 0 ? raw : inflateSync(raw, { out: new Uint8Array(e.size) }));
    const changed = transform(e.nameText, content);
    if (changed) return deflateEntry(e.nameText, changed);
    if (e.method === 8) return { name: e.nameText, method: 8, data: raw, crc: e.crc, size: e.size };
    return deflateEntry(e.nameText, raw);
  });
  return writeZip(out, isoDate);
}

function readCentralDirectory(zip: Uint8Array): SourceEntry[] {
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
  const entries: SourceEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (v.getUint32(p, true) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const localOffset = v.getUint32(p + 42, true);
    const localNameLen = v.getUint16(localOffset + 26, true);
    const localExtraLen = v.getUint16(localOffset + 28, true);
    entries.push({
      nameText: decoder.decode(zip.subarray(p + 46, p + 46 + nameLen)),
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
