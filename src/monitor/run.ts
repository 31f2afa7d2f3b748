import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../model/common.js';
import { InputError } from '../model/errors.js';
import type { OutputData } from '../write/output-set.js';
import { loadDocumentWords } from '../wording/overrides.js';
import { renderDocx } from '../render/docx/index.js';
import { computeMonitor, type MonitorResult } from './compute.js';
import { loadContract } from './contract.js';
import { composeDecompte } from './decompte-document.js';
import { renderDecompteXlsx } from './decompte-workbook.js';
import { readMeasurements } from './measurements.js';
import { composeCommitteeReport } from './report-document.js';

export const contractStem = (file: string): string => (file.split(/[\\/]/).pop() ?? 'contract').replace(/\.ya?ml$/i, '');

/** The measurement files beside a contract when none are given: <stem>-mesures.xlsx/.csv or -measures.xlsx/.csv. */
export function defaultMeasures(contractFile: string): string[] {
  const stem = join(dirname(contractFile), contractStem(contractFile));
  return ['-mesures.xlsx', '-measures.xlsx', '-mesures.csv', '-measures.csv'].map((s) => stem + s).filter((f) => existsSync(f));
}

export interface MonitorJob {
  readonly contract: string;
  readonly measures: readonly string[];
  readonly year?: number;
  readonly lang?: Lang;
}

/**
 * One contract followed: read, check, compute, and the files to write (décompte DOCX and XLSX, committee report
 * DOCX), named after the contract and the year. Throws InputError with every problem; writes nothing itself.
 */
export async function monitorContract(job: MonitorJob, fallbackLang: Lang): Promise<{ result: MonitorResult; files: OutputData[] }> {
  const lc = loadContract(job.contract, job.lang ?? fallbackLang);
  const lang = job.lang ?? lc.spec.spec.language;
  const measures = job.measures.length ? job.measures : defaultMeasures(job.contract);
  if (!measures.length) throw new InputError([{ code: 'monitor/no-measures', severity: 'error', file: job.contract, message: (await import('./locate.js')).say(lang, 'monitor.noMeasures', { file: job.contract }) }]);
  const read = await readMeasurements(measures, lc.spec.spec.usage_performance, lc.pay, lang);
  if (read.problems.some((p) => p.severity === 'error')) throw new InputError(read.problems);
  const result = computeMonitor(lc, read.measurements, lang, job.year);
  const words = loadDocumentWords(lang);
  const stem = contractStem(job.contract);
  const y = result.year;
  const fr = lang === 'fr';
  const files: OutputData[] = [
    { name: `${stem}-${fr ? 'decompte' : 'settlement'}-${fr ? 'A' : 'Y'}${y}.docx`, data: await renderDocx(composeDecompte(result, words)) },
    { name: `${stem}-${fr ? 'decompte' : 'settlement'}-${fr ? 'A' : 'Y'}${y}.xlsx`, data: await renderDecompteXlsx(result, words) },
    { name: `${stem}-${fr ? 'rapport-copil' : 'committee-report'}-${fr ? 'A' : 'Y'}${y}.docx`, data: await renderDocx(composeCommitteeReport(result, words)) },
  ];
  return { result, files };
}
