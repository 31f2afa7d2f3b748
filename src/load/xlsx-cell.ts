import type { CellValue } from 'exceljs';

/**
 * A cell's value as typed, whichever program saved the workbook: numbers and text as they are, rich text joined,
 * a hyperlink's text, a formula's cached result (callers that must not trust cached results check the formula
 * themselves), a date as ISO text; an error or an empty cell is null. One reader for every XLSX input (marks
 * grids, price schedules, measurements), so a file saved by Excel, LibreOffice, exceljs or openpyxl reads alike.
 */
export function cellValue(v: CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellValue(v.result as CellValue);
  }
  return null;
}
