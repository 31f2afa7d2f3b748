import { Inflate } from 'fflate';
import type { Lang } from '../model/common.js';
import { InputError } from '../model/errors.js';
import { LIMITS, readBounded } from './bounded-read.js';
import { formatBytes, loadMessage } from './messages.js';
import { getTerminalLang } from '../wording/lang.js';

/**
 * Limits of a workbook before it is handed to exceljs (which inflates every part into memory). A filled scoring
 * grid is a few hundred kilobytes expanded and about twenty parts; these limits leave two orders of magnitude.
 */
export const XLSX_LIMITS = {
  /** Total expanded size of all parts. */
  expandedBytes: 50 * 1024 * 1024,
  entries: 1000,
  /** Expansion ratio of one part over 1 MB; XML compresses 10–30×, a zip bomb ~1000×. */
  ratio: 200,
} as const;

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;

/**
 * Read a workbook within its byte limit and check its zip before anything inflates it: the central directory's
 * entry count and declared sizes, then the real size of every part, inflated in small pieces and stopped as soon
 * as it passes what was declared or the limit (declared sizes can lie). Returns the bytes, for exceljs to load.
 */
export function readCheckedXlsx(file: string, lang: Lang = getTerminalLang()): Uint8Array {
  const bytes = readBounded(file, LIMITS.xlsx, 'xlsx', lang);
  const refuse = (why: string): InputError => new InputError([{ code: 'xlsx-too-large', severity: 'error', file, message: loadMessage('xlsx-too-large', { file, why }, lang) }]);
  const notZip = (): InputError =>
    new InputError([{ code: 'xlsx-unreadable', severity: 'error', file, message: loadMessage('xlsx-unreadable', { file }, lang) }]);

  // End of central directory: 22 bytes, at most 64 KB of comment after it.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw refuse('ZIP64');
  if (count > XLSX_LIMITS.entries) throw refuse(loadMessage('why.too-many-parts', { count, max: XLSX_LIMITS.entries }, lang));

  const entries: { name: string; method: number; compressed: number; size: number; local: number }[] = [];
  let declared = 0;
  for (let k = 0, p = cdOffset; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw notZip();
    const nameLen = u16(bytes, p + 28);
    const entry = {
      method: u16(bytes, p + 10),
      compressed: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      local: u32(bytes, p + 42),
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
    };
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff) throw refuse('ZIP64');
    declared += entry.size;
    entries.push(entry);
    p += 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  const tooBig = (n: number): InputError =>
    refuse(loadMessage('why.expanded-too-large', { size: formatBytes(n, lang), max: formatBytes(XLSX_LIMITS.expandedBytes, lang) }, lang));
  if (declared > XLSX_LIMITS.expandedBytes) throw tooBig(declared);

  const liar = (name: string, size: number): InputError =>
    refuse(loadMessage('why.part-size-lies', { name, size }, lang));
  let real = 0;
  for (const e of entries) {
    if (e.local + 30 > bytes.length || u32(bytes, e.local) !== 0x04034b50) throw notZip();
    const start = e.local + 30 + u16(bytes, e.local + 26) + u16(bytes, e.local + 28);
    const data = bytes.subarray(start, start + e.compressed);
    if (data.length !== e.compressed) throw notZip();
    if (e.size > 1024 * 1024 && e.size > XLSX_LIMITS.ratio * Math.max(1, e.compressed)) {
      throw refuse(loadMessage('why.decompression-bomb', { name: e.name, ratio: Math.round(e.size / Math.max(1, e.compressed)) }, lang));
    }
    let size = 0;
    if (e.method === 0) size = e.compressed;
    else if (e.method === 8) {
      const inflate = new Inflate((chunk) => {
        size += chunk.length;
        if (real + size > XLSX_LIMITS.expandedBytes) throw tooBig(real + size);
        if (size > e.size) throw liar(e.name, e.size);
      });
      try {
        // Small input pieces bound each output piece (~1 MB at most), whatever the stream holds.
        for (let o = 0; o < data.length; o += 1024) inflate.push(data.subarray(o, o + 1024), o + 1024 >= data.length);
        if (data.length === 0) inflate.push(new Uint8Array(0), true);
      } catch (err) {
        if (err instanceof InputError) throw err;
        throw notZip();
      }
    } else throw notZip();
    if (size !== e.size) throw liar(e.name, e.size);
    real += size;
  }
  return bytes;
}
