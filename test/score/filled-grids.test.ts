import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.js';
import { loadSpec } from '../../src/load/spec.js';
import { normaliseXlsxPackage } from '../../src/load/xlsx-package.js';
import type { MarksInput } from '../../src/model/marks.js';
import { loadMarksInput } from '../../src/score/inputs.js';
import { scoreTender } from '../../src/score/score.js';
import { selectCriteria } from '../../src/select/select.js';

/**
 * The same committee filling (filling.json) typed into a generated grid by exceljs, by openpyxl and saved again by
 * LibreOffice (test/fixtures/filled-grids/make.mjs): `score` reads all three and ranks them exactly as it ranks the
 * filling given directly, so no program's way of saving a workbook changes a number.
 */
const DIR = 'test/fixtures/filled-grids';
const loaded = loadSpec('test/fixtures/grid/spec.yaml');
const grid = selectCriteria(loaded, loadCatalog(['test/fixtures/grid/criteria']));
const REF = loaded.spec.tender.reference;
interface Filling {
  evaluator: string;
  bidders: { name: string; price: number; marks: Record<string, number> }[];
}
const filling = JSON.parse(readFileSync(join(DIR, 'filling.json'), 'utf8')) as Filling;
const parts = (name: string) => unzipSync(new Uint8Array(readFileSync(join(DIR, `${name}.xlsx`))));
const xml = (name: string): string =>
  Object.entries(parts(name))
    .filter(([p]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
    .map(([, d]) => strFromU8(d))
    .join('\n');

/** The reference: the filling handed to the scorer as data, without any workbook in between. */
function direct(): MarksInput {
  const marks = filling.bidders.flatMap((b) => Object.entries(b.marks).map(([criterion, mark]) => ({ evaluator: filling.evaluator, bidder: b.name, criterion, mark, justification: `${b.name} : note ${mark} sur ${criterion}, au vu des engagements chiffrés de l’offre.`, source: { file: 'filling.json', line: 1 } })));
  return { marks, prices: filling.bidders.map((b) => ({ bidder: b.name, price: b.price, source: { file: 'filling.json', line: 1 } })), bidders: filling.bidders.map((b) => b.name), evaluators: [filling.evaluator], files: ['filling.json'] };
}
const summary = (input: MarksInput) => scoreTender(loaded, grid, input, { specFile: 'spec.yaml' }).bidders.map((b) => ({ id: b.id, rank: b.rank, total: b.total, price: b.price, pricePoints: b.pricePoints }));

describe('grids filled by other programs than LibreOffice', () => {
  it('the fixtures are what they claim: openpyxl inline strings and no cached results, exceljs shared strings, LibreOffice cached results', () => {
    const openpyxl = xml('openpyxl');
    expect(openpyxl).toContain('t="inlineStr"');
    expect(openpyxl).toMatch(/<f>[^<]+<\/f><v\s*\/>|<f>[^<]+<\/f><v><\/v>|<f>[^<]+<\/f><\/c>/);
    expect(openpyxl).not.toMatch(/<f>[^<]+<\/f><v>[^<]+<\/v>/);
    expect(Object.keys(parts('openpyxl'))).toContain('xl/comments/comment1.xml'); // where exceljs alone would not look
    expect(Object.keys(parts('exceljs'))).toContain('xl/sharedStrings.xml');
    expect(xml('exceljs')).not.toMatch(/<f>[^<]+<\/f><v>[^<]+<\/v>/);
    expect(xml('libreoffice')).toMatch(/<f[^>]*>[^<]+<\/f><v>[^<]+<\/v>/);
  });

  const reference = summary(direct());
  it.each(['libreoffice', 'exceljs', 'openpyxl'])('reads the grid saved by %s: same marks, prices, totals and ranking as the filling itself', async (name) => {
    const input = await loadMarksInput([join(DIR, `${name}.xlsx`)], grid, REF);
    expect(input.evaluators).toEqual([filling.evaluator]);
    expect(input.marks).toHaveLength(filling.bidders.length * 6);
    for (const m of input.marks) expect(m.mark).toBe(filling.bidders.find((b) => b.name === m.bidder)!.marks[m.criterion]);
    const got = summary(input);
    expect(got.map((b) => [b.rank, b.id])).toEqual(reference.map((b) => [b.rank, b.id]));
    got.forEach((b, k) => {
      expect(b.price).toBe(reference[k]!.price);
      expect(b.total).toBeCloseTo(reference[k]!.total, 9);
      expect(b.pricePoints).toBeCloseTo(reference[k]!.pricePoints, 9);
    });
  });

  it('the filling’s own figures, worked out by hand from filling.json: Groupement Terres Communes first with 79.21 points, Ecocycle Occitanie last with 61.75 (weights 17.5 / 8.75 / 8.75 / 15 / 10 / 10 and 30 for the price, as announced)', () => {
    expect(reference.map((b) => [b.rank, b.id, Math.round(b.total * 100) / 100])).toEqual([
      [1, 'Groupement Terres Communes', 79.21],
      [2, 'Régie mutualisée Sud', 72.86],
      [3, 'Société Propreté & Fils', 65.35],
      [4, 'Ecocycle Occitanie', 61.75],
    ]);
  });

  it('moves only the part names exceljs cannot find, and leaves a package that needs no move byte for byte', () => {
    const lo = new Uint8Array(readFileSync(join(DIR, 'libreoffice.xlsx')));
    expect(normaliseXlsxPackage(lo)).toBe(lo);
    const moved = unzipSync(normaliseXlsxPackage(new Uint8Array(readFileSync(join(DIR, 'openpyxl.xlsx')))));
    expect(Object.keys(moved)).toEqual(expect.arrayContaining(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']));
    expect(Object.keys(moved)).not.toContain('xl/comments/comment1.xml');
    const before = parts('openpyxl');
    expect(strFromU8(moved['xl/comments1.xml']!)).toBe(strFromU8(before['xl/comments/comment1.xml']!));
    expect(strFromU8(moved['[Content_Types].xml']!)).toContain('PartName="/xl/comments1.xml"');
  });
});
