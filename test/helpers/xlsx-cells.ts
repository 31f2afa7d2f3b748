import { Workbook } from '../../src/util/exceljs.js';

export interface XlsxCell {
  readonly sheet: string;
  /** "A1" */
  readonly ref: string;
  /** `formula`: the cell computes (its text is the formula); `string`: it holds text; `other`: a number, a date… */
  readonly kind: 'formula' | 'string' | 'other';
  readonly text: string;
}

/**
 * Every non-empty cell of a workbook, as a spreadsheet reads it: a formula cell is one whatever it shows, a text is a
 * string (plain, shared or rich). The text-is-data tests check a buyer's `=HYPERLINK(…)` is a string, never a formula.
 */
export async function xlsxCells(data: Buffer | Uint8Array): Promise<XlsxCell[]> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  const out: XlsxCell[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        const ref = cell.address;
        if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
          const f = v as { formula?: string; sharedFormula?: string };
          out.push({ sheet: ws.name, ref, kind: 'formula', text: f.formula ?? f.sharedFormula ?? '' });
        } else if (typeof v === 'string') out.push({ sheet: ws.name, ref, kind: 'string', text: v });
        else if (v && typeof v === 'object' && 'richText' in v) out.push({ sheet: ws.name, ref, kind: 'string', text: (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('') });
        else out.push({ sheet: ws.name, ref, kind: 'other', text: String(v) });
      });
    });
  });
  return out;
}
