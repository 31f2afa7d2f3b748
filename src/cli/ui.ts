import { Chalk, type ChalkInstance } from 'chalk';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocation, formatPath, type Diagnostic } from '../model/diagnostic.js';
import { EXIT, InputError } from '../model/errors.js';
import { PACKAGE_ROOT } from '../load/paths.js';

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
  const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
  const loc = formatLocation(d);
  const path = formatPath(d.path);
  const head = [loc ? c.bold(loc) : '', sev, d.message + (path ? c.dim(` (at ${path})`) : ''), c.dim(`[${d.code}]`)].filter(Boolean).join('  ');
  return d.hint ? `${head}\n    ${c.dim('hint:')} ${d.hint}` : head;
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
      process.stderr.write(`${n} problem${n > 1 ? 's' : ''} found; nothing was written.\n`);
    }
    process.exitCode = EXIT.input;
    return;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  process.stderr.write(`efc-tender ${version()}: internal error: ${e.message}\nThis is a bug in efc-tender, not in your input. Please report it with the command you ran.\n`);
  if (process.env.EFC_DEBUG) process.stderr.write(`${e.stack}\n`);
  process.exitCode = EXIT.internal;
}

/** Wrap a command action so every failure goes through reportFailure. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>, opts: { jsonFlag?: boolean } = {}) {
  return async (...args: A): Promise<void> => {
    try {
      await fn(...args);
    } catch (err) {
      const cmdOpts = args.find((a) => a && typeof a === 'object' && !Array.isArray(a)) as { json?: boolean } | undefined;
      reportFailure(err, opts.jsonFlag !== false && Boolean(cmdOpts?.json));
    }
  };
}
