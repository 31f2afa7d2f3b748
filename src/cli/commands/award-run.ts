import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildContract, contractYaml } from '../../award/award.js';
import { readCommitments } from '../../award/commitments.js';
import { printable } from '../../model/diagnostic.js';
import { InputError } from '../../model/errors.js';
import { say } from '../../monitor/locate.js';
import { specPay } from '../../monitor/contract.js';
import { loadSpec, type LoadedSpec } from '../../load/spec.js';
import { lotView } from '../../monitor/contract.js';
import type { Lang } from '../../model/common.js';
import { writeOutputSet } from '../../write/lock.js';
import { assertWritable } from '../../util/fs.js';
import { printDiagnostics, setTerminalLang } from '../ui.js';
import type { AwardCliOptions } from './award.js';

export async function runAward(specFile: string, opts: AwardCliOptions): Promise<void> {
  const loaded = loadSpec(specFile);
  const lang = opts.lang ?? loaded.spec.language;
  setTerminalLang(lang);
  if (opts.bidder.trim() === '') throw new InputError([{ code: 'award/bidder-empty', severity: 'error', message: say(lang, 'award.bidderEmpty'), args: { option: '--bidder' } }]);
  const out = opts.out ?? join(dirname(specFile), `${loaded.name}-${lang === 'fr' ? 'marche' : 'contract'}.yaml`);
  assertWritable([out], opts.force, lang);
  const view = awardedLot(loaded, opts.lot, lang);
  const pay = specPay(view);
  const labels = new Map(view.spec.usage_performance.map((i) => [i.id, i.label]));
  const read = opts.commitments ? await readCommitments(opts.commitments, pay, labels, lang) : undefined;
  if (read?.problems.length) throw new InputError(read.problems);
  const specPath = relative(dirname(resolve(out)), resolve(specFile)).split('\\').join('/');
  const { contract, diagnostics } = buildContract({
    spec: view.spec,
    pay,
    ...(opts.lot !== undefined ? { lot: opts.lot } : {}),
    specBytes: readFileSync(specFile),
    specPath,
    bidder: opts.bidder.trim(),
    awardDate: opts.date,
    ...(read ? { commitments: read.commitments, commitmentsFile: opts.commitments } : {}),
    lang,
  });
  if (!contract) throw new InputError(diagnostics);
  printDiagnostics(diagnostics);
  await writeOutputSet(dirname(out), [{ name: basename(out), data: contractYaml(contract, lang) }], { force: opts.force, lang });
  process.stdout.write(say(lang, 'award.written', { file: printable(out), bidder: printable(contract.bidder), count: Object.keys(contract.commitments).length }) + '\n');
}

/** The spec as the awarded lot sees it: a tender with lots needs --lot (each lot is its own contract), one without refuses it. */
function awardedLot(loaded: LoadedSpec, lot: number | undefined, lang: Lang): LoadedSpec {
  const r = lotView(loaded, lot, lang);
  if ('problem' in r) throw new InputError([{ ...r.problem, args: { option: '--lot' } }]);
  return r.loaded;
}
