import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a heap grow past its live size before the next full collection: 100 %, twice the live size, rather
 * than V8's adaptive factor, which rises towards 4× while collections stay cheap. A generating thread holds ~50 MB of
 * live data (modules, catalog, one spec), and its old space used to climb to 130–180 MB between full collections, a
 * little higher the longer the batch ran: peak memory grew with the batch (with `--jobs 2`: 50 specs 320 MB, 500 specs
 * 460 MB, 1 000 specs 510–610 MB). With a fixed 100 % it levels off (50 specs ~320 MB, 500 and 1 000 ~370–430 MB), at
 * no CPU cost visible above the noise of alternating 500-spec runs (±5 %).
 *
 * V8 flags are per process, and this one is read at every collection, so setting it before a batch starts covers the
 * worker threads and this thread alike. Only `efc-tender generate` with several specs sets it: the library API
 * (src/index.ts) has no batch runner, so it never changes a host program's V8 settings.
 */
export const HEAP_GROWING_PERCENT = 100;

export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
