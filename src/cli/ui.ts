import { Chalk, type ChalkInstance } from 'chalk';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocation, formatPath, type Diagnostic } from '../model/diagnostic.js';
import { EXIT, InputError } from '../model/errors.js';
import { PACKAGE_ROOT } from '../load/paths.js';
import type { Lang } from '../model/common.js';
import { plural, t } from '../wording/catalog.js';
import { terminalLang } from '../wording/lang.js';

/**
 * The language of terminal messages: --lang, else the spec's language (a command sets it once the spec is read),
 * else the locale (see wording/lang.ts). One process runs one command, so one setting is enough.
 */
let lang: Lang = terminalLang();
export const setTerminalLang = (l: Lang): void => {
  lang = l;
};
export const getTerminalLang = (): Lang => lang;

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function makeColor(stream: NodeJS.WriteStream = process.stderr): ChalkInstance {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return new Chalk({ level: noColor || !stream.isTTY ? 0 : 1 });
}

export function version(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function formatDiagnosticColored(d: Diagnostic, c: ChalkInstance): string {
  const word = t(lang, `cli.severity.${d.severity}`);
  const sev = d.severity === 'error' ? c.red(word) : d.severity === 'warning' ? c.yellow(word) : c.blue(word);
  const loc = formatLocation(d);
  const path = formatPath(d.path);
  const head = [loc ? c.bold(loc) : '', sev, d.message + (path ? c.dim(` ${t(lang, 'cli.at', { path })}`) : ''), c.dim(`[${d.code}]`)].filter(Boolean).join('  ');
  return d.hint ? `${head}\n    ${c.dim(t(lang, 'cli.hint'))} ${d.hint}` : head;
}

export function printDiagnostics(diags: readonly Diagnostic[], stream: NodeJS.WriteStream = process.stderr): void {
  const c = makeColor(stream);
  for (const d of diags) stream.write(formatDiagnosticColored(d, c) + '\n');
}

/**
 * The single place where failures become output and exit codes: input problems → 1 with every diagnostic;
 * anything else is our bug → 2, said plainly with the version so it can be reported.
 */
export function reportFailure(err: unknown, json = false): void {
  if (err instanceof InputError) {
    if (json) process.stdout.write(JSON.stringify({ ok: false, errors: err.diagnostics }, null, 2) + '\n');
    else {
      printDiagnostics(err.diagnostics);
      const n = err.diagnostics.filter((d) => d.severity === 'error').length;
      process.stderr.write(plural(lang, 'cli.problemsFound', n) + '\n');
    }
    process.exitCode = EXIT.input;
    return;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  process.stderr.write(t(lang, 'cli.internalError', { version: version(), message: e.message }) + '\n');
  if (process.env.EFC_DEBUG) process.stderr.write(`${e.stack}\n`);
  process.exitCode = EXIT.internal;
}

/** Wrap a command action so every failure goes through reportFailure. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>, opts: { jsonFlag?: boolean } = {}) {
  return async (...args: A): Promise<void> => {
    const cmdOpts = args.find((a) => a && typeof a === 'object' && !Array.isArray(a)) as { json?: boolean; lang?: Lang } | undefined;
    if (cmdOpts?.lang) setTerminalLang(cmdOpts.lang);
    try {
      await fn(...args);
    } catch (err) {
      reportFailure(err, opts.jsonFlag !== false && Boolean(cmdOpts?.json));
    }
  };
}
