import type { Worksheet } from 'exceljs';
import { PRICES } from './layout.js';

/**
 * The scored price's definition on the scoring grid's price sheet: a heading and the RC's own sentences
 * (scoredPriceDefinition, src/compose/dce/price-schedule-text.ts), so the committee types, for each offer, the very
 * price the bidders were told is scored (which piece and total, HT or TTC, over how long, which lines, the PSE).
 * Written under the sheet's last row, two rows apart: the cells `score` reads (layout.ts) do not move.
 */
export function addPriceDefinition(ws: Worksheet, heading: string, sentences: readonly string[]): void {
  if (!sentences.length) return;
  const first = ws.rowCount + 2;
  const last = PRICES.colPoints;
  const title = ws.getCell(first, 1);
  title.value = heading;
  title.font = { bold: true };
  ws.mergeCells(first + 1, 1, first + 1, last);
  const text = ws.getCell(first + 1, 1);
  text.value = sentences.join(' ');
  text.alignment = { wrapText: true, vertical: 'top' };
  // The merged cell spans the sheet's three columns: its height follows the text (spreadsheets do not re-fit it).
  const width = [1, 2, 3].reduce((s, c) => s + (ws.getColumn(c).width ?? 10), 0);
  const lines = Math.ceil(text.value.length / Math.max(20, Math.floor(width * 1.1)));
  ws.getRow(first + 1).height = Math.ceil(lines * 13.5 + 6);
}
