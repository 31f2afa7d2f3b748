import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../model/errors.js';

/**
 * Write a file atomically: to a temporary file beside it, then rename. A crash or a kill never leaves a
 * half-written document where the user expects a good one. Refuses to replace an existing file unless `force`.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, force = false): void {
  if (!force && existsSync(path)) {
    throw new InputError([{ code: 'output-exists', severity: 'error', file: path, message: `${path} already exists`, hint: 'use --force to overwrite it' }]);
  }
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.efc-tmp-${process.pid}-${basename(path)}`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Check a whole set of outputs before writing any, so a refusal leaves nothing half-done. */
export function assertWritable(paths: readonly string[], force: boolean): void {
  if (force) return;
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length) {
    throw new InputError(existing.map((p) => ({ code: 'output-exists', severity: 'error' as const, file: p, message: `${p} already exists`, hint: 'use --force to overwrite it' })));
  }
}
