import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import { fileDiagnostic, InputError, toInputError } from '../model/errors.js';
import { formatBytes, loadMessage } from './messages.js';
import { getTerminalLang } from '../wording/lang.js';

/** Limits per kind of input: each is far above any real file of that kind and far below what would hurt. */
export const LIMITS = {
  spec: 2 * 1024 * 1024,
  library: 2 * 1024 * 1024,
  answers: 2 * 1024 * 1024,
  labels: 256 * 1024,
  template: 256 * 1024,
  marks: 16 * 1024 * 1024,
  prices: 4 * 1024 * 1024,
  xlsx: 32 * 1024 * 1024,
} as const;
export type InputKind = keyof typeof LIMITS;

/** The kind of file in words, for limit messages: the catalog's `load.kind.<kind>`. */
export const kindName = (kind: InputKind, lang: 'fr' | 'en'): string => loadMessage(`kind.${kind}`, {}, lang);

const fail = (d: Omit<Diagnostic, 'severity'>): InputError => new InputError([{ severity: 'error', ...d }]);

/**
 * Read at most `maxBytes` of a file, whatever it is. A FIFO, a device (/dev/zero) or a socket is refused before
 * any read: opened with O_NONBLOCK so that opening a FIFO without a writer cannot hang, then checked with fstat on
 * the very descriptor read (no gap between check and use). A regular file is read up to limit + 1 bytes, so a file
 * that grows while it is read is still caught. Never reads more than limit + 1 bytes into memory.
 */
export function readBounded(file: string, maxBytes: number, kind: InputKind, lang: 'fr' | 'en' = getTerminalLang()): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK is undefined on Windows, where FIFOs are not files anyway.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    // The system's refusals (missing file, folder, permission…) in the one taxonomy of src/model/errors.ts.
    throw toInputError(err, { file, action: 'read' }) ?? err;
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError([fileDiagnostic('is-a-directory', file)]);
    if (!st.isFile()) throw new InputError([fileDiagnostic('not-a-regular-file', file)]);
    const tooLarge = (size: number): InputError =>
      fail({ code: 'file-too-large', file, message: loadMessage('file-too-large', { file, size: formatBytes(size, lang), kind: kindName(kind, lang), limit: formatBytes(maxBytes, lang) }, lang) });
    if (st.size > maxBytes) throw tooLarge(st.size);
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(st.size + 1, 4096)));
    let total = 0;
    let chunk = buf;
    for (;;) {
      if (total === chunk.length) {
        if (chunk.length > maxBytes) throw tooLarge(total);
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, total);
        chunk = bigger;
      }
      const n = readSync(fd, chunk, total, chunk.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > maxBytes) throw tooLarge(total);
    return chunk.subarray(0, total);
  } catch (err) {
    throw toInputError(err, { file, action: 'read' }) ?? err;
  } finally {
    closeSync(fd);
  }
}
