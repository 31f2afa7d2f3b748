import { cellValue } from '../load/xlsx-cell.js';
import type { CellValue, Workbook } from 'exceljs';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import { foldHeader, parseCsvTable } from '../load/csv.js';
import { readTextInput } from '../load/text.js';
import { readCheckedXlsx } from '../load/xlsx-guard.js';
import type { NumberLocale } from '../load/number.js';
import { t, type MessageKey } from '../wording/catalog.js';

/**
 * One reader for the tables people fill in a spreadsheet (commitments, measurements): a CSV exported by any common
 * program (delimiter, encoding and number convention detected by src/load) or an XLSX (its first sheet whose header
 * row names the columns). Cells stay text or numbers; each has a place a diagnostic can name: file:line:col for a
 * CSV, sheet and cell for an XLSX.
 */
export type Raw = string | number | undefined;

export interface TableRow {
  /** 1-based row in its file (CSV line or sheet row). */
  readonly row: number;
  readonly cells: Partial<Record<string, Raw>>;
}

export interface Table {
  readonly file: string;
  readonly sheet?: string;
  readonly rows: readonly TableRow[];
  /** Which column each wanted key is in (0-based), for locating cells. */
  readonly columns: Partial<Record<string, number>>;
  /** Columns not among the wanted keys, by header (adjustment variables of the measurements). */
  readonly extra: readonly { readonly header: string; readonly index: number }[];
  readonly locale?: NumberLocale;
  readonly problems: readonly Diagnostic[];
  /** Where a cell is: CSV line and column, or sheet and cell address. */
  readonly at: (row: number, key: string) => Pick<Diagnostic, 'file' | 'line' | 'col' | 'path'>;
  /** Extra columns' values by header, per row (same order as rows). */
  readonly extras: readonly Readonly<Record<string, Raw>>[];
}

export const colLetter = (c: number): string => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const say = (lang: Lang, key: string, args?: Record<string, string | number>): string => t(lang, key as MessageKey, args);

/** The header aliases each wanted key accepts (folded as foldHeader does: case, accents, punctuation). */
export type Columns = Readonly<Record<string, readonly string[]>>;

function matchHeader(header: readonly string[], columns: Columns): { columns: Partial<Record<string, number>>; extra: { header: string; index: number }[] } {
  const out: Partial<Record<string, number>> = {};
  const extra: { header: string; index: number }[] = [];
  header.forEach((h, i) => {
    const f = foldHeader(h);
    const key = Object.entries(columns).find(([k, names]) => out[k] === undefined && names.some((n) => foldHeader(n) === f))?.[0];
    if (key) out[key] = i;
    else if (h.trim() !== '') extra.push({ header: h.trim(), index: i });
  });
  return { columns: out, extra };
}

function missingColumns(file: string, where: Pick<Diagnostic, 'line' | 'col' | 'path'>, found: readonly string[], missing: readonly string[], lang: Lang): Diagnostic {
  return {
    code: 'monitor/columns-missing',
    severity: 'error',
    file,
    ...where,
    message: say(lang, 'monitor.columnsMissing', { missing: missing.join(', ') }),
    hint: say(lang, 'monitor.columnsMissing.hint', { found: found.map((f) => `« ${f.trim()} »`).join(', ') }),
  };
}

/** Read a CSV or XLSX table; `required` keys must have a column. Unreadable files throw InputError with their place. */
export async function readTable(file: string, columns: Columns, required: readonly string[], lang: Lang): Promise<Table> {
  return /\.xlsx$/i.test(file) ? readXlsxTable(file, columns, required, lang) : readCsvTable(file, columns, required, lang);
}

