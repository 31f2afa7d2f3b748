import lockfile from 'proper-lockfile';
import { join } from 'node:path';
import type { Lang } from '../model/common.js';
import { InputError } from '../model/errors.js';
import { getTerminalLang } from '../wording/lang.js';
import { reason, say } from './messages.js';
import { ensureFolder, writeSetSync, type OutputData, type SetOptions, type SetResult } from './output-set.js';

/**
 * One efc-tender run at a time per output folder. The lock is a folder, `<out>/.efc-lock`, made by mkdir (atomic,
 * and mkdir never follows a symlink) through proper-lockfile, which keeps its date fresh while we hold it and
 * removes it when the process exits, even on a signal. A run killed outright (kill -9) leaves it: it is then taken
 * over once its date is STALE_MS old.
 *
 * Policy: a second run waits up to WAIT_MS for the folder, then goes on *under the same no-overwrite rule* (so
 * without --force it refuses the files the first run wrote), or, if the folder is still taken, refuses clearly with
 * `output-locked` (exit 1). A batch takes the lock once for the whole run, so its sets never interleave with another
 * run's.
 */

export const LOCK_NAME = '.efc-lock';
/** Long enough that a main thread busy rendering a large document for several seconds is not taken for dead. */
export const STALE_MS = 20_000;
/** How long a second run waits for the folder before refusing: covers a single spec's generation under load. */
export const WAIT_MS = 10_000;

export interface FolderLock {
  readonly dir: string;
  /** Throws when the lock was lost (its folder removed or taken over): nothing more may be written. */
  assertHeld(): void;
  release(): Promise<void>;
}

export async function lockFolder(dir: string, opts: { lang?: Lang; waitMs?: number } = {}): Promise<FolderLock> {
  const lang = opts.lang ?? getTerminalLang();
  const waitMs = opts.waitMs ?? WAIT_MS;
  const lockPath = join(dir, LOCK_NAME);
  ensureFolder(dir, lang);
  let lost: Error | undefined;
  const started = Date.now();
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: lockPath,
      realpath: false,
      stale: STALE_MS,
      update: STALE_MS / 4,
      // About waitMs in all: quick first tries (the other run may be finishing), then every half second.
      retries: { retries: Math.max(0, Math.ceil(waitMs / 500)), minTimeout: 50, maxTimeout: 500, factor: 1.6 },
      onCompromised: (err) => (lost = err),
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') {
      const secs = Math.round((Date.now() - started) / 1000);
      throw new InputError([{ code: 'output-locked', severity: 'error', file: dir, message: say('locked', lang, { dir, lock: lockPath, secs }), hint: say('lockedHint', lang, { stale: STALE_MS / 1000 }) }]);
    }
    if (code && ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOSPC', 'EDQUOT', 'ENOENT'].includes(code)) {
      throw new InputError([{ code: code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'output-write-failed', severity: 'error', file: lockPath, message: say(code === 'ENOSPC' || code === 'EDQUOT' ? 'diskFull' : 'cannotWrite', lang, { file: lockPath, dir, reason: reason(code, lang) }), hint: say(code === 'ENOSPC' ? 'diskFullHint' : 'cannotWriteHint', lang) }]);
    }
    throw err;
  }
  let released = false;
  return {
    dir,
    assertHeld() {
      if (lost) throw new InputError([{ code: 'output-lock-lost', severity: 'error', file: dir, message: say('lockLost', lang, { dir, reason: lost.message }) }]);
    },
    async release() {
      if (released) return;
      released = true;
      if (!lost) await release().catch(() => {}); // already gone (compromised): nothing to remove
    },
  };
}

/** Lock the folder, write the set all or nothing (output-set.ts), unlock: for commands writing one set per run. */
export async function writeOutputSet(dir: string, files: readonly OutputData[], opts: SetOptions & { waitMs?: number }): Promise<SetResult> {
  const lock = await lockFolder(dir, opts);
  try {
    return writeSetSync(dir, files, opts);
  } finally {
    await lock.release();
  }
}
