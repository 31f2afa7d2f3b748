import type { Catalog } from '../load/catalog.js';
import { headerIndex, parseCsvTable } from '../load/csv.js';
import type { LoadedSpec } from '../load/spec.js';
import { readTextInput } from '../load/text.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import type { ScoreResult } from '../model/result.js';
import { resolveLots, type Lot } from '../select/lots.js';
import { t } from '../wording/catalog.js';
import { getTerminalLang } from '../wording/lang.js';
import { loadMarksInput } from './inputs.js';
import { scoreTender, type ScoreOptions } from './score.js';

/** Header names of the lot column of a marks or prices CSV (accents and case ignored). */
export const LOT_COLUMN = { lot: ['lot', 'n° lot', 'n° de lot', 'numéro de lot', 'lot number'] } as const;

/** One lot's ranking: the lot, the grid its offers were scored on, and the result. */
export interface LotScore {
  readonly lot: Lot;
  readonly grid: Grid;
  readonly result: ScoreResult;
}

export interface LotsScoreOptions extends ScoreOptions {
  /** --lot N: score this lot only; files without a lot column are taken as this lot's. */
  readonly lot?: number;
  readonly lang?: Lang;
  readonly pricesFile?: string;
}

/** Which lot each data line of a CSV file belongs to: undefined when the file has no lot column. */
interface LotLines {
  readonly byLine?: ReadonlyMap<number, number>;
  /** The file's text with only the lines of one lot (the others blank, so every line keeps its number). */
  readonly textFor?: (lot: number) => string;
  readonly problems: Diagnostic[];
}

/**
 * Read the lot column of one CSV file: each data line's lot number, and a located error for a value that is not a
 * lot of the spec. A file that cannot be read gives no lines: the marks reader reports it.
 */
export function readLotLines(file: string, lots: readonly number[], lang: Lang = getTerminalLang()): LotLines {
  let text: string;
  try {
    text = readTextInput(file, { kind: 'marks', lang }).text;
  } catch (e) {
    if (e instanceof InputError) return { problems: [] };
    throw e;
  }
  return lotLinesOf(text, file, lots, lang);
}

/** The same, from the file's text (tests and readLotLines). */
export function lotLinesOf(text: string, file: string, lots: readonly number[], lang: Lang = getTerminalLang()): LotLines {
  const table = parseCsvTable(text, file, lang);
  if (!table.header) return { problems: [] };
  const col = headerIndex(table.header.fields, LOT_COLUMN).lot;
  if (col === undefined) return { problems: [] };
  const byLine = new Map<number, number>();
  const problems: Diagnostic[] = [];
  const physical = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  // A record may span several lines (a quoted justification with line breaks): it runs to the next record.
  const starts = table.rows.map((r) => r.line);
  const textFor = (lot: number): string => {
    const lines = [...physical];
    table.rows.forEach((row, k) => {
      if (byLine.get(row.line) === lot) return;
      const end = k + 1 < starts.length ? starts[k + 1]! - 1 : lines.length;
      for (let l = row.line; l <= end; l++) lines[l - 1] = '';
    });
    return lines.join('\n');
  };
  for (const row of table.rows) {
    const raw = (row.fields[col] ?? '').trim();
    // "2", "Lot 2", "lot n° 2": the number is what counts.
    const m = /^(?:lot\s*(?:n°|no\.?)?\s*)?(\d+)$/iu.exec(raw);
    const n = m ? Number(m[1]) : NaN;
    byLine.set(row.line, lots.includes(n) ? n : NaN);
    if (!lots.includes(n)) {
      problems.push({ code: 'unknown-lot', severity: 'error', file, line: row.line, col: col + 1, message: t(lang, 'lots.unknown-lot', { n: raw || '—', lots: lots.join(', ') }) });
    }
  }
  return { byLine, textFor, problems };
}

/**
 * Score a tender with lots: one ranking per lot, each on the lot's own grid, from the same marks and prices files
 * (a `lot` column says which lot each line is about; --lot N scores one lot, and then a file without the column is
 * that lot's). Every problem of every lot is gathered and thrown together; an offer on a lot the spec does not have
 * is an error at its line.
 */