function readCsvTable(file: string, columns: Columns, required: readonly string[], lang: Lang): Table {
  const input = readTextInput(file, { kind: 'marks', lang });
  const csv = parseCsvTable(input.text, file, lang);
  const problems: Diagnostic[] = [...csv.problems];
  const header = csv.header?.fields ?? [];
  const m = matchHeader(header, columns);
  const missing = required.filter((k) => m.columns[k] === undefined);
  if (missing.length) problems.push(missingColumns(file, { line: csv.header?.line ?? 1, col: 1 }, header, missing, lang));
  const lineOf = new Map(csv.rows.map((r) => [r.line, r]));
  const at = (row: number, key: string): Pick<Diagnostic, 'file' | 'line' | 'col'> => {
    const r = lineOf.get(row);
    const k = m.columns[key] ?? 0;
    // The column a cell starts at on its line (quoted fields may hold the delimiter; good enough to point at it).
    const col = r ? r.fields.slice(0, k).reduce((n, f) => n + f.length + 1, 1) : 1;
    return { file, line: row, col };
  };
  const rows = csv.rows.map((r) => ({ row: r.line, cells: Object.fromEntries(Object.entries(m.columns).map(([k, i]) => [k, blankToUndefined(r.fields[i as number])])) }));
  const extras = csv.rows.map((r) => Object.fromEntries(m.extra.map((e) => [e.header, blankToUndefined(r.fields[e.index])])));
  return { file, rows, columns: m.columns, extra: m.extra, ...(csv.locale ? { locale: csv.locale } : {}), problems, at, extras };
}

const blankToUndefined = (s: string | undefined): Raw => (s === undefined || s.trim() === '' ? undefined : s.trim());

/** A measurement cell: the one XLSX cell reader, a date kept to its day, blank text as no value. */
function cellRaw(v: CellValue): Raw {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const x = cellValue(v);
  return typeof x === 'string' ? blankToUndefined(x) : (x ?? undefined);
}

async function readXlsxTable(file: string, columns: Columns, required: readonly string[], lang: Lang): Promise<Table> {
  const { Workbook: WorkbookClass } = await import('../util/exceljs.js');
  const wb: Workbook = new WorkbookClass();
  try {
    await wb.xlsx.load(readCheckedXlsx(file, lang) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError([{ code: 'xlsx-unreadable', severity: 'error', file, message: say(lang, 'monitor.xlsxUnreadable', { file, detail: (e as Error).message }) }]);
  }
  // The first sheet whose first row names every required column (a workbook may hold notes or charts beside it).
  const sheets = wb.worksheets.map((ws) => {
    const header: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (c, col) => (header[col - 1] = String(cellRaw(c.value) ?? '')));
    return { ws, header, m: matchHeader(header, columns) };
  });
  const s = sheets.find((x) => required.every((k) => x.m.columns[k] !== undefined)) ?? sheets[0];
  if (!s) throw new InputError([missingColumns(file, {}, [], required, lang)]);
  const problems: Diagnostic[] = [];
  const missing = required.filter((k) => s.m.columns[k] === undefined);
  if (missing.length) problems.push(missingColumns(file, { path: [s.ws.name, 'A1'] }, s.header, missing, lang));
  const rows: TableRow[] = [];
  const extras: Record<string, Raw>[] = [];
  s.ws.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const get = (i: number): Raw => cellRaw(r.getCell(i + 1).value);
    const cells = Object.fromEntries(Object.entries(s.m.columns).map(([k, i]) => [k, get(i as number)]));
    const first = Object.values(cells).find((v) => v !== undefined);
    if (first === undefined) return; // a blank row of the used range
    if (typeof first === 'string' && first.startsWith('#')) return;
    rows.push({ row: n, cells });
    extras.push(Object.fromEntries(s.m.extra.map((e) => [e.header, get(e.index)])));
  });
  const at = (row: number, key: string): Pick<Diagnostic, 'file' | 'path'> => ({ file, path: [s.ws.name, `${colLetter(s.m.columns[key] ?? 0)}${row}`] });
  return { file, sheet: s.ws.name, rows, columns: s.m.columns, extra: s.m.extra, problems, at, extras };
}
