import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildContract, contractYaml } from '../../award/award.js';
import { readCommitments } from '../../award/commitments.js';
import { printable } from '../../model/diagnostic.js';
import { InputError } from '../../model/errors.js';
import { say } from '../../monitor/locate.js';
import { specPay } from '../../monitor/contract.js';
import { loadSpec } from '../../load/spec.js';
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
  const pay = specPay(loaded);
  const labels = new Map(loaded.spec.usage_performance.map((i) => [i.id, i.label]));
  const read = opts.commitments ? await readCommitments(opts.commitments, pay, labels, lang) : undefined;
  if (read?.problems.length) throw new InputError(read.problems);
  const specPath = relative(dirname(resolve(out)), resolve(specFile)).split('\\').join('/');
  const { contract, diagnostics } = buildContract({
    spec: loaded.spec,
    pay,
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
