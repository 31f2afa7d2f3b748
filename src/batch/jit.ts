import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode V8's optimising compiler (TurboFan) may inline into one function: 300 bytes rather than V8's 920,
 * when the batch's worker threads occupy every core.
 *
 * Why: each worker thread is a V8 isolate that optimises the libraries' hot code (docx, exceljs, yaml, fflate) on its
 * own, on V8's background threads. Over 250 specs one isolate spends ~3.7 s compiling, 2.2 s of it in the first 50
 * specs. With `--jobs 1` on a 2-core machine that work runs on the idle core; with as many workers as cores there is
 * no idle core, and TurboFan took 18 % of all CPU time (`perf`, 500 specs, `--jobs 2`). A smaller inlining budget
 * makes every compilation cheaper, and the code it gives is barely slower for this work: measured on 500 specs with
 * `--jobs 2`, alternating runs, median 14.2 s against 15.3 s and 26 s of CPU against 28.5 s; with `--jobs 1` it
 * would be no faster (22.4–22.6 s against 21.2–22.3 s), so it is set only when the cores are full.
 *
 * V8 flags are per process and this one is read at each compilation, so setting it before the workers start covers
 * them. Only the batch runner sets it; the library API (src/index.ts) never changes a host program's V8 settings.
 */
export const INLINING_BUDGET_BYTES = 300;

/** True when the generating threads leave no core idle for V8's background compilation. */
export const coresFull = (workers: number, cores: number): boolean => workers > 0 && workers >= cores;

export function limitInlining(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET_BYTES}`);
}
