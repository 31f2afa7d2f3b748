import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import { assertWritable, writeFileAtomic } from '../util/fs.js';
import { expandInputs } from './expand.js';
import { inProcessRunner, workerPool, type Runner } from './pool.js';
import type { JobOutcome, WorkerInit } from './protocol.js';
import { checkOutputName, findStemConflicts, nameKey } from './safety.js';

/**
 * Batch generation: expand the inputs, refuse conflicting specs up front, generate the others on worker threads and
 * write each spec's files from this thread — in input order, so that messages, the summary and the files on disk come
 * out the same whatever the number of workers. This module never imports the pipeline itself: with workers, the heavy
 * libraries load in the workers only.
 */

export interface BatchOptions extends WorkerInit {
  readonly out: string;
  readonly force: boolean;
  /** Worker threads; default the number of cores. 1 (or a single spec) runs in this thread. */
  readonly jobs?: number;
}

export interface SpecReport {
  readonly file: string;
  readonly ok: boolean;
  /** Paths written, in the order the pipeline returned the files. */
  readonly written: readonly string[];
  readonly warnings: readonly Diagnostic[];
  readonly errors: readonly Diagnostic[];
  /** Refused before any generation (output conflict): its errors were already given to onPlan. */
  readonly refusedUpFront?: boolean;
  /** Failed on our bug rather than on its input. */
  readonly internal?: boolean;
}

export interface BatchSummary {
  readonly specs: readonly SpecReport[];
  /** Inputs that named no spec (an empty folder, a glob matching nothing). */
  readonly inputProblems: readonly Diagnostic[];
  readonly done: number;
  readonly failed: number;
  readonly filesWritten: number;
  readonly durationMs: number;
  /** Worker threads used; 0 when the specs ran in this thread. */
  readonly workers: number;
}

export interface BatchEvents {
  /** Before any work: how many specs, and the problems found without generating (bad inputs, conflicts). */
  onPlan?(total: number, problems: readonly Diagnostic[]): void;
  /** Each spec once written or failed, in input order. */
  onSpec?(report: SpecReport, index: number): void;
}

export async function runBatch(inputs: readonly string[], opts: BatchOptions, events: BatchEvents = {}): Promise<BatchSummary> {
  const start = performance.now();
  const { files, problems } = expandInputs(inputs);
  const conflicts = findStemConflicts(files);
  events.onPlan?.(files.length, [...problems, ...conflicts.values()]);

  const todo = files.filter((_, i) => !conflicts.has(i)).length;
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const workers = todo <= 1 || jobs === 1 ? 0 : Math.min(jobs, todo);
  const init: WorkerInit = { criteria: opts.criteria, options: opts.options };
  const runner: Runner = workers === 0 ? await inProcessRunner(init) : workerPool(workers, init);

  const claimed = new Map<string, string>(); // output name (folded) → spec that wrote it
  const reports: SpecReport[] = [];
  const settle = (i: number, outcome: JobOutcome | undefined): void => {
    const file = files[i]!;
    const conflict = conflicts.get(i);
    const report = conflict ? { file, ok: false, written: [], warnings: [], errors: [conflict], refusedUpFront: true } : write(file, outcome!, opts, claimed);
    reports.push(report);
    events.onSpec?.(report, i);
  };

  try {
    await inOrder(files.length, workers === 0 ? 1 : workers * 4, (i) => (conflicts.has(i) ? undefined : runner.run(files[i]!)), settle);
  } finally {
    await runner.close();
  }
  const failed = reports.filter((r) => !r.ok).length;
  return {
    specs: reports,
    inputProblems: problems,
    done: reports.length - failed,
    failed,
    filesWritten: reports.reduce((n, r) => n + r.written.length, 0),
    durationMs: performance.now() - start,
    workers,
  };
}

/**
 * Start tasks 0..n-1 with at most `window` started but not yet settled, and settle them strictly in index order.
 * The window bounds the results held in memory (a slow spec cannot make the others pile up), whatever n is.
 */
function inOrder<T>(n: number, window: number, start: (i: number) => Promise<T> | undefined, settle: (i: number, value: T | undefined) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = new Map<number, T | undefined>();
    let next = 0;
    let settled = 0;
    const step = (): void => {
      try {
        for (;;) {
          while (ready.has(settled)) {
            const value = ready.get(settled);
            ready.delete(settled);
            settle(settled++, value);
          }
          if (settled === n) return resolve();
          if (next >= n || next - settled >= window) return;
          const i = next++;
          const p = start(i);
          if (p === undefined) ready.set(i, undefined);
          else p.then((v) => (ready.set(i, v), step()), reject);
        }
      } catch (err) {
        reject(err);
      }
    };
    step();
  });
}

const FS_CODES = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENAMETOOLONG', 'EDQUOT']);

/** Check one spec's outputs (safe names, no clash, nothing overwritten without --force), then write all of them. */
function write(file: string, outcome: JobOutcome, opts: BatchOptions, claimed: Map<string, string>): SpecReport {
  const failed = (errors: readonly Diagnostic[], extra: Partial<SpecReport> = {}): SpecReport => ({
    file,
    ok: false,
    written: [],
    warnings: [],
    errors: errors.map((d) => ({ ...d, file: d.file ?? file })),
    ...extra,
  });
  if (outcome.kind === 'input-error') return failed(outcome.diagnostics);
  if (outcome.kind === 'internal-error') {
    return failed([{ code: 'internal-error', severity: 'error', message: `internal error: ${outcome.message}`, hint: 'this is a bug in efc-tender, not in your input; please report it' }], { internal: true });
  }
  const warnings = outcome.warnings.map((d) => ({ ...d, file: d.file ?? file }));
  const problems: Diagnostic[] = [];
  for (const f of outcome.files) {
    const unsafe = checkOutputName(f.name, opts.out, file);
    if (unsafe) problems.push(unsafe);
    else if (claimed.has(nameKey(f.name))) {
      problems.push({ code: 'output-conflict', severity: 'error', file, message: `${f.name} was already written by ${claimed.get(nameKey(f.name))}; not overwritten` });
    }
  }
  if (problems.length) return { ...failed(problems), warnings };
  const paths = outcome.files.map((f) => join(opts.out, f.name));
  const written: string[] = [];
  try {
    assertWritable(paths, opts.force);
    outcome.files.forEach((f, k) => {
      writeFileAtomic(paths[k]!, f.data, opts.force);
      written.push(paths[k]!);
      claimed.set(nameKey(f.name), file);
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (err instanceof InputError) return { ...failed(err.diagnostics), warnings, written };
    if (code && FS_CODES.has(code)) {
      const path = paths[written.length]!;
      return { ...failed([{ code: 'output-write-failed', severity: 'error', file: path, message: `cannot write ${path}: ${code}` }]), warnings, written };
    }
    throw err;
  }
  return { file, ok: true, written, warnings, errors: [] };
}
