import { Chalk, type ChalkInstance } from 'chalk';
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocation, formatPath, printable, printableDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { EXIT, toInputError } from '../model/errors.js';
import { localize } from './messages.js';
import { PACKAGE_ROOT } from '../load/paths.js';
import type { Lang } from '../model/common.js';
import { plural, t } from '../wording/catalog.js';
import { getTerminalLang, setTerminalLang } from '../wording/lang.js';

// The terminal's language lives in wording/lang.ts; commands set it through here.
export { getTerminalLang, setTerminalLang };

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

/**
 * Data read from the user's files (criteria labels, bidder and evaluator names…) made printable for the terminal,
 * every string of it at any depth; numbers and the rest unchanged. JSON output needs none: JSON escapes them.
 */
export function printableData<T>(x: T): T {
  if (typeof x === 'string') return printable(x, true) as T;
  if (Array.isArray(x)) return x.map((v: unknown) => printableData(v)) as T;
  if (x && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, printableData(v)])) as T;
  }
  return x;
}

/** One diagnostic for the terminal, in the user's language, with anything the user typed made printable. */
export function formatDiagnosticColored(diag: Diagnostic, c: ChalkInstance): string {
  const d = printableDiagnostic(localize(diag));
  const lang = getTerminalLang();
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
 * The single place where failures become output and exit codes: input problems — and the system's refusals (missing
 * file, permission, disk full…), which are the user's environment — → 1 with every diagnostic; anything else is our
 * bug → 2, said plainly with the version so it can be reported.
 */
export function reportFailure(err: unknown, json = false): void {
  const input = toInputError(err);
  if (input) {
    if (json) process.stdout.write(JSON.stringify({ ok: false, errors: input.diagnostics.map((d) => localize(d)) }, null, 2) + '\n');
    else {
      printDiagnostics(input.diagnostics);
      const n = input.diagnostics.filter((d) => d.severity === 'error').length;
      process.stderr.write(plural(getTerminalLang(), 'cli.problemsFound', n) + '\n');
    }
    process.exitCode = EXIT.input;
    return;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  process.stderr.write(t(getTerminalLang(), 'cli.internalError', { version: version(), message: printable(e.message, true) }) + '\n');
  if (process.env.EFC_DEBUG) process.stderr.write(`${printable(e.stack ?? '', true)}\n`);
  process.exitCode = EXIT.internal;
}

/** Wrap a command action so every failure goes through reportFailure, in the language of its --lang (else LANG). */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>, opts: { jsonFlag?: boolean } = {}) {
  return async (...args: A): Promise<void> => {
    const cmdOpts = args.find((a) => a && typeof a === 'object' && !Array.isArray(a)) as { json?: boolean; lang?: Lang } | undefined;
    // A --lang the user typed chooses the messages' language; a default one (criteria's locale default) changes nothing.
    const cmd = args.find((a): a is Command => a instanceof Command);
    if (cmdOpts?.lang && cmd?.getOptionValueSource('lang') !== 'default' && (cmdOpts.lang === 'fr' || cmdOpts.lang === 'en')) setTerminalLang(cmdOpts.lang);
    try {
      await fn(...args);
    } catch (err) {
      reportFailure(err, opts.jsonFlag !== false && Boolean(cmdOpts?.json));
    }
  };
}