export async function scoreLots(loaded: LoadedSpec, catalog: Catalog, files: readonly string[], opts: LotsScoreOptions): Promise<LotScore[]> {
  const lang = opts.lang ?? getTerminalLang();
  const numbers = loaded.spec.tender.lots.map((l) => l.number);
  const problems: Diagnostic[] = [];
  if (opts.lot !== undefined && !numbers.includes(opts.lot)) {
    throw new InputError([{ code: 'unknown-lot', severity: 'error', message: t(lang, 'lots.unknown-lot', { n: opts.lot, lots: numbers.join(', ') }), path: ['--lot'] }]);
  }
  const csvs = [...files.filter((f) => /\.csv$/i.test(f)), ...(opts.pricesFile ? [opts.pricesFile] : [])];
  const lines = new Map<string, LotLines>();
  for (const file of csvs) {
    const r = readLotLines(file, numbers, lang);
    lines.set(file, r);
    problems.push(...r.problems);
  }
  if (opts.lot === undefined) {
    // Without --lot, a file must say which lot each line is about: an XLSX grid or a CSV without the column cannot.
    for (const file of [...files, ...(opts.pricesFile ? [opts.pricesFile] : [])]) {
      if (!lines.get(file)?.byLine) problems.push({ code: 'lot-required', severity: 'error', file, line: 1, col: 1, message: t(lang, 'lots.lot-required') });
    }
  }
  if (problems.length) throw new InputError(problems);
  const wanted = opts.lot === undefined ? loaded.spec.tender.lots : loaded.spec.tender.lots.filter((l) => l.number === opts.lot);
  const resolved = resolveLots(loaded, catalog, opts.lang).filter((r) => wanted.includes(r.lot));
  const out: LotScore[] = [];
  for (const r of resolved) {
    const n = r.lot.number;
    const textOf = (file: string): string | undefined => lines.get(file)?.textFor?.(n);
    // An evaluator who marked other lots only is not one of this lot's evaluators: their file is left out of it.
    const ofLot = (file: string): boolean => {
      const byLine = lines.get(file)?.byLine;
      return !byLine || [...byLine.values()].includes(n);
    };
    try {
      const input = await loadMarksInput(files.filter(ofLot), r.grid, loaded.spec.tender.reference, opts.pricesFile, { estimatedValue: r.lot.estimated_value_eur ?? loaded.spec.tender.estimated_value_eur, textOf });
      out.push({ lot: r.lot, grid: r.grid, result: scoreTender(r.loaded, r.grid, input, opts) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.diagnostics);
    }
  }
  if (problems.length) throw new InputError(dedupe(problems));
  return out;
}

/** A file-level problem (a missing file, a bad header) is met once per lot: say it once. */
function dedupe(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.code}|${d.file}|${d.line}|${d.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/**
 * On a tender without lots, --lot and a lot column mean the files were made for another tender: a located error
 * (an option error for --lot, the file's header line for a column) rather than silently ignored lot numbers.
 */
export function lotsOnUndividedTender(files: readonly string[], lot: number | undefined, lang: Lang = getTerminalLang()): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (lot !== undefined) out.push({ code: 'no-lots', severity: 'error', message: t(lang, 'lots.no-lots'), path: ['--lot'] });
  for (const file of files.filter((f) => /\.csv$/i.test(f))) {
    let text: string;
    try {
      text = readTextInput(file, { kind: 'marks', lang }).text;
    } catch (e) {
      if (e instanceof InputError) continue; // the marks reader reports it
      throw e;
    }
    const table = parseCsvTable(text, file, lang);
    if (table.header && headerIndex(table.header.fields, LOT_COLUMN).lot !== undefined) out.push({ code: 'no-lots', severity: 'error', file, line: table.header.line, col: 1, message: t(lang, 'lots.no-lots') });
  }
  return out;
}
