import type { Workbook } from 'exceljs';
import { cellValue } from '../load/xlsx-cell.js';

/**
 * A workbook (the price schedule, piece 06) in the text form the coherence check reads (coherence-text.ts): each
 * sheet a `# <name>` heading, each row of two cells or more a `| a | b |` table row (a run of such rows is one table,
 * its first row the header), any other non-empty row a paragraph. Cells are read as typed (src/load/xlsx-cell.ts):
 * the codes, labels, ids and targets the writer put there, whoever saved the file since (LibreOffice, Excel).
 * Numbers are written plainly ("54.5"): the check reads either decimal mark.
 */
export async function workbookText(bytes: Uint8Array): Promise<string> {
  const { Workbook: WorkbookClass } = await import('../util/exceljs.js');
  const wb: Workbook = new WorkbookClass();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    out.push(`# ${ws.name}`);
    let inTable = false;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, ws.columnCount); c++) {
        const cell = ws.getCell(r, c);
        // A merged cell's value is its master's: counted once.
        if (cell.isMerged && cell.master.address !== cell.address) continue;
        const v = cellValue(cell.value);
        cells.push(v === null ? '' : String(v).replace(/\r?\n/gu, ' ').replace(/\|/gu, '\\|'));
      }
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      const filled = cells.filter((x) => x.trim() !== '').length;
      if (filled >= 2) {
        out.push(`| ${cells.join(' | ')} |`);
        inTable = true;
      } else {
        // A blank or one-cell row ends a table; its text (a title, a help line, a total's label) is a paragraph.
        if (inTable) out.push('');
        inTable = false;
        if (filled === 1) out.push(cells.find((x) => x.trim() !== '')!.trim());
      }
    }
    out.push('');
  }
  return out.join('\n');
}

/** A publishable workbook of the DCE as text: its file name in the DCE folder ("06-DPGF-lot-1.xlsx") and its cells. */
export interface WorkbookText {
  readonly file: string;
  readonly text: string;
}

/** The publishable workbooks among a DCE's files (`<name>/06-….xlsx`, not `interne/`), read as text. */
export async function dceWorkbookTexts(files: readonly { readonly name: string; readonly data: Buffer | string }[]): Promise<WorkbookText[]> {
  const out: WorkbookText[] = [];
  for (const f of files) {
    if (typeof f.data === 'string' || !/^[^/]+\/\d{2}-[^/]+\.xlsx$/u.test(f.name)) continue;
    out.push({ file: f.name.slice(f.name.indexOf('/') + 1), text: await workbookText(f.data) });
  }
  return out;
}
