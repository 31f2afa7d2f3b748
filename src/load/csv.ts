import { parse } from 'csv-parse/sync';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { stripAccents } from '../util/text.js';
import { loadMessage, type LoadMessageCode } from './messages.js';
import { getTerminalLang } from '../wording/lang.js';
import type { NumberLocale } from './number.js';

/** One CSV record with the line it starts on (quoted fields may span lines). */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  /** Undefined when the file has no line at all. */
  readonly header?: CsvRow;
  /** Data rows with exactly the header's number of fields; comment (#) and blank rows left out. */
  readonly rows: readonly CsvRow[];
  readonly delimiter: ',' | ';' | '\t';
  /** ";" is the French spreadsheets' delimiter (their decimal separator being ","). */
  readonly locale?: NumberLocale;
  /** Syntax errors and rows with the wrong number of fields, each with its line. */
  readonly problems: readonly Diagnostic[];
}

/**
 * Read CSV text (already decoded by readTextInput) with csv-parse: quotes, doubled quotes, line breaks inside
 * quotes. The delimiter is the one the header line uses most (outside quotes): French Excel writes ";", other
 * tools ",". Every row must have as many fields as the header: a row cut by an unquoted comma or a short row is an
 * error with its line, never a silent shift of columns.
 */
export function parseCsvTable(text: string, file: string, lang: Lang = getTerminalLang()): CsvTable {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'); // readTextInput did it already for files
  const delimiter = detectDelimiter(src);
  const problems: Diagnostic[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(src, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number };
    const detail = e.message.replace(/^[A-Za-z ]+:\s*/, '').split('\n')[0]!;
    problems.push({ code: 'csv-syntax', severity: 'error', file, line: e.lines ?? 1, col: 1, message: loadMessage('csv-syntax', { detail }, lang) });
    return { rows: [], delimiter, problems, locale: localeOf(delimiter) };
  }
  const all: CsvRow[] = records
    .map(({ record, info }) => ({ line: info.lines - record.reduce((n, f) => n + (f.split('\n').length - 1), 0), fields: record }))
    // Spreadsheets export the blank rows of their used range as ";;;": no data there.
    .filter((r) => r.fields.some((f) => f.trim() !== ''));
  const [header, ...body] = all;
  const rows: CsvRow[] = [];
  for (const row of body) {
    if (row.fields[0]!.trim().startsWith('#')) continue; // comment lines let a committee annotate its file
    if (row.fields.length !== header!.fields.length) {
      problems.push({
        code: 'csv-field-count',
        severity: 'error',
        file,
        line: row.line,
        col: 1,
        message: loadMessage('csv-field-count', { got: row.fields.length, expected: header!.fields.length }, lang),
        hint: loadMessage('hint-field-count', {}, lang),
      });
      continue;
    }
    rows.push(row);
  }
  return { ...(header ? { header } : {}), rows, delimiter, problems, locale: localeOf(delimiter) };
}

/** The delimiter the first non-blank line uses most, quotes skipped; "," when it has none (a one-column file). */
function detectDelimiter(src: string): ',' | ';' | '\t' {
  const first = /^[^\n]*\S[^\n]*/m.exec(src)?.[0] ?? '';
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [',' | ';' | '\t', number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

/** A header cell as compared with the aliases: lower case, no accents, no "(…)" remark, single spaces. */
export const foldHeader = (s: string): string =>
  stripAccents(s.replace(/^\uFEFF/, '').toLowerCase())
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\s_\-–.:]+/g, ' ')
    .trim();

/** Map header cells to columns through their aliases; unknown headers are ignored (a committee may add one). */
export function headerIndex<K extends string>(header: readonly string[], columns: Readonly<Record<K, readonly string[]>>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  header.forEach((h, i) => {
    const folded = foldHeader(h);
    for (const [col, names] of Object.entries(columns) as [K, readonly string[]][]) {
      if (out[col] === undefined && names.some((n) => foldHeader(n) === folded)) out[col] = i;
    }
  });
  return out;
}

/**
 * The diagnostic for missing required columns: the hint lists the columns found and the ones expected (French
 * name first, the header's name in brackets), so an Excel export with other headers can be fixed at a glance.
 */
export function missingColumns<K extends string>(
  file: string,
  header: CsvRow,
  missing: readonly K[],
  expected: readonly K[],
  code: string,
  lang: Lang = getTerminalLang(),
): Diagnostic {
  // French names the column in French with the header's own name in brackets: `load.column.<name>`.
  const name = (k: K): string => loadMessage(`column.${k}` as LoadMessageCode, {}, lang);
  const found = header.fields.map((f) => loadMessage('quoted', { text: f.trim() }, lang)).join(', ');
  return {
    code,
    severity: 'error',
    file,
    line: header.line,
    col: 1,
    message: loadMessage('csv-header-missing', { missing: missing.map(name).join(', ') }, lang),
    hint: loadMessage('hint-header', { found, expected: expected.map(name).join(', ') }, lang),
  };
}

/** Every non-blank record with its line, whatever its number of fields (for tests reading spreadsheet exports). */
export function parseCsv(text: string): CsvRow[] {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'); // readTextInput did it already for files
  const records = parse(src, { delimiter: detectDelimiter(src), relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map(({ record, info }) => ({ line: info.lines - record.reduce((n, f) => n + (f.split('\n').length - 1), 0), fields: record }));
}

/**
 * The number convention a delimiter tells: a spreadsheet writes ";" where the decimal separator is a comma (French
 * Excel) and "," where it is a point (English), since a bare decimal comma would split its own field. So "19.534"
 * in a comma-separated file is 19.534; "150,085" stays ambiguous in both (see readNumber).
 */
const localeOf = (delimiter: string): NumberLocale => (delimiter === ';' ? 'fr' : 'en');
