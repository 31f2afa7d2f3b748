import { setFlagsFromString } from 'node:v8';

/**
 * How V8 compiles when a batch's worker threads occupy every core: less, and later.
 *
 * Why: each worker thread is a V8 isolate that optimises the libraries' hot code (docx, exceljs, yaml, fflate) on its
 * own, on V8's background threads. Over 250 specs one isolate spends ~3.7 s compiling, 2.2 s of it in the first 50
 * specs. With `--jobs 1` on a 2-core machine that work runs on the idle core; with as many workers as cores there is
 * no idle core, and TurboFan took 18 % of all CPU time (`perf`, 500 specs, `--jobs 2`, Node 20). So:
 *
 * - a smaller inlining budget (300 bytes of bytecode instead of 920): every compilation is cheaper (3.7 → 2.3 s per
 *   250 specs) and the code barely slower for this work. 500 specs, `--jobs 2`, alternating runs: median 15.3 → 14.2 s
 *   on Node 20, 13.0 → 12.3 s on Node 24;
 * - on V8 11 (Node 20), twice the interrupt budget, the bytecode a function runs before it is optimised: functions
 *   that are only briefly hot are no longer compiled. Median of 4 alternating runs 14.4 → 13.3 s (CPU 26.2 → 24.5 s).
 *   V8 12 and later (Node 22, 24) replaced that budget with invocation counts and a mid-tier compiler (Maglev);
 *   doubling their TurboFan count made no difference above the noise on Node 24 (11.3 against 11.4 s), so nothing
 *   is set there, and an unknown flag would only print "unrecognized flag".
 *
 * Neither is set with `--jobs 1`: with an idle core, compiling less would gain nothing (22.4–22.6 s against 21.2–22.3 s
 * with the inlining budget alone). V8 flags are per process and these are read at each compilation or tier-up
 * decision, so setting them before the workers start covers them. Only the batch runner sets them; the library API
 * (src/index.ts) never changes a host program's V8 settings.
 */
export const INLINING_BUDGET_BYTES = 300;
/** V8 11's default interrupt budget (67 584), doubled. */
export const INTERRUPT_BUDGET = 2 * 67_584;

/** True when the generating threads leave no core idle for V8's background compilation. */
export const coresFull = (workers: number, cores: number): boolean => workers > 0 && workers >= cores;

/** The flags for a V8 version (`process.versions.v8`, e.g. "11.3.244.8-node.38"). */
export function compileLessFlags(v8Version: string = process.versions.v8): string[] {
  const flags = [`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET_BYTES}`];
  if (Number.parseInt(v8Version, 10) < 12) flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return flags;
}

export function compileLess(): void {
  for (const flag of compileLessFlags()) setFlagsFromString(flag);
}
