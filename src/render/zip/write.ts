import { createHash } from 'node:crypto';
import { deflateSync } from 'fflate';
import { crc32 } from './crc32.js';

/** One zip entry, its data already in the form it is stored in (`method` 8: raw DEFLATE; 0: stored). */
export interface ZipEntry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly data: Uint8Array;
  /** CRC-32 and size of the uncompressed content. */
  readonly crc: number;
  readonly size: number;
}

/**
 * Compress one part for a zip; a part that would grow, or is empty, is stored. fflate (JavaScript) rather than Node's
 * zlib, though zlib is about twice as fast: Node bundles Chromium's zlib, whose output changes between zlib builds
 * (Node releases), and our files must be byte-identical wherever they are generated.
 *
 * Most parts of a package do not depend on the document (theme, styles, settings, relationships…), and fflate sets up
 * some 400 KB of tables for every part it compresses, small or not: so a small part met a second time is compressed
 * once per process and its compressed bytes reused. Parts are known by their SHA-256, and kept only from their second
 * sighting: the parts that change with every document (core properties, headers) would otherwise fill the cache with
 * copies that live long enough to burden the garbage collector.
 */
export function deflateEntry(name: string, content: Uint8Array): ZipEntry {
  if (content.length === 0) return { name, method: 0, data: content, crc: 0, size: 0 };
  if (content.length > CACHE_MAX_PART) return { name, ...compress(content) };
  const key = createHash('sha256').update(content).digest('base64');
  const hit = cache.get(key);
  if (hit) return { name, ...hit };
  const fresh = compress(content);
  if (seen.has(key)) {
    // Bounds, not eviction policies: a process that meets that many different parts simply starts again.
    if (cache.size >= CACHE_MAX_ENTRIES) cache.clear();
    cache.set(key, fresh);
  } else {
    if (seen.size >= SEEN_MAX_ENTRIES) seen.clear();
    seen.add(key);
  }
  return { name, ...fresh };
}

type Compressed = Omit<ZipEntry, 'name'>;
const CACHE_MAX_PART = 16 * 1024;
const CACHE_MAX_ENTRIES = 256;
const SEEN_MAX_ENTRIES = 4096;
const cache = new Map<string, Compressed>();
const seen = new Set<string>();

function compress(content: Uint8Array): Compressed {
  const deflated = deflateSync(content, { level: 6 });
  const crc = crc32(content);
  // Stored: a copy, so that a cached entry never holds on to (or sees changes in) the caller's larger buffer.
  return deflated.length < content.length ? { method: 8, data: deflated, crc, size: content.length } : { method: 0, data: content.slice(), crc, size: content.length };
}

const encoder = new TextEncoder();

/**
 * Write a zip of the given entries, in order, every one dated `isoDate` at noon (zip dates carry no time zone), with
 * no extra fields or data descriptors: the same entries always give the same bytes. No zip64: OOXML parts here are small.
 */
export function writeZip(entries: readonly ZipEntry[], isoDate: string): Buffer {
  const { time, date } = dosDateTime(isoDate);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = encoder.encode(e.name);
    // Bit 11: the name is UTF-8.
    const flags = /[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0;
    const fields = { flags, method: e.method, time, date, crc: e.crc, compressedSize: e.data.length, size: e.size, nameLength: name.length };
    const local = header(0x04034b50, 30, name);
    entryFields(new DataView(local.buffer), 4, fields);
    const cd = header(0x02014b50, 46, name);
    const cv = new DataView(cd.buffer);
    cv.setUint16(4, 20, true); // version made by
    entryFields(cv, 6, fields);
    cv.setUint32(42, offset, true);
    parts.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
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

/**
 * The fields a local header (from byte 4) and its central directory record (from byte 6) share, in the same order:
 * version needed, flags, method, time, date, CRC-32, compressed size, size, name length.
 */
function entryFields(
  v: DataView,
  at: number,
  f: { flags: number; method: number; time: number; date: number; crc: number; compressedSize: number; size: number; nameLength: number },
): void {
  v.setUint16(at, 20, true);
  v.setUint16(at + 2, f.flags, true);
  v.setUint16(at + 4, f.method, true);
  v.setUint16(at + 6, f.time, true);
  v.setUint16(at + 8, f.date, true);
  v.setUint32(at + 10, f.crc, true);
  v.setUint32(at + 14, f.compressedSize, true);
  v.setUint32(at + 18, f.size, true);
  v.setUint16(at + 22, f.nameLength, true);
}

function header(signature: number, fixed: number, name: Uint8Array): Uint8Array {
  const h = new Uint8Array(fixed + name.length);
  new DataView(h.buffer).setUint32(0, signature, true);
  h.set(name, fixed);
  return h;
}

/** MS-DOS date and time of noon on the given day. */
function dosDateTime(isoDate: string): { time: number; date: number } {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return { time: 12 << 11, date: ((y - 1980) << 9) | (m << 5) | d };
}
