import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SpecJobOptions } from '../generate/pipeline.js';

/**
 * Messages between the batch's main thread and its workers: plain data (structured clone), file contents as
 * transferable bytes so that a 50 kB document is moved, not copied.
 */

/** Given to each worker once: what loadCatalog and generateSpec need besides the spec file. */
export interface WorkerInit {
  readonly criteria: readonly string[];
  readonly options: SpecJobOptions;
  /** The main thread's terminal language, so that a worker words its diagnostics the same way. */
  readonly terminalLang?: Lang;
}

export interface OutputFile {
  readonly name: string;
  readonly data: Uint8Array | string;
}

/** One spec's outcome: its files, or its input problems, or a crash (our bug, exit 2). */
export type JobOutcome =
  | { readonly kind: 'ok'; readonly name: string; readonly files: readonly OutputFile[]; readonly warnings: readonly Diagnostic[] }
  | { readonly kind: 'input-error'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'internal-error'; readonly message: string; readonly stack?: string };

export type ToWorker = { readonly type: 'job'; readonly id: number; readonly file: string };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly outcome: JobOutcome }
  /** The worker cannot work at all (bad criteria folder): the whole batch stops with this. */
  | { readonly type: 'fatal'; readonly outcome: Exclude<JobOutcome, { kind: 'ok' }> };
