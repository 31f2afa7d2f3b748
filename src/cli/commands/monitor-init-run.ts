import { basename, dirname, join } from 'node:path';
import { printable } from '../../model/diagnostic.js';
import { peekSpecLanguage } from '../../load/spec.js';
import { loadContract } from '../../monitor/contract.js';
import { say } from '../../monitor/locate.js';
import { renderMeasuresWorkbook } from '../../monitor/measures-workbook.js';
import { assertWritable } from '../../util/fs.js';
import { loadDocumentWords } from '../../wording/overrides.js';
import { writeOutputSet } from '../../write/lock.js';
import { getTerminalLang, setTerminalLang } from '../ui.js';
import type { MonitorInitCliOptions } from './monitor.js';

export const contractStem = (file: string): string => basename(file).replace(/\.ya?ml$/i, '');

export async function runMonitorInit(contractFile: string, opts: MonitorInitCliOptions): Promise<void> {
  if (opts.lang) setTerminalLang(opts.lang);
  const lc = loadContract(contractFile, opts.lang ?? getTerminalLang());
  const lang = opts.lang ?? lc.spec.spec.language ?? peekSpecLanguage(lc.specFile) ?? 'fr';
  setTerminalLang(lang);
  const out = opts.out ?? join(dirname(contractFile), `${contractStem(contractFile)}-${lang === 'fr' ? 'mesures' : 'measures'}.xlsx`);
  assertWritable([out], opts.force, lang);
  const { bytes, rows } = await renderMeasuresWorkbook(lc, loadDocumentWords(lang));
  await writeOutputSet(dirname(out), [{ name: basename(out), data: bytes }], { force: opts.force, lang });
  process.stdout.write(say(lang, 'monitor.initWritten', { file: printable(out), rows }) + '\n');
}
