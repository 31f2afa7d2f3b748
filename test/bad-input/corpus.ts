/**
 * The bad-input corpus runner's shared part: read a case, run its commands on a private copy of its folder, and check
 * what every bad input must give — exit 1 (never 2) with a located message, no output changed, no temp file left.
 *
 * A case is a folder test/fixtures/bad-input/<case-id>/ holding small input files and a case.json:
 *   { "command": ["lint", "{dir}/spec.yaml"],        one command line (without the program name), or
 *     "commands": [[…], […]],                         several, each checked the same way on the same inputs
 *     "exit": 1,
 *     "stderr": "regex",                              matched against what the command prints (stderr, then stdout:
 *                                                     lint prints its report on stdout)
 *     "note": "what it proves",
 *     "env": { "LANG": "fr_FR.UTF-8" } }              optional; LANG defaults to en_GB.UTF-8 (English messages; C and unset locales give French)
 * Placeholders: {dir} the copy of the case folder, {out} a fresh output folder holding only a sentinel file,
 * {root} the repository (for the examples).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CORPUS = join(ROOT, 'test', 'fixtures', 'bad-input');
const BIN = join(ROOT, 'bin', 'efc-tender.js');
const SENTINEL = 'sentinel.txt';
const SENTINEL_TEXT = 'this file must survive every bad input\n';

export interface BadInputCase {
  readonly command?: readonly string[];
  readonly commands?: readonly (readonly string[])[];
  readonly exit: number;
  readonly stderr: string;
  readonly note: string;
  readonly env?: Readonly<Record<string, string>>;
}

export interface Run {
  readonly args: readonly string[];
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const caseIds = (): string[] =>
  readdirSync(CORPUS)
    .filter((d) => statSync(join(CORPUS, d)).isDirectory())
    .sort();

export function readCase(id: string): BadInputCase {
  const c = JSON.parse(readFileSync(join(CORPUS, id, 'case.json'), 'utf8')) as BadInputCase;
  if (!c.command && !c.commands) throw new Error(`${id}/case.json: "command" or "commands" is required`);
  return c;
}

/** Every file below a folder, with its bytes, for before/after comparisons. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), e.isFile() ? readFileSync(p).toString('base64') : `<${e.isFIFO() ? 'fifo' : e.isSymbolicLink() ? 'link' : 'special'}>`);
    }
  };
  walk(dir);
  return out;
}

/**
 * A workspace for one case: the case folder copied without its case.json (runs never touch the repository, and
 * generated cases build their inputs here) and an output folder holding only a sentinel file.
 */
export function workspace(id?: string): { dir: string; out: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'efc-bad-input-'));
  const dir = join(base, 'case');
  const out = join(base, 'out');
  mkdirSync(dir);
  if (id) cpSync(join(CORPUS, id), dir, { recursive: true, filter: (src) => src !== join(CORPUS, id, 'case.json') });
  writeAll(out, { [SENTINEL]: SENTINEL_TEXT });
  return { dir, out, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

export function writeAll(dir: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [name, data] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, data);
  }
}

export const fill = (args: readonly string[], dir: string, out: string): string[] => args.map((a) => a.replaceAll('{dir}', dir).replaceAll('{out}', out).replaceAll('{root}', ROOT));

export function run(args: readonly string[], env: Readonly<Record<string, string>> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
    timeout: 120_000,
  });
  return { args, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Printable form of what the user typed, as efc-tender echoes it (control characters as \uXXXX). */
const echoed = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The message is located: it names something the user gave — a file or folder of the command line (or a file
 * inside one), an option, an argument — or a line:col, or a sheet and cell.
 */
export function isLocated(r: Run): boolean {
  const text = r.stderr + r.stdout;
  if (/\b\d+:\d+\b/.test(text) || /![A-Z]+\d+/.test(text)) return true;
  if (/--(?!help\b)[a-z][a-z-]+/.test(text)) return true; // an option named, e.g. "required option '-o, --out <dir>'"
  return r.args.some((a) => a.length > 1 && (text.includes(echoed(a)) || (a.startsWith('--') && text.includes(a.split('=')[0]!))));
}

/** No efc-tender temp file anywhere below a folder. */
export function tempFiles(dir: string): string[] {
  return [...snapshot(dir).keys()].filter((p) => p.split('/').some((part) => part.startsWith('.efc-')));
}

/** Run one command line of a case and check everything a bad input must give. */
export function expectRefused(c: Pick<BadInputCase, 'exit' | 'stderr' | 'env'>, args: readonly string[], dir: string, out: string): Run {
  const beforeOut = snapshot(out);
  const beforeDir = snapshot(dir);
  const r = run(fill(args, dir, out), c.env);
  const where = `efc-tender ${r.args.join(' ')}\n--- stderr\n${r.stderr}\n--- stdout\n${r.stdout.slice(0, 2000)}`;
  expect(r.code, `exit code of ${where}`).not.toBe(2);
  expect(r.code, `exit code of ${where}`).toBe(c.exit);
  expect(r.stderr + r.stdout, where).not.toMatch(/internal error|This is a bug/);
  expect(r.stderr + '\n' + r.stdout, where).toMatch(new RegExp(c.stderr));
  expect(isLocated(r), `message not located (no file, option, argument or line:col named): ${where}`).toBe(true);
  expect(snapshot(out), `output folder changed by ${where}`).toEqual(beforeOut);
  expect(snapshot(dir), `case folder changed by ${where}`).toEqual(beforeDir);
  expect(tempFiles(out).concat(tempFiles(dir)), `temp files left by ${where}`).toEqual([]);
  return r;
}
