import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { JobOutcome } from './protocol.js';

// runBatch's choice of workers, without real workers: the pool is replaced by one that fails every spec as bad input,
// so nothing is generated or written.
const pool = vi.hoisted(() => ({ workers: [] as number[] }));
vi.mock('./pool.js', () => {
  const failing = { run: async (): Promise<JobOutcome> => ({ kind: 'input-error', diagnostics: [{ code: 'test', severity: 'error', message: 'not generated' }] }), close: async () => {} };
  return {
    inProcessRunner: async () => failing,
    workerPool: (size: number) => (pool.workers.push(size), failing),
  };
});
const { runBatch } = await import('./run.js');

const made: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** As many spec files as there are cores (at least two), so that --jobs set to the cores starts that many workers. */
function specs(): string {
  const dir = tempDir('efc-run-');
  for (let i = 0; i < Math.max(2, availableParallelism()); i++) writeFileSync(join(dir, `s${i}.yaml`), 'tender: {}\n');
  return dir;
}

const batch = async (jobs: number) => {
  vi.clearAllMocks();
  pool.workers.length = 0;
  const summary = await runBatch([specs()], { out: tempDir('efc-out-'), force: false, jobs, criteria: [], options: {} });
  return { summary, workers: [...pool.workers] };
};

describe('runBatch workers', () => {
  it('starts as many workers as --jobs asks', async () => {
    const cores = Math.max(2, availableParallelism()); // two on a one-core machine: still no idle core
    const r = await batch(cores);
    expect(r.workers).toEqual([cores]);
    expect(r.summary.failed).toBe(cores);
  });

  it('with --jobs 1, runs every spec in this thread', async () => {
    const r = await batch(1);
    expect(r.workers).toEqual([]);
    expect(r.summary.failed).toBeGreaterThanOrEqual(2);
  });
});
