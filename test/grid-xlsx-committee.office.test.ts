import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/load/marks-csv.js';
import { readMarksXlsx } from '../src/load/marks-xlsx.js';
import { renderGridXlsx } from '../src/render/xlsx/grid-workbook.js';
import { MARKS_SIGNATURE, SUMMARY, addr } from '../src/render/xlsx/layout.js';
import { loadMarksInput } from '../src/score/inputs.js';
import { scoreTender } from '../src/score/score.js';
import { fillGrid } from './fixtures/score/fill-grid.js';
import { testGrid, testSpec } from './fixtures/score/grid.js';
import { hasSoffice, xlsxSheetCsv } from './helpers/office.js';

/** The committee's XLSX grid (issue 15.5): evaluator and date cells, the announced tie-break, clean validations. */
describe('XLSX grid for the committee', () => {
  const grid = testGrid();
  const dir = mkdtempSync(join(tmpdir(), 'efc-grid-committee-'));
  const RULE = 'meilleure note sur le critère 1';
  const blank = () => renderGridXlsx(grid, { title: 'Marché test', reference: 'T-1', date: '2026-09-01', bidders: 4, lang: 'fr', tieBreak: RULE });
  // X (4, 2, 3) and V (4, 0, 4): 44 quality points each, same price; X has 26 points on criterion 1, V 20.
  const filling = {
    bidders: [
      { name: 'V', price: 100, marks: { a1: 4, a2: 0, b1: 4 } },
      { name: 'X', price: 100, marks: { a1: 4, a2: 2, b1: 3 } },
      { name: 'Y', price: 120, marks: { a1: 1, a2: 1, b1: 1 } },
    ],
  };

  it('writes no overlapping data-validation ranges (Excel would repair the file)', async () => {
    const files = unzipSync(await blank());
    for (const [name, bytes] of Object.entries(files).filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = new TextDecoder().decode(bytes);
      const seen = new Map<string, string>();
      for (const m of xml.matchAll(/<dataValidation\b[^>]*\ssqref="([^"]*)"/g)) {
        for (const part of m[1]!.split(' ')) {
          const [a, b = a] = part.split(':') as [string, string?];
          const [, ca, ra] = /^([A-Z]+)(\d+)$/.exec(a)!;
          const [, cb, rb] = /^([A-Z]+)(\d+)$/.exec(b!)!;
          expect(ca, `${name}: ranges span one column`).toBe(cb);
          for (let r = Number(ra); r <= Number(rb); r++) {
            const cell = `${ca}${r}`;
            expect(seen.get(cell), `${name}: ${cell} under two validations`).toBeUndefined();
            seen.set(cell, part);
          }
        }
      }
      if (name === 'xl/worksheets/sheet2.xml') expect(seen.size).toBeGreaterThan(0);
    }
  });

  it('reads the evaluator typed in the grid (else the file name is the evaluator)', async () => {
    const named = join(dir, 'membre.xlsx');
    writeFileSync(named, await fillGrid(await blank(), grid, 4, filling, (wb) => {
      wb.getWorksheet('Notes')!.getCell(MARKS_SIGNATURE.row, MARKS_SIGNATURE.evaluatorCol).value = 'Claire Dupuy';
      wb.getWorksheet('Notes')!.getCell(MARKS_SIGNATURE.row, MARKS_SIGNATURE.dateCol).value = new Date(Date.UTC(2027, 2, 15));
    }));
    const r = await readMarksXlsx(named, grid, 'T-1');
    expect(r.problems).toEqual([]);
    expect(new Set(r.marks.map((m) => m.evaluator))).toEqual(new Set(['Claire Dupuy']));
    const anonymous = join(dir, 'dupont.xlsx');
    writeFileSync(anonymous, await fillGrid(await blank(), grid, 4, filling));
    expect(new Set((await readMarksXlsx(anonymous, grid, 'T-1')).marks.map((m) => m.evaluator))).toEqual(new Set(['dupont']));
  });

  it.skipIf(!hasSoffice())('ranks equal totals by the announced rule after LibreOffice recalculation, as score does', async () => {
    const file = join(dir, 'tie.xlsx');
    writeFileSync(file, await fillGrid(await blank(), grid, 4, filling));
    const csv = parseCsv(xlsxSheetCsv(file, 4));
    const rankCol = SUMMARY.firstCriterionCol + grid.criteria.length + 1; // 1-based: total, then rank
    const rankOf = (k: number): number => Number(csv.find((r) => r.line === SUMMARY.firstRow + k)!.fields[rankCol - 1]);
    const input = await loadMarksInput([file], grid, 'T-1');
    const result = scoreTender(testSpec({ tieBreak: RULE }), grid, input, { specFile: 's.yaml' });
    expect(result.bidders.map((b) => [b.id, b.rank])).toEqual([
      ['X', 1],
      ['V', 2],
      ['Y', 3],
    ]);
    filling.bidders.forEach((b, k) => expect(rankOf(k), `${b.name} (${addr(SUMMARY.firstRow + k, rankCol)})`).toBe(result.bidders.find((x) => x.id === b.name)!.rank));
    // Without a rule, the tie is shared.
    const plain = join(dir, 'plain.xlsx');
    writeFileSync(plain, await fillGrid(await renderGridXlsx(grid, { title: 'Marché test', reference: 'T-1', date: '2026-09-01', bidders: 4, lang: 'fr' }), grid, 4, filling));
    const csv2 = parseCsv(xlsxSheetCsv(plain, 4));
    expect([0, 1].map((k) => Number(csv2.find((r) => r.line === SUMMARY.firstRow + k)!.fields[rankCol - 1]))).toEqual([1, 1]);
  });
});

describe('one evaluator, two grids', () => {
  it('the same evaluator marking the same offer in two files is an error, not a double count', async () => {
    const grid = testGrid();
    const dir = mkdtempSync(join(tmpdir(), 'efc-grid-twice-'));
    const blank = await renderGridXlsx(grid, { title: 'Marché test', reference: 'T-1', date: '2026-09-01', bidders: 2, lang: 'fr' });
    const named = (wb: import('exceljs').Workbook) => {
      wb.getWorksheet('Notes')!.getCell(MARKS_SIGNATURE.row, MARKS_SIGNATURE.evaluatorCol).value = 'Claire Dupuy';
    };
    const files = [join(dir, 'a.xlsx'), join(dir, 'b.xlsx')];
    for (const f of files) writeFileSync(f, await fillGrid(blank, grid, 2, { bidders: [{ name: 'X', price: 100, marks: { a1: 4, a2: 2, b1: 3 } }] }, named));
    await expect(loadMarksInput(files, grid, 'T-1')).rejects.toMatchObject({ diagnostics: expect.arrayContaining([expect.objectContaining({ code: 'mark-duplicate', file: files[1] })]) });
  });
});
