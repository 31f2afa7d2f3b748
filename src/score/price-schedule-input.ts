import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePriceSchedule, type PriceSchedule } from '../compose/dce/price-schedule.js';
import { readFilledSchedule, type FilledSchedule } from '../load/price-schedule-xlsx.js';
import { loadMessage } from '../load/messages.js';
import { priceProblem } from '../load/prices-csv.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { fileDiagnostic, InputError } from '../model/errors.js';
import type { PriceEntry } from '../model/marks.js';
import type { Spec } from '../model/spec.js';
import type { DocumentWords } from '../wording/catalog.js';

export interface ScheduledPrices {
  readonly schedule: PriceSchedule;
  /** One per bidder, in the order of the files (a folder's files sorted by name). */
  readonly filled: readonly FilledSchedule[];
  /** The scored prices, for the price scoring: one per bidder, located at its scored-price computation. */
  readonly prices: readonly PriceEntry[];
}

/** The workbooks named on the command line: files as given, a folder's .xlsx files sorted by name (lock files skipped). */
export function scheduleFiles(paths: readonly string[], lang: Lang): { files: string[]; problems: Diagnostic[] } {
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  for (const p of paths) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      problems.push(fileDiagnostic('file-not-found', p));
      continue;
    }
    if (!dir) {
      files.push(p);
      continue;
    }
    const inside = readdirSync(p)
      .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$') && !f.startsWith('.'))
      .sort();
    if (!inside.length) problems.push({ code: 'ps-no-files', severity: 'error', file: p, message: loadMessage('ps-no-files', { dir: p }, lang) });
    files.push(...inside.map((f) => join(p, f)));
  }
  return { files, problems };
}

/**
 * Read every bidder's filled price schedule and compute each scored price as the RC defines it. All problems of all
 * files are gathered, then thrown at once (InputError): nothing is scored from a schedule with a single bad cell.
 */
export async function loadPriceSchedules(paths: readonly string[], spec: Spec, words: DocumentWords, lang: Lang): Promise<ScheduledPrices> {
  const schedule = resolvePriceSchedule(spec, words);
  const { files, problems } = scheduleFiles(paths, lang);
  const filled: FilledSchedule[] = [];
  const prices: PriceEntry[] = [];
  for (const file of files) {
    const r = await readFilledSchedule(file, schedule, { reference: spec.tender.reference, lang, words });
    problems.push(...r.problems);
    const f = r.schedule;
    if (!f) continue;
    const twice = filled.find((x) => x.bidder === f.bidder);
    if (twice) {
      problems.push({ code: 'ps-bidder-twice', severity: 'error', file, message: loadMessage('ps-bidder-twice', { bidder: f.bidder, other: twice.file }, lang), ...(f.bidderCell ? { path: [schedule.sheets.offer, f.bidderCell] } : {}) });
      continue;
    }
    const price = f.computation.scoredCents / 100;
    const bad = priceProblem(f.bidder, price, String(price), { lang, ...(spec.tender.estimated_value_eur ? { estimatedValue: spec.tender.estimated_value_eur } : {}) });
    if (bad) {
      problems.push({ code: bad.code, severity: 'error', file, message: bad.message, ...(bad.hint ? { hint: bad.hint } : {}) });
      continue;
    }
    filled.push(f);
    // The DPGF and DQE totals, on the scored basis, for price sub-criteria that score one of them (price.parts).
    prices.push({ bidder: f.bidder, price, source: { file }, quantities: { dpgf: f.computation.scoredDpgfCents / 100, dqe: f.computation.scoredDqeCents / 100 } });
  }
  if (problems.length) throw new InputError(problems);
  return { schedule, filled, prices };
}
