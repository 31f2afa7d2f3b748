import { runBatch, type BatchSummary } from '../../batch/run.js';
import { chooseMode, Reporter } from '../../batch/progress.js';
import { printable } from '../../model/diagnostic.js';
import { EXIT } from '../../model/errors.js';
import { makeColor, printDiagnostics } from '../ui.js';
import type { GenerateCliOptions } from './generate.js';

/**
 * generate: one spec or hundreds, through the same batch runner (src/batch). Each spec is load → select → lint →
 * compose → render in memory, then all its files are written or none; a bad spec never stops the others.
 * Exit 0 when every spec was written, 1 when any input was wrong, 2 when we crashed on one.
 */
export async function runGenerate(specs: readonly string[], opts: GenerateCliOptions): Promise<void> {
  const reporter = new Reporter(chooseMode(opts), {
    out: process.stdout,
    err: process.stderr,
    c: makeColor(process.stdout),
    printDiagnostics: (d) => printDiagnostics(d),
  });
  const options = {
    out: opts.out,
    force: opts.force,
    jobs: opts.jobs,
    criteria: opts.criteria,
    options: { lang: opts.lang, templatesDir: opts.templates, format: opts.format, tocPageNumbers: opts.tocPageNumbers, lint: opts.lint, lintAnnex: opts.lintAnnex, bidders: opts.bidders },
  };
  let summary: BatchSummary;
  try {
    summary = await runBatch(specs, options, { onPlan: (total, problems) => reporter.plan(total, problems), onSpec: (r) => reporter.spec({ ...r, file: printable(r.file), written: r.written.map((w) => printable(w)) }) });
  } finally {
    reporter.stop(); // a bad criteria folder stops the whole batch: clear the bar before the error is printed
  }
  reporter.end(summary);
  if (opts.json) process.stdout.write(JSON.stringify(jsonSummary(summary), null, 2) + '\n');
  const internal = summary.specs.some((r) => r.internal);
  if (internal) process.exitCode = EXIT.internal;
  else if (summary.failed || summary.inputProblems.length) process.exitCode = EXIT.input;
}

/** --json: per spec in input order, then the totals; `written` and `errors` stay flat for simple scripts. */
function jsonSummary(s: BatchSummary) {
  const errors = [...s.inputProblems, ...s.specs.flatMap((r) => r.errors)];
  return {
    ok: errors.length === 0,
    summary: { specs: s.specs.length, done: s.done, failed: s.failed, filesWritten: s.filesWritten, durationMs: Math.round(s.durationMs), workers: s.workers },
    specs: s.specs.map((r) => ({ file: r.file, ok: r.ok, written: r.written, warnings: r.warnings, errors: r.errors })),
    written: s.specs.flatMap((r) => r.written),
    errors,
  };
}
