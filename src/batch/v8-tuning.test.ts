import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The batch tunes V8 at run time with setFlagsFromString, which ignores a flag it does not know (it only prints
// "unrecognized flag"): these tests check that the flags still exist in the V8 of the Node running them (CI: Node 20
// and 24), and that each is set exactly when the batch runner decides to.
const setFlags = vi.hoisted(() => vi.fn());
vi.mock('node:v8', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:v8')>()), setFlagsFromString: setFlags }));

const { boundHeapGrowth, HEAP_GROWING_PERCENT } = await import('./heap.js');
const { coresFull, limitInlining, INLINING_BUDGET_BYTES } = await import('./jit.js');

const v8Options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
const defaultOf = (flag: string): number => Number(new RegExp(`default: --${flag}=(\\d+)`).exec(v8Options)?.[1]);

afterEach(() => setFlags.mockClear());

describe('V8 tuning of batch runs', () => {
  it('uses flags this V8 knows, with values that change its defaults', () => {
    expect(defaultOf('heap-growing-percent')).not.toBeNaN();
    expect(defaultOf('max-inlined-bytecode-size-cumulative')).toBeGreaterThan(INLINING_BUDGET_BYTES);
  });

  it('bounds heap growth and limits inlining with exactly those flags', () => {
    boundHeapGrowth();
    limitInlining();
    expect(setFlags.mock.calls).toEqual([[`--heap-growing-percent=${HEAP_GROWING_PERCENT}`], [`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET_BYTES}`]]);
  });

  it('limits inlining only when the workers leave no core idle', () => {
    expect(coresFull(2, 2)).toBe(true);
    expect(coresFull(8, 4)).toBe(true);
    expect(coresFull(1, 2)).toBe(false); // --jobs 1 on two cores: the compiler has a core of its own
    expect(coresFull(2, 8)).toBe(false);
    expect(coresFull(0, 1)).toBe(false); // in-process run: no workers at all
  });
});
