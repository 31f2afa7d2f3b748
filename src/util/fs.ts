import { lstatSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import { say } from '../write/messages.js';
import { getTerminalLang } from '../wording/lang.js';
import { writeSetSync } from '../write/output-set.js';

/**
 * Write one file safely: through the set writer (src/write/output-set.ts) — a private staging folder, an exclusive
 * fsynced temp file, then put in place without overwriting unless `force`. A crash or a kill never leaves a
 * half-written document, and a symlink planted in the folder is never followed. For a set of files that belong
 * together, use writeSetSync / writeOutputSet directly.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, force = false, lang: Lang = getTerminalLang()): void {
  writeSetSync(dirname(path), [{ name: basename(path), data }], { force, lang });
}

/**
 * Check a whole set of outputs before doing the work that makes them, so that a refusal comes early. The writer
 * checks again when it writes: this is for the user's time, not for safety.
 */
export function assertWritable(paths: readonly string[], force: boolean, lang: Lang = getTerminalLang()): void {
  const problems: Diagnostic[] = [];
  for (const file of paths) {
    let st;
    try {
      st = lstatSync(file);
    } catch {
      continue; // absent (or unreadable: the writer will say why)
    }
    if (!st.isFile() && !st.isSymbolicLink()) problems.push({ code: 'output-not-a-file', severity: 'error', file, message: say('notAFile', lang, { file }), hint: say('notAFileHint', lang) });
    else if (!force) problems.push({ code: 'output-exists', severity: 'error', file, message: say('exists', lang, { file }), hint: say('existsHint', lang) });
  }
  if (problems.length) throw new InputError(problems);
}
