import { basename } from 'node:path';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import type { EvaluatorMark } from '../model/marks.js';
import { didYouMean } from '../util/suggest.js';
import { headerIndex, missingColumns, parseCsvTable } from './csv.js';

export { parseCsv, type CsvRow } from './csv.js';

/** A number as committees type it, or undefined (ambiguous values included): see readNumber for the details. */
export const parseNumber = (raw: string): number | undefined => numberOrUndefined(raw);
import { loadMessage } from './messages.js';
import { getTerminalLang } from '../wording/lang.js';
import { numberOrUndefined, readNumber } from './number.js';
import { readTextInput } from './text.js';

/** Header names accepted for each column: English, and what a French committee or Excel export writes (accents and case ignored). */
export const MARKS_COLUMNS = {
  bidder: ['bidder', 'offer', 'soumissionnaire', 'candidat', 'offre', 'entreprise', 'nom du candidat', 'nom du soumissionnaire'],
  criterion: ['criterion', 'subcriterion', 'sub-criterion', 'critère', 'sous-critère', 'n° sous-critère', 'id'],
  mark: ['mark', 'score', 'note', 'note attribuée'],
  justification: ['justification', 'comment', 'comments', 'commentaire', 'commentaires', 'motivation', 'appréciation'],
  evaluator: ['evaluator', 'évaluateur', 'évaluatrice', 'membre', 'membre de la commission'],
} as const;
type Column = keyof typeof MARKS_COLUMNS;
const REQUIRED = ['bidder', 'criterion', 'mark', 'justification'] as const;
const EXPECTED: readonly Column[] = ['bidder', 'criterion', 'mark', 'justification', 'evaluator'];

export interface MarksCsvResult {
  readonly marks: EvaluatorMark[];
  readonly problems: Diagnostic[];
  /** How the file was read (e.g. "lu en Windows-1252"). */
  readonly notes: Diagnostic[];
}

/**
 * Read one marks CSV: `bidder,criterion,mark,justification[,evaluator]` (or the French headers, with ";"). The
 * criterion is a sub-criterion id of the grid (its number, e.g. "1.2", is accepted too). Without an evaluator
 * column, the file name is the evaluator. Every problem is returned with its line; nothing is thrown, so that all
 * files are checked in one run.
 */
export function parseMarksCsv(text: string, file: string, grid: Grid, lang: Lang = getTerminalLang()): MarksCsvResult {
  const table = parseCsvTable(text, file, lang);
  const problems: Diagnostic[] = [...table.problems];
  const err = (code: string, message: string, line: number, hint?: string): void => {
    problems.push({ code, severity: 'error', message, file, line, col: 1, ...(hint ? { hint } : {}) });
  };
  const header = table.header;
  if (!header) {
    if (!problems.length) err('marks-empty', loadMessage('csv-empty', { file }, lang), 1, 'bidder,criterion,mark,justification[,evaluator]');
    return { marks: [], problems, notes: [] };
  }
  const idx = headerIndex<Column>(header.fields, MARKS_COLUMNS);
  const missing = REQUIRED.filter((c) => idx[c] === undefined);
  if (missing.length) return { marks: [], problems: [missingColumns(file, header, missing, EXPECTED, 'marks-header', lang), ...problems], notes: [] };
  // An evaluator's file with a header and no mark would silently drop that evaluator from the committee.
  if (table.rows.length === 0 && problems.length === 0) err('marks-header-only', loadMessage('csv-header-only', { file, what: loadMessage('what-marks', {}, lang) }, lang), header.line);

  const subs = grid.criteria.flatMap((c) => c.subCriteria);
  const byId = new Map(subs.map((s) => [s.id, s.id]));
  for (const s of subs) byId.set(s.number, s.id);
  const defaultEvaluator = basename(file).replace(/\.csv$/i, '');
  const seen = new Map<string, number>();
  const marks: EvaluatorMark[] = [];
  for (const row of table.rows) {
    const get = (c: Column): string => (idx[c] === undefined ? '' : (row.fields[idx[c]!] ?? '').trim());
    const bidder = get('bidder');
    const critRaw = get('criterion');
    const markRaw = get('mark');
    const evaluator = get('evaluator') || defaultEvaluator;
    if (!bidder) err('marks-no-bidder', loadMessage('marks-no-bidder', {}, lang), row.line);
    const criterion = byId.get(critRaw) ?? byId.get(critRaw.toLowerCase());
    if (!criterion) {
      const guess = didYouMean(critRaw, subs.map((s) => s.id));
      err('unknown-criterion', loadMessage('unknown-criterion', { id: critRaw }, lang) + (guess ? loadMessage('did-you-mean', { guess }, lang) : ''), row.line, loadMessage('hint-sub-criteria', { ids: subs.map((s) => s.id).join(', ') }, lang));
    }
    // An empty mark is a mark not given yet: it is reported as missing later, not as a format error.
    if (markRaw === '') continue;
    const read = readNumber(markRaw, { ...(table.locale ? { locale: table.locale } : {}), lang });
    if (!read.ok) {
      problems.push({ code: read.code === 'number-ambiguous' ? 'number-ambiguous' : 'mark-not-number', severity: 'error', file, line: row.line, col: 1, message: loadMessage('mark-not-number', { detail: read.message }, lang), ...(read.hint ? { hint: read.hint } : {}) });
      continue;
    }
    const mark = read.value;
    if (mark < grid.scale.min || mark > grid.scale.max) {
      const hint = grid.scale.max === 5 ? loadMessage('hint-scale-5', {}, lang) : loadMessage('hint-scale', { max: grid.scale.max, step: grid.scale.max / 5 }, lang);
      err('mark-out-of-scale', loadMessage('mark-out-of-scale', { mark: markRaw, max: grid.scale.max }, lang), row.line, hint);
      continue;
    }
    if (!bidder || !criterion) continue;
    const key = `${evaluator}\u0000${bidder}\u0000${criterion}`;
    if (seen.has(key)) {
      err('mark-duplicate', loadMessage('mark-duplicate', { evaluator, bidder, criterion, other: seen.get(key)! }, lang), row.line);
      continue;
    }
    seen.set(key, row.line);
    marks.push({ evaluator, bidder, criterion, mark, justification: get('justification'), source: { file, line: row.line } });
  }
  return { marks, problems, notes: [] };
}

/** Read a marks CSV file through the one text reader (byte limit, encodings); unreadable files become problems. */
export function readMarksCsv(file: string, grid: Grid, lang: Lang = getTerminalLang()): MarksCsvResult {
  try {
    const input = readTextInput(file, { kind: 'marks', lang });
    return { ...parseMarksCsv(input.text, file, grid, lang), notes: [...input.notes] };
  } catch (e) {
    if (e instanceof InputError) return { marks: [], problems: [...e.diagnostics], notes: [] };
    throw e;
  }
}
