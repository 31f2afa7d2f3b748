import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Workbook } from './exceljs.js';

describe('exceljs Workbook', () => {
  it('is the class the package entry exports, with its XLSX writer', async () => {
    expect(Workbook).toBe(ExcelJS.Workbook);
    const wb = new Workbook();
    wb.addWorksheet('A').getCell('A1').value = 42;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });
});
