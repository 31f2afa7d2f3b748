import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import { getTerminalLang } from '../wording/lang.js';
import { reason, say } from './messages.js';

/**
 * The one writer of user files. A *set* of files (a spec's DOCX, grid DOCX and grid XLSX; a report; an interview's
 * spec) is written all or nothing:
 *
 * 1. a private staging folder is made inside the output folder with mkdtemp (a fresh random name, created
 *    exclusively with mode 0700: a symlink planted under any name cannot be followed, nobody else can write in it);
 * 2. every file is written there with O_CREAT|O_EXCL ('wx', which never follows a symlink) and fsynced — a full disk
 *    or any other failure here leaves the destination untouched;
 * 3. the no-overwrite rule is checked against the destination, and the files are put in place: without --force by
 *    link(2), which fails if the name exists, so even a writer that ignores our lock cannot be overwritten; with
 *    --force the old files are first moved aside into the staging folder, so that a failed rename is rolled back by
 *    renaming them back;
 * 4. the folder is fsynced and the staging folder removed.
 *
 * Why not `write-file-atomic`: it makes one file atomic (temp file + rename), not a set — three calls still leave a
 * mixed set when the third fails, it always replaces (no exclusive "refuse if it exists" mode), and its temp name
 * sits beside the target rather than in a private folder. The set needs staging + ordered renames + rollback, which
 * is this module.
 *
 * Concurrent runs are serialised by the folder lock (lock.ts), taken by the async callers; this function is
 * synchronous on purpose: a signal handler (JavaScript code) cannot run in the middle of it, so a SIGINT arrives
 * before a set or after it, never half-way.
 */

export interface OutputData {
  /**
   * A file name inside the output folder, or a relative path below it with `/` between plain names
   * ("sicoval/interne/grille.xlsx"): never absolute, never `.` or `..`, never a name starting with `.efc-`.
   */
  readonly name: string;
  readonly data: string | Uint8Array;
}

export interface SetOptions {
  /** Replace existing files. Without it, any existing target refuses the whole set. */
  readonly force: boolean;
  readonly lang?: Lang;
  /** The spec (or other input) the set comes from: diagnostics name it when they have no better file. */
  readonly source?: string;
  /** Test seam: called before each step; throwing from it simulates that step failing (e.g. ENOSPC on the 3rd write). */
  readonly fault?: (step: 'write' | 'place', index: number, name: string) => void;
}

export interface SetResult {
  /** Paths written (new or replaced), in the set's order. */
  readonly written: readonly string[];
  /** Paths left as they were because they already held exactly these bytes (with --force only). */
  readonly unchanged: readonly string[];
}

/** A set that was not written: its diagnostics, and exactly which paths were and were not written (normally none). */
export class OutputSetError extends InputError {
  constructor(
    diagnostics: readonly Diagnostic[],
    readonly written: readonly string[],
    readonly notWritten: readonly string[],
  ) {
    super(diagnostics);
    this.name = 'OutputSetError';
  }
}

/** Filesystem errors that are the environment's, not our bug: they become exit 1 with a message. */
const ENV_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENAMETOOLONG', 'ELOOP', 'EMLINK', 'EIO', 'EBUSY', 'ETXTBSY', 'EFBIG', 'ENOENT']);
/** link(2) refused by the filesystem itself (FAT, some network shares): fall back to rename under the lock. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

export const STAGING_PREFIX = '.efc-staging-';

const lstatOrUndefined = (p: string): Stats | undefined => {
  try {
    return lstatSync(p);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
};

/** Write `data` to a new file (exclusively: never an existing file, never through a symlink), then fsync it. */
function writeExclusive(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'wx', 0o666);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Make the renames durable: fsync the folder. Some platforms cannot open a folder for that; the rename still holds. */
function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // EISDIR/EPERM/EINVAL on platforms without directory fsync: nothing more can be done.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function sameBytes(path: string, st: Stats, data: string | Uint8Array): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (!st.isFile() || st.size !== bytes.length) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(readFileSync(path));
}

/** A filesystem error as a diagnostic: "disk full" said as such, anything else with its code. */
function envDiagnostic(err: NodeJS.ErrnoException, path: string, dir: string, lang: Lang): Diagnostic {
  if (err.code === 'ENOSPC' || err.code === 'EDQUOT') {
    return { code: 'disk-full', severity: 'error', file: path, message: say('diskFull', lang, { file: basename(path), dir }), hint: say('diskFullHint', lang) };
  }
  return { code: 'output-write-failed', severity: 'error', file: path, message: say('cannotWrite', lang, { file: path, reason: err.code ? reason(err.code, lang) : err.message }), hint: say('cannotWriteHint', lang) };
}

