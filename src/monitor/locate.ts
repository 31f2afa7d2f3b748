import type { Lang } from '../model/common.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { t, type MessageKey } from '../wording/catalog.js';
import type { Table } from './table.js';

/** A message key of the monitor's own wording (src/wording/fr/monitor-messages.ts). */
export const say = (lang: Lang, key: string, args?: Record<string, string | number>): string => t(lang, key as MessageKey, args);

/**
 * A diagnostic on one cell of a table: file:line:col for a CSV; for an XLSX the sheet and cell lead the message (the
 * terminal shows `file` only, and a buyer looks for the cell).
 */
export function cellDiagnostic(table: Table, row: number, key: string, code: string, lang: Lang, message: string, opts: { severity?: Severity; hint?: string } = {}): Diagnostic {
  const where = table.at(row, key);
  const prefix = where.path ? say(lang, 'monitor.cell', { sheet: String(where.path[0]), cell: String(where.path[1]) }) : '';
  return { code, severity: opts.severity ?? 'error', ...where, message: prefix + message, ...(opts.hint ? { hint: opts.hint } : {}) };
}
