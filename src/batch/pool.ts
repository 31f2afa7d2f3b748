import { Worker } from 'node:worker_threads';
import { InputError } from '../model/errors.js';
import type { FromWorker, JobOutcome, ToWorker, WorkerInit } from './protocol.js';

/** Young generation size for worker threads (see spawn). */
const YOUNG_GENERATION_MB = 96;

/** Runs specs somewhere (worker threads, or this thread) and says how each went. */
export interface Runner {
  run(file: string): Promise<JobOutcome>;
  close(): Promise<void>;
}

/** The error that stops a whole batch: the workers could not start (bad criteria folder, or our bug). */
export function fatalError(outcome: Exclude<JobOutcome, { kind: 'ok' }>): Error {
  if (outcome.kind === 'input-error') return new InputError(outcome.diagnostics);
  const e = new Error(outcome.message);
  e.stack = outcome.stack;
  return e;
}

/** In this thread, one spec at a time: no worker start-up cost, for one spec or --jobs 1. */
export async function inProcessRunner(init: WorkerInit): Promise<Runner> {
  const [{ loadCatalog }, { runJob }] = await Promise.all([import('../load/catalog.js'), import('./job.js')]);
  const catalog = loadCatalog(init.criteria); // throws InputError for a bad criteria folder: the batch stops
  return { run: (file) => runJob(file, catalog, init.options), close: async () => {} };
}

interface Pending {
  readonly id: number;
  readonly file: string;
  readonly resolve: (o: JobOutcome) => void;
  readonly reject: (e: Error) => void;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A fixed pool of worker threads, each with its own catalog and heavy modules, each given one spec at a time (the
 * next one as soon as it is free, so a slow spec does not hold the others up). A worker that crashes fails only the
 * spec it held and is replaced; a worker that cannot start (bad catalog) stops the batch.
 */
export function workerPool(size: number, init: WorkerInit): Runner {
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const all = new Set<Worker>();
  let nextId = 0;
  let fatal: Error | undefined;
  let respawns = 0;
  let closing = false;

  const failAll = (err: Error): void => {
    fatal ??= err;
    for (const p of [...queue.splice(0), ...busy.values()]) p.reject(fatal);
    busy.clear();
    for (const w of all) void w.terminate();
  };

  const pump = (): void => {
    while (!fatal && idle.length && queue.length) {
      const w = idle.shift()!;
      const p = queue.shift()!;
      busy.set(w, p);
      w.postMessage({ type: 'job', id: p.id, file: p.file } satisfies ToWorker);
    }
  };

  const spawn = (): void => {
    // A larger young generation: document building allocates many short-lived objects, and with V8's default
    // (16 MB semi-spaces) scavenges took a fifth of the CPU; 32 MB semi-spaces (96 MB young generation) cut ~15 %.
    const w = new Worker(WORKER_URL, { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    all.add(w);
    w.on('message', (m: FromWorker) => {
      if (m.type === 'ready') idle.push(w);
      else if (m.type === 'fatal') return failAll(fatalError(m.outcome));
      else {
        const p = busy.get(w);
        busy.delete(w);
        idle.push(w);
        p?.resolve(m.outcome);
      }
      pump();
    });
    let crash: Error | undefined;
    w.on('error', (err) => (crash = err));
    w.on('exit', (code) => {
      all.delete(w);
      const i = idle.indexOf(w);
      if (i >= 0) idle.splice(i, 1);
      if (closing || fatal) return;
      // An uncaught exception, an out-of-memory kill or an exit: the spec it held fails as our bug; the others go on.
      const why = crash?.message ?? `exit code ${code}`;
      const p = busy.get(w);
      busy.delete(w);
      p?.resolve({ kind: 'internal-error', message: `a batch worker stopped: ${why}`, stack: crash?.stack });
      if (++respawns > size * 2) return failAll(new Error(`batch workers keep stopping: ${why}`));
      spawn();
    });
  };

  for (let i = 0; i < size; i++) spawn();

  return {
    run: (file) =>
      new Promise<JobOutcome>((resolve, reject) => {
        if (fatal) return reject(fatal);
        queue.push({ id: nextId++, file, resolve, reject });
        pump();
      }),
    close: async () => {
      closing = true;
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}
