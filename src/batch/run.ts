import { getTerminalLang } from '../wording/lang.js';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Lang } from '../model/common.js';
import { InputError } from '../model/errors.js';
import { lockFolder, type FolderLock } from '../write/lock.js';
import { OutputSetError, writeSetSync } from '../write/output-set.js';
import { expandInputs } from './expand.js';
import { inProcessRunner, workerPool, type Runner } from './pool.js';
import type { JobOutcome, WorkerInit } from './protocol.js';
import { checkOutputPath, findStemConflicts, nameKey } from './safety.js';
import { layoutOf } from '../generate/layout.js';

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
  /** Aborted (by the CLI, on SIGINT/SIGTERM): no further spec is written; the summary says where it stopped. */
  readonly signal?: AbortSignal;
  /** How long to wait for another run's lock on the output folder (lock.ts's WAIT_MS by default). */
  readonly lockWaitMs?: number;
}

export interface SpecReport {
  readonly file: string;
  readonly ok: boolean;
  /** Paths written, in the order the pipeline returned the files. */
  readonly written: readonly string[];
  /** Paths left as they were (--force, same bytes already there). */
  readonly unchanged: readonly string[];
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
  readonly filesUnchanged: number;
  /** Specs never reached because the run was interrupted. */
  readonly notRun: number;
  /** The signal that stopped the run, if one did. */
  readonly interrupted?: string;
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
  const conflicts = findStemConflicts(files, layoutOf(opts.options));
  events.onPlan?.(files.length, [...problems, ...conflicts.values()]);

  const todo = files.filter((_, i) => !conflicts.has(i)).length;
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const workers = todo <= 1 || jobs === 1 ? 0 : Math.min(jobs, todo);
  const init: WorkerInit = { criteria: opts.criteria, options: opts.options, terminalLang: getTerminalLang() };
  const lang: Lang = getTerminalLang(); // the writer's messages are terminal messages
  // The output folder is locked from the first spec ready to be written to the end of the run: two runs never
  // interleave their sets, and a run that only generates (or fails) never keeps another one waiting.
  let locking: Promise<FolderLock> | undefined;
  let lock: FolderLock | undefined;
  const locked = async (outcome: JobOutcome): Promise<JobOutcome> => {
    if (outcome.kind === 'ok') lock ??= await (locking ??= lockFolder(opts.out, { lang, waitMs: opts.lockWaitMs }));
    return outcome;
  };
  let runner: Runner | undefined;
  const reports: SpecReport[] = [];
  let interrupted: string | undefined;
  try {
    runner = workers === 0 ? await inProcessRunner(init) : workerPool(workers, init);
    const claimed = new Map<string, string>(); // output name (folded) → spec that wrote it
    const settle = (i: number, outcome: JobOutcome | undefined): void => {
      const file = files[i]!;
      const conflict = conflicts.get(i);
      const report = conflict ? { file, ok: false, written: [], unchanged: [], warnings: [], errors: [conflict], refusedUpFront: true } : write(file, outcome!, opts, lang, claimed, lock!);
      reports.push(report);
      events.onSpec?.(report, i);
    };
    const r = runner;
    await inOrder(files.length, workers === 0 ? 1 : workers * 4, (i) => (conflicts.has(i) ? undefined : r.run(files[i]!).then(locked)), settle, opts.signal);
  } catch (err) {
    if (!(err instanceof Interrupted)) throw err;
    interrupted = err.signal;
  } finally {
    await runner?.close();
    // Interrupted while waiting for the lock: let it go whenever it comes (process exit removes it too).
    if (lock) await lock.release();
    else void locking?.then((l) => l.release(), () => {});
  }
  const failed = reports.filter((r) => !r.ok).length;
  return {
    specs: reports,
    inputProblems: problems,
    done: reports.length - failed,
    failed,
    filesWritten: reports.reduce((n, r) => n + r.written.length, 0),
    filesUnchanged: reports.reduce((n, r) => n + r.unchanged.length, 0),
    notRun: files.length - reports.length,
    ...(interrupted ? { interrupted } : {}),
    durationMs: performance.now() - start,
    workers,
  };
}

/** The run was stopped by its AbortSignal; `signal` is the abort reason when it names one (SIGINT, SIGTERM). */
class Interrupted extends Error {
  constructor(readonly signal: string) {
    super(`interrupted by ${signal}`);
  }
}

/**
 * Start tasks 0..n-1 with at most `window` started but not yet settled, and settle them strictly in index order.
 * The window bounds the results held in memory (a slow spec cannot make the others pile up), whatever n is.
 */
function inOrder<T>(n: number, window: number, start: (i: number) => Promise<T> | undefined, settle: (i: number, value: T | undefined) => void, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = new Map<number, T | undefined>();
    let next = 0;
    let settled = 0;
    // Aborted: settle nothing more (each settle writes a whole set, synchronously, so none is ever half-written).
    const stopped = (): boolean => {
      if (!signal?.aborted) return false;
      reject(new Interrupted(typeof signal.reason === 'string' ? signal.reason : 'abort'));
      return true;
    };
    signal?.addEventListener('abort', stopped, { once: true });
    const step = (): void => {
      try {
        for (;;) {
          if (stopped()) return;
          while (ready.has(settled)) {
            const value = ready.get(settled);
            ready.delete(settled);
            if (stopped()) return;
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

/** Check one spec's outputs (safe names, no clash within the run), then write them all or none (output-set.ts). */
function write(file: string, outcome: JobOutcome, opts: BatchOptions, lang: Lang, claimed: Map<string, string>, lock: FolderLock): SpecReport {
  const failed = (errors: readonly Diagnostic[], extra: Partial<SpecReport> = {}): SpecReport => ({
    file,
    ok: false,
    written: [],
    unchanged: [],
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
    const unsafe = checkOutputPath(f.name, opts.out, file);
    if (unsafe) problems.push(unsafe);
    else if (claimed.has(nameKey(f.name))) {
      problems.push({ code: 'output-conflict', severity: 'error', file, message: `${f.name} was already written by ${claimed.get(nameKey(f.name))}; not overwritten` });
    }
  }
  if (problems.length) return { ...failed(problems), warnings };
  try {
    lock.assertHeld();
    const r = writeSetSync(opts.out, outcome.files, { force: opts.force, lang, source: file });
    for (const f of outcome.files) claimed.set(nameKey(f.name), file);
    return { file, ok: true, written: r.written, unchanged: r.unchanged, warnings, errors: [] };
  } catch (err) {
    // All or nothing: `written` is empty unless a rollback itself failed, and then it says exactly what is new.
    if (err instanceof OutputSetError) return { ...failed(err.diagnostics), warnings, written: err.written };
    if (err instanceof InputError) return { ...failed(err.diagnostics), warnings };
    throw err;
  }
}
