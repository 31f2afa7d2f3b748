import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareCodeUnits, expandGlob, hasMagic } from './glob.js';

/** What a batch works on: spec files in a stable order, and the inputs that named none. */
export interface ExpandedInputs {
  readonly files: readonly string[];
  readonly problems: readonly Diagnostic[];
}

const isSpecFile = (name: string): boolean => /\.ya?ml$/i.test(name) && !name.startsWith('.');

/** Every spec file below a folder, depth first, sorted; hidden entries (.git, temporary files) are skipped. */
export function specFilesBelow(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort(compareCodeUnits);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (isDirectory(p)) out.push(...specFilesBelow(p));
    else if (isSpecFile(name)) out.push(p);
  }
  return out;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Turn the command line's inputs — files, folders (every *.yaml below) and globs — into spec files, in the order given
 * (each folder's and glob's files sorted), without duplicates. A file named outright is kept even if it does not exist,
 * so that loading reports it like any other unreadable spec; a folder or a glob that yields nothing is a problem of its own.
 */
export function expandInputs(inputs: readonly string[], cwd = process.cwd()): ExpandedInputs {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: Diagnostic[] = [];
  const add = (f: string): void => {
    const key = resolve(cwd, f);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(f);
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    if (isDirectory(abs)) {
      const found = specFilesBelow(abs).map((f) => join(input, f.slice(abs.length + 1)));
      if (found.length === 0) problems.push({ code: 'input-no-specs', severity: 'error', file: input, message: `no *.yaml spec file in folder ${input}` });
      found.forEach(add);
    } else if (!existsSync(abs) && hasMagic(input)) {
      const found = expandGlob(input, cwd).flatMap((m) => {
        const full = resolve(cwd, m);
        if (isDirectory(full)) return specFilesBelow(full).map((f) => join(m, f.slice(full.length + 1)));
        return isSpecFile(m.split('/').pop()!) ? [m] : [];
      });
      if (found.length === 0) {
        problems.push({ code: 'input-no-match', severity: 'error', file: input, message: `no spec file matches ${input}`, hint: 'quote the pattern so that efc-tender expands it, and check its folder' });
      }
      found.forEach(add);
    } else add(input);
  }
  return { files, problems };
}
