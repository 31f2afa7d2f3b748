import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The batch tunes V8 at run time with setFlagsFromString, which ignores a flag it does not know (it only prints
// "unrecognized flag"): these tests check that every flag set exists in the V8 of the Node running them (CI: Node 20
// and 24, so both branches of compileLessFlags), moves its default the intended way, and is set when decided.
const setFlags = vi.hoisted(() => vi.fn());
vi.mock('node:v8', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:v8')>()), setFlagsFromString: setFlags }));

const { boundHeapGrowth, HEAP_GROWING_PERCENT } = await import('./heap.js');
const { coresFull, compileLess, compileLessFlags, INLINING_BUDGET_BYTES, INTERRUPT_BUDGET } = await import('./jit.js');

const v8Options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
const defaultOf = (flag: string): number => Number(new RegExp(`default: --${flag}=(\\d+)`).exec(v8Options)?.[1]);
const parse = (flag: string): [string, number] => {
  const [, name, value] = /^--([a-z-]+)=(\d+)$/.exec(flag)!;
  return [name!, Number(value)];
};

afterEach(() => setFlags.mockClear());

describe('V8 tuning of batch runs', () => {
  it('sets only flags this V8 knows: heap growth changed, inlining budget lowered, tier-up budget raised', () => {
    expect(defaultOf('heap-growing-percent')).not.toBeNaN();
    const flags = compileLessFlags();
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      const [name, value] = parse(flag);
      expect(defaultOf(name), name).not.toBeNaN();
      if (name === 'max-inlined-bytecode-size-cumulative') expect(value).toBeLessThan(defaultOf(name));
      else expect(value).toBe(2 * defaultOf(name));
    }
  });

  it('raises the interrupt budget on V8 11 (Node 20) only: later V8s have no such flag', () => {
    expect(compileLessFlags('11.3.244.8-node.38')).toEqual([`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET_BYTES}`, `--interrupt-budget=${INTERRUPT_BUDGET}`]);
    expect(compileLessFlags('12.4.254.21-node.57')).toEqual([`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET_BYTES}`]);
    expect(compileLessFlags('13.6.233.17-node.53')).toEqual([`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET_BYTES}`]);
  });

  it('sets exactly those flags', () => {
    boundHeapGrowth();
    compileLess();
    expect(setFlags.mock.calls).toEqual([[`--heap-growing-percent=${HEAP_GROWING_PERCENT}`], ...compileLessFlags().map((f) => [f])]);
  });

  it('compiles less only when the workers leave no core idle', () => {
    expect(coresFull(2, 2)).toBe(true);
    expect(coresFull(8, 4)).toBe(true);
    expect(coresFull(1, 2)).toBe(false); // --jobs 1 on two cores: the compiler has a core of its own
    expect(coresFull(2, 8)).toBe(false);
    expect(coresFull(0, 1)).toBe(false); // in-process run: no workers at all
  });
});