const isEnvError = (err: unknown): err is NodeJS.ErrnoException => err instanceof Error && ENV_CODES.has((err as NodeJS.ErrnoException).code ?? '');

/** Create the output folder (and its parents); a file in the way or a refused permission is the user's problem. */
export function ensureFolder(dir: string, lang: Lang = getTerminalLang()): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    if (isEnvError(err)) throw new OutputSetError([envDiagnostic(err, dir, dir, lang)], [], []);
    throw err;
  }
}

/**
 * Write a set of files into `dir`, all or nothing (see the module comment). Throws OutputSetError (an InputError:
 * exit 1) when the set is refused or cannot be written; its `written` is empty unless a rollback itself failed.
 * The caller holds the folder lock when other efc-tender runs may write there.
 */
export function writeSetSync(dir: string, files: readonly OutputData[], opts: SetOptions): SetResult {
  const lang = opts.lang ?? getTerminalLang();
  const names = new Set<string>();
  for (const f of files) {
    // Callers check names against the user (safety.ts); here a bad one is our bug.
    if (!isSafeRelativeName(f.name) || names.has(f.name)) throw new Error(`writeSetSync: invalid or repeated output name ${JSON.stringify(f.name)}`);
    names.add(f.name);
  }
  const targets = files.map((f) => join(dir, ...f.name.split('/')));
  // Subfolders the set needs ("sicoval", "sicoval/interne"), parents first.
  const folders = [...new Set(files.flatMap((f) => parentFolders(f.name)))].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
  const fail = (diags: Diagnostic[], written: string[] = [], notWritten: string[] = targets): never => {
    throw new OutputSetError(diags, written, notWritten);
  };
  const noneWritten = (d: Diagnostic): Diagnostic => ({ ...d, message: `${d.message} — ${say('noneWritten', lang, { files: files.map((f) => f.name).join(', ') })}` });

  ensureFolder(dir, lang);

  // What is there now: refuse folders and special files always, existing files without --force (every one at once).
  const before = targets.map((t) => {
    try {
      return lstatOrUndefined(t);
    } catch (err) {
      if (isEnvError(err)) return fail([noneWritten(envDiagnostic(err, t, dir, lang))]);
      throw err;
    }
  });
  const refusals: Diagnostic[] = [];
  // A subfolder must be a real folder or absent: a symlink planted in its place would lead the set elsewhere.
  const folderExists = new Map<string, boolean>();
  for (const rel of folders) {
    const path = join(dir, ...rel.split('/'));
    let st: Stats | undefined;
    try {
      st = lstatOrUndefined(path);
    } catch (err) {
      if (isEnvError(err)) return fail([noneWritten(envDiagnostic(err, path, dir, lang))]);
      throw err;
    }
    if (st && !st.isDirectory()) refusals.push({ code: 'output-not-a-folder', severity: 'error', file: path, message: say('notAFolder', lang, { dir: path }), hint: say('notAFileHint', lang) });
    folderExists.set(rel, st !== undefined);
  }
  before.forEach((st, k) => {
    if (!st) return;
    const file = targets[k]!;
    if (!st.isFile() && !st.isSymbolicLink()) refusals.push({ code: 'output-not-a-file', severity: 'error', file, message: say('notAFile', lang, { file }), hint: say('notAFileHint', lang) });
    else if (!opts.force) refusals.push({ code: 'output-exists', severity: 'error', file, message: say('exists', lang, { file }), hint: say('existsHint', lang) });
  });
  if (refusals.length) fail(refusals);

  // With --force, a file that already holds exactly these bytes is left alone (its date too).
  const changed = files.map((f, k) => !(before[k] && sameBytes(targets[k]!, before[k]!, f.data)));
  const unchanged = targets.filter((_, k) => !changed[k]);

  let staging: string;
  try {
    staging = mkdtempSync(join(dir, STAGING_PREFIX));
  } catch (err) {
    if (isEnvError(err)) return fail([noneWritten(envDiagnostic(err, join(dir, STAGING_PREFIX + 'XXXXXX'), dir, lang))]);
    throw err;
  }
  const staged = files.map((_, k) => join(staging, `new-${k}`));
  const aside = files.map((_, k) => join(staging, `old-${k}`));
  let keepStaging = false;
  try {
    // 2. Write everything first: nothing at the destination changes until every byte is on disk.
    files.forEach((f, k) => {
      if (!changed[k]) return;
      try {
        opts.fault?.('write', k, f.name);
        writeExclusive(staged[k]!, f.data);
      } catch (err) {
        if (isEnvError(err)) fail([noneWritten(envDiagnostic(err, targets[k]!, dir, lang))]);
        throw err;
      }
    });

    // 3. Put them in place, remembering each step so that a failure can be undone.
    const placed: { k: number; how: 'link' | 'rename'; movedAside: boolean }[] = [];
    const movedAside = new Set<number>();
    const madeFolders: string[] = [];
    try {
      for (const rel of folders) {
        if (folderExists.get(rel)) continue;
        const path = join(dir, ...rel.split('/'));
        try {
          mkdirSync(path, { mode: 0o777 }); // one level, never recursive: its parent was checked or made just before
          madeFolders.push(path);
        } catch (err) {
          // Made by someone else since the check: fine if it is a real folder, refused otherwise.
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !lstatSync(path).isDirectory()) throw err;
        }
      }
      files.forEach((f, k) => {
        if (!changed[k]) return;
        opts.fault?.('place', k, f.name);
        const target = targets[k]!;
        if (before[k]) {
          renameSync(target, aside[k]!); // --force: the old file waits in staging until the whole set is in place
          movedAside.add(k);
          renameSync(staged[k]!, target);
          placed.push({ k, how: 'rename', movedAside: true });
          return;
        }
        try {
          linkSync(staged[k]!, target); // fails with EEXIST if anyone created the name since: never overwrites
          placed.push({ k, how: 'link', movedAside: false });
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code ?? '';
          if (!NO_HARD_LINKS.has(code)) throw err;
          if (lstatOrUndefined(target)) throw Object.assign(new Error(`${target} exists`), { code: 'EEXIST' });
          renameSync(staged[k]!, target); // no hard links here: the lock keeps other efc-tender runs out
          placed.push({ k, how: 'rename', movedAside: false });
        }
      });
    } catch (err) {
      const failedAt = files.findIndex((_, k) => changed[k] && !placed.some((p) => p.k === k));
      const stuck = rollBack(placed, movedAside, targets, aside);
      // The folders this set made go too (deepest first), unless something else now lives in them.
      for (const path of [...madeFolders].reverse()) {
        try {
          rmdirSync(path);
        } catch {
          // not empty or already gone: leave it
        }
      }
      if (stuck.length) {
        keepStaging = true;
        const written = placed.filter((p) => stuck.includes(p.k)).map((p) => targets[p.k]!);
        const notWritten = targets.filter((t) => !written.includes(t));
        const cause = isEnvError(err) ? envDiagnostic(err, targets[failedAt] ?? dir, dir, lang) : { code: 'output-write-failed', severity: 'error' as const, message: String(err) };
        fail([{ ...cause, message: `${cause.message} — ${say('rollbackFailed', lang, { written: written.join(', ') || '-', notWritten: notWritten.join(', ') || '-', staging })}` }], written, notWritten);
      }
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && failedAt >= 0) {
        const file = targets[failedAt]!;
        fail([noneWritten({ code: 'output-exists', severity: 'error', file, message: say('exists', lang, { file }), hint: say('existsHint', lang) })]);
      }
      if (isEnvError(err)) fail([noneWritten(envDiagnostic(err, targets[failedAt] ?? dir, dir, lang))]);
      throw err;
    }
    fsyncDir(dir);
    return { written: targets.filter((_, k) => changed[k]), unchanged };
  } finally {
    if (!keepStaging) rmSync(staging, { recursive: true, force: true });
  }
}

