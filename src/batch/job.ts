import type { Catalog } from '../load/catalog.js';
import { generateSpec, type SpecJobOptions } from '../generate/pipeline.js';
import { toInputError } from '../model/errors.js';
import type { JobOutcome, OutputFile } from './protocol.js';

/**
 * One spec, start to finish in memory, never throwing: the same function runs in a worker thread and, for a single
 * spec or --jobs 1, in the main thread, so both paths give the same bytes.
 */
export async function runJob(file: string, catalog: Catalog, options: SpecJobOptions): Promise<JobOutcome> {
  try {
    const r = await generateSpec(file, catalog, options);
    return { kind: 'ok', name: r.name, files: r.files.map(toOutput), warnings: r.warnings };
  } catch (err) {
    return outcomeOfError(err);
  }
}

export function outcomeOfError(err: unknown): Exclude<JobOutcome, { kind: 'ok' }> {
  const input = toInputError(err); // the system refusing a file (a template folder, a disk) is the user's, not a bug
  if (input) return { kind: 'input-error', diagnostics: input.diagnostics };
  const e = err instanceof Error ? err : new Error(String(err));
  return { kind: 'internal-error', message: e.message, stack: e.stack };
}

/** A fresh, exactly-sized copy: Buffers often share a pooled ArrayBuffer, which cannot be transferred alone. */
function toOutput(f: { name: string; data: Buffer | string }): OutputFile {
  return { name: f.name, data: typeof f.data === 'string' ? f.data : new Uint8Array(f.data) };
}

/** The ArrayBuffers to transfer (move) with an outcome rather than copy. */
export const transferablesOf = (o: JobOutcome): ArrayBuffer[] =>
  o.kind === 'ok' ? o.files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer as ArrayBuffer])) : [];
