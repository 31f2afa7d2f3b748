import { runBatch, type BatchSummary } from '../../batch/run.js';
import { chooseMode, Reporter } from '../../batch/progress.js';
import { printable } from '../../model/diagnostic.js';
import { EXIT } from '../../model/errors.js';
import { expandInputs } from '../../batch/expand.js';
import { sharedSpecLanguage } from '../../load/spec.js';
import { getTerminalLang, makeColor, printDiagnostics, setTerminalLang } from '../ui.js';
import type { GenerateCliOptions } from './generate.js';

/**
 * generate: one spec or hundreds, through the same batch runner (src/batch). Each spec is load → select → lint →
 * compose → render in memory, then all its files are written or none (src/write); a bad spec never stops the others.
 * Exit 0 when every spec was written, 1 when any input was wrong, 2 when we crashed on one.
 */
export async function runGenerate(specs: readonly string[], opts: GenerateCliOptions): Promise<void> {
  // SIGINT/SIGTERM: the batch stops between two sets (each set is written synchronously, all or none), workers and
  // the folder lock are let go, the summary says what was written, and we exit 130/143 as a shell expects.
  const abort = new AbortController();
  const onSignal = (sig: NodeJS.Signals): void => {
    if (abort.signal.aborted) process.exit(SIGNAL_EXIT[sig]); // a second signal: stop now (nothing is half-written)
    abort.abort(sig);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await generate(specs, opts, abort.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Conventional exit codes for a run stopped by a signal: 128 + the signal's number. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> & Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

async function generate(specs: readonly string[], opts: GenerateCliOptions, signal: AbortSignal): Promise<void> {
  // The terminal speaks --lang, else the specs' language when they all share one, else the locale's.
  if (!opts.lang) {
    const shared = sharedSpecLanguage(expandInputs(specs).files);
    if (shared) setTerminalLang(shared);
  }
  const reporter = new Reporter(chooseMode(opts), {
    out: process.stdout,
    err: process.stderr,
    c: makeColor(process.stdout),
    printDiagnostics: (d) => printDiagnostics(d),
    lang: getTerminalLang(),
  });
  const options = {
    out: opts.out,
    force: opts.force,
    jobs: opts.jobs,
    signal,
    criteria: opts.criteria,
    options: { lang: opts.lang, templatesDir: opts.templates, format: opts.format, tocPageNumbers: opts.tocPageNumbers, lint: opts.lint, lintAnnex: opts.lintAnnex, bidders: opts.bidders, layout: opts.layout },
  };
  let summary: BatchSummary;
  try {
    summary = await runBatch(specs, options, { onPlan: (total, problems) => reporter.plan(total, problems), onSpec: (r) => reporter.spec({ ...r, file: printable(r.file), written: r.written.map((w) => printable(w)) }) });
  } finally {
    reporter.stop(); // a bad criteria folder stops the whole batch: clear the bar before the error is printed
  }
  reporter.end(summary);
  if (opts.json) process.stdout.write(JSON.stringify(jsonSummary(summary), null, 2) + '\n');
  if (summary.interrupted) {
    // An in-process spec may still be rendering: its result is not wanted, exit without waiting for it.
    process.exit(SIGNAL_EXIT[summary.interrupted as 'SIGINT' | 'SIGTERM'] ?? 130);
  }
  const internal = summary.specs.some((r) => r.internal);
  if (internal) process.exitCode = EXIT.internal;
  else if (summary.failed || summary.inputProblems.length) process.exitCode = EXIT.input;
}

/** --json: per spec in input order, then the totals; `written` and `errors` stay flat for simple scripts. */
function jsonSummary(s: BatchSummary) {
  const errors = [...s.inputProblems, ...s.specs.flatMap((r) => r.errors)];
  return {
    ok: errors.length === 0 && !s.interrupted,
    summary: {
      specs: s.specs.length + s.notRun,
      done: s.done,
      failed: s.failed,
      notRun: s.notRun,
      filesWritten: s.filesWritten,
      filesUnchanged: s.filesUnchanged,
      ...(s.interrupted ? { interrupted: s.interrupted } : {}),
      durationMs: Math.round(s.durationMs),
      workers: s.workers,
    },
    specs: s.specs.map((r) => ({ file: r.file, ok: r.ok, written: r.written, unchanged: r.unchanged, warnings: r.warnings, errors: r.errors })),
    written: s.specs.flatMap((r) => r.written),
    errors,
  };
}