/** A relative output name: plain names joined by `/`, none of them empty, `.`, `..` or starting with `.efc-`. */
export function isSafeRelativeName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.startsWith('/') || /^[a-zA-Z]:/.test(name) || /[\u0000-\u001f\u007f]/.test(name)) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !part.startsWith('.efc-') && part === basename(part));
}

/** "a/b/c.docx" → ["a", "a/b"]. */
function parentFolders(name: string): string[] {
  const out: string[] = [];
  for (let d = dirname(name); d !== '.' && d !== ''; d = dirname(d)) out.unshift(d);
  return out;
}

/**
 * Undo the placed files, last first: an old file moved aside is renamed back over the new one; a new file that had
 * no predecessor is removed. Returns the indexes that could not be undone (normally none).
 */
function rollBack(placed: readonly { k: number; how: 'link' | 'rename'; movedAside: boolean }[], movedAside: Set<number>, targets: readonly string[], aside: readonly string[]): number[] {
  const stuck: number[] = [];
  const placedSet = new Set(placed.map((p) => p.k));
  for (const p of [...placed].reverse()) {
    try {
      if (p.movedAside) renameSync(aside[p.k]!, targets[p.k]!);
      else unlinkSync(targets[p.k]!);
    } catch {
      stuck.push(p.k);
    }
  }
  // Moved aside but its new file never went in: put the old one back.
  for (const k of movedAside) {
    if (placedSet.has(k)) continue;
    try {
      renameSync(aside[k]!, targets[k]!);
    } catch {
      stuck.push(k);
    }
  }
  return stuck;
}
