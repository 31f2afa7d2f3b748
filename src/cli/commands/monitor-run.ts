import { dirname } from 'node:path';
import { expandInputs } from '../../batch/expand.js';
import { printable } from '../../model/diagnostic.js';
import { InputError, toInputError } from '../../model/errors.js';
import { eurosText } from '../../pay/index.js';
import { monitorJson, type MonitorResult } from '../../monitor/compute.js';
import { say } from '../../monitor/locate.js';
import { monitorContract } from '../../monitor/run.js';
import { formatMoney } from '../../wording/format.js';
import { writeOutputSet } from '../../write/lock.js';
import { getTerminalLang, printDiagnostics, reportFailure, setTerminalLang } from '../ui.js';
import type { MonitorCliOptions } from './monitor.js';

/**
 * Follow one or many contracts. Each contract is computed and written on its own (its files under its folder's lock,
 * all or none); a contract with bad input reports its problems and the others go on, like generate's batch. Exit 1
 * when any contract failed.
 */
export async function runMonitor(inputs: string[], opts: MonitorCliOptions): Promise<void> {
  if (opts.lang) setTerminalLang(opts.lang);
  const expanded = expandInputs(inputs);
  if (expanded.problems.length) throw new InputError(expanded.problems);
  const files = expanded.files;
  if (files.length > 1 && opts.measures?.length) {
    throw new InputError([{ code: 'monitor/measures-several', severity: 'error', message: say(getTerminalLang(), 'monitor.measuresSeveral'), args: { option: '--measures' } }]);
  }
  const jsonOut: unknown[] = [];
  let failed = 0;
  const one = async (file: string): Promise<void> => {
    try {
      const { result, files: outs } = await monitorContract({ contract: file, measures: opts.measures ?? [], ...(opts.year ? { year: opts.year } : {}), ...(opts.lang ? { lang: opts.lang } : {}) }, getTerminalLang());
      if (files.length === 1) setTerminalLang(result.lang);
      const dir = opts.out ?? dirname(file);
      await writeOutputSet(dir, outs, { force: opts.force, lang: result.lang, source: file });
      if (opts.json) jsonOut.push(monitorJson(result));
      else process.stdout.write(line(result, outs.map((o) => o.name)) + '\n');
    } catch (err) {
      if (files.length === 1 || !toInputError(err)) throw err;
      failed++;
      if (opts.json) jsonOut.push({ ok: false, contract: file, errors: toInputError(err)!.diagnostics });
      else printDiagnostics(toInputError(err)!.diagnostics);
    }
  };
  // CPU-bound work in one process: --jobs bounds how many contracts are in flight (their reads and writes overlap).
  const queue = [...files];
  const workers = Array.from({ length: Math.min(opts.jobs ?? 1, files.length) }, async () => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) await one(f);
  });
  try {
    await Promise.all(workers);
  } catch (err) {
    reportFailure(err, opts.json);
    return;
  }
  if (opts.json) process.stdout.write(JSON.stringify(files.length === 1 ? jsonOut[0] : jsonOut, null, 2) + '\n');
  if (failed) {
    process.stderr.write(say(getTerminalLang(), 'monitor.batchFailed', { failed, count: files.length }) + '\n');
    process.exitCode = 1;
  }
}

function line(r: MonitorResult, names: readonly string[]): string {
  const total = r.years[r.years.length - 1]!.settlement.totalCents;
  return say(r.lang, 'monitor.written', { year: r.year, total: formatMoney(Number(eurosText(total)), r.lang, 2), files: names.map((n) => printable(n)).join(', ') });
}
