import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Grid } from '../model/grid.js';
import type { EvaluatorMark } from '../model/marks.js';
import { didYouMean } from '../util/suggest.js';
import { stripAccents } from '../util/text.js';

/** One CSV record with the line it starts on (quoted fields may span lines). */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * RFC 4180 reader, small on purpose. The delimiter is guessed from the header line: French spreadsheets export
 * CSV with ";" (the comma being the decimal separator), everything else uses ",".
 */
export function parseCsv(text: string): CsvRow[] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const delim = firstLine.includes(';') && !firstLine.includes(',') ? ';' : firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRow = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === '')) rows.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let k = 0; k < src.length; k++) {
    const ch = src[k]!;
    if (quoted) {
      if (ch === '"' && src[k + 1] === '"') {
        field += '"';
        k++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === delim) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[k + 1] === '\n') k++;
      endRow();
      line++;
      start = line;
    } else field += ch;
  }
  if (field !== '' || fields.length) endRow();
  return rows;
}

/** Numbers as committees type them: "3", "3.5", "3,5", "1 234 567,89" (spaces or no-break spaces as thousands). */
export function parseNumber(raw: string): number | undefined {
  let s = raw.trim().replace(/[\s\u00A0\u202F]/g, '').replace(/€$/, '');
  if (s === '') return undefined;
  if (s.includes(',') && !s.includes('.')) s = s.replace(',', '.');
  else if (s.includes(',') && s.includes('.')) s = s.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return undefined;
  return Number(s);
}

/** Header names accepted for each column (English, and the French a committee would type; accents dropped). */
const COLUMNS = {
  bidder: ['bidder', 'soumissionnaire', 'candidat', 'offre'],
  criterion: ['criterion', 'critere', 'sous-critere', 'subcriterion', 'sub-criterion'],
  mark: ['mark', 'note'],
  justification: ['justification', 'commentaire', 'comment', 'motivation'],
  evaluator: ['evaluator', 'evaluateur', 'membre', 'evaluatrice'],
} as const;
type Column = keyof typeof COLUMNS;

const fold = (s: string): string => stripAccents(s.trim().toLowerCase());

/** Map header cells to columns; unknown headers are ignored (a committee may add a "notes" column). */
export function headerIndex<K extends string>(header: readonly string[], columns: Readonly<Record<K, readonly string[]>>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  header.forEach((h, i) => {
    for (const [col, names] of Object.entries(columns) as [K, readonly string[]][]) {
      if (names.includes(fold(h)) && out[col] === undefined) out[col] = i;
    }
  });
  return out;
}

export interface MarksCsvResult {
  readonly marks: EvaluatorMark[];
  readonly problems: Diagnostic[];
}

/**
 * Read one marks CSV: `bidder,criterion,mark,justification[,evaluator]`. The criterion is a sub-criterion id of
 * the grid (its number, e.g. "1.2", is accepted too). Without an evaluator column, the file name is the evaluator.
 * Every problem is returned with its line; nothing is thrown, so that all files are checked in one run.
 */
export function parseMarksCsv(text: string, file: string, grid: Grid): MarksCsvResult {
  const problems: Diagnostic[] = [];
  const err = (code: string, message: string, line: number, hint?: string): void => {
    problems.push({ code, severity: 'error', message, file, line, col: 1, ...(hint ? { hint } : {}) });
  };
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) {
    err('marks-empty', `${file} is empty`, 1, 'expected a header line: bidder,criterion,mark,justification[,evaluator]');
    return { marks: [], problems };
  }
  const idx = headerIndex<Column>(header.fields, COLUMNS);
  const missing = (['bidder', 'criterion', 'mark', 'justification'] as const).filter((c) => idx[c] === undefined);
  if (missing.length) {
    err('marks-header', `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the header line`, header.line, 'expected: bidder,criterion,mark,justification[,evaluator]');
    return { marks: [], problems };
  }
  const subs = grid.criteria.flatMap((c) => c.subCriteria);
  const byId = new Map(subs.map((s) => [s.id, s.id]));
  for (const s of subs) byId.set(s.number, s.id);
  const defaultEvaluator = basename(file).replace(/\.csv$/i, '');
  const seen = new Map<string, number>();
  const marks: EvaluatorMark[] = [];
  for (const row of rows.slice(1)) {
    const get = (c: Column): string => (idx[c] === undefined ? '' : (row.fields[idx[c]!] ?? '').trim());
    if (row.fields[0]?.trim().startsWith('#')) continue; // comment lines let a committee annotate its file
    const bidder = get('bidder');
    const critRaw = get('criterion');
    const markRaw = get('mark');
    const evaluator = get('evaluator') || defaultEvaluator;
    if (!bidder) err('marks-no-bidder', 'bidder is empty', row.line);
    const criterion = byId.get(critRaw) ?? byId.get(critRaw.toLowerCase());
    if (!criterion) {
      const guess = didYouMean(critRaw, subs.map((s) => s.id));
      err('unknown-criterion', `unknown sub-criterion "${critRaw}"` + (guess ? `; did you mean "${guess}"?` : ''), row.line, `sub-criteria of this grid: ${subs.map((s) => s.id).join(', ')}`);
    }
    const mark = parseNumber(markRaw);
    if (markRaw === '') {
      // An empty mark is a mark not given yet: it is reported as missing later, not as a format error.
      continue;
    }
    if (mark === undefined) {
      err('mark-not-number', `mark "${markRaw}" is not a number`, row.line);
      continue;
    }
    if (mark < grid.scale.min || mark > grid.scale.max) {
      err('mark-out-of-scale', `mark ${markRaw} is outside the scale 0–${grid.scale.max}`, row.line, grid.scale.max === 5 ? 'marks go from 0 to 5 (six anchored levels)' : `marks go from 0 to ${grid.scale.max} in steps of ${grid.scale.max / 5}`);
      continue;
    }
    if (!bidder || !criterion) continue;
    const key = `${evaluator}\u0000${bidder}\u0000${criterion}`;
    if (seen.has(key)) {
      err('mark-duplicate', `${evaluator} marks ${bidder} on ${criterion} twice (also line ${seen.get(key)})`, row.line);
      continue;
    }
    seen.set(key, row.line);
    marks.push({ evaluator, bidder, criterion, mark, justification: get('justification'), source: { file, line: row.line } });
  }
  return { marks, problems };
}

export function readMarksCsv(file: string, grid: Grid): MarksCsvResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { marks: [], problems: [{ code: 'file-unreadable', severity: 'error', file, message: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }] };
  }
  return parseMarksCsv(text, file, grid);
}
