import { describe, expect, it } from 'vitest';
import { testGrid } from '../../test/fixtures/score/grid.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvTable } from './csv.js';
import { parseMarksCsv, readMarksCsv } from './marks-csv.js';
import { parsePricesCsv, readPricesCsv } from './prices-csv.js';

const grid = testGrid();

describe('CSV reading', () => {
  it('handles quotes, doubled quotes, multi-line fields, CRLF and a BOM, keeping start lines', () => {
    const t = parseCsvTable('\uFEFFa,b\r\n1,"x, ""y""\nz"\r\n\r\n2,w\n', 'f.csv');
    expect(t.header).toEqual({ line: 1, fields: ['a', 'b'] });
    expect(t.rows).toEqual([
      { line: 2, fields: ['1', 'x, "y"\nz'] },
      { line: 5, fields: ['2', 'w'] },
    ]);
    expect(t.problems).toEqual([]);
  });
  it('takes ";" from a French spreadsheet header, and reads its numbers the French way', () => {
    const t = parseCsvTable('soumissionnaire;critère;note;justification\nA;a1;3,5;ok, bien', 'f.csv');
    expect([t.delimiter, t.locale, t.rows[0]!.fields]).toEqual([';', 'fr', ['A', 'a1', '3,5', 'ok, bien']]);
  });
  it('reports every row with the wrong number of fields, with its line', () => {
    const t = parseCsvTable('a,b,c\n1,2,3\n1,2\n1,2,3,4\n;;\n1,2,3\n', 'f.csv', 'en');
    expect(t.problems.map((p) => [p.code, p.line, p.message])).toEqual([
      ['csv-field-count', 3, 'this row has 2 field(s), the header has 3'],
      ['csv-field-count', 4, 'this row has 4 field(s), the header has 3'],
      ['csv-field-count', 5, 'this row has 1 field(s), the header has 3'],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 6]);
  });
  it('skips the blank rows spreadsheets export (";;;")', () => {
    expect(parseCsvTable('a;b\n1;2\n;\n', 'f.csv').rows.map((r) => r.line)).toEqual([2]);
  });
  it('reports an unclosed quote with its line', () => {
    expect(parseCsvTable('a,b\n1,"x\n2,3', 'f.csv').problems.map((p) => [p.code, p.line])).toEqual([['csv-syntax', 3]]);
  });
});

describe('marks CSV', () => {
  it('reads marks; the file name is the evaluator when there is no evaluator column', () => {
    const r = parseMarksCsv('bidder,criterion,mark,justification\nAlpha,a1,4,"Des engagements chiffrés, avec une méthode de mesure."\nAlpha,1.2,3,Texte\n', 'dir/martin.csv', grid);
    expect(r.problems).toEqual([]);
    expect(r.marks.map((m) => [m.evaluator, m.bidder, m.criterion, m.mark, m.source.line])).toEqual([
      ['martin', 'Alpha', 'a1', 4, 2],
      ['martin', 'Alpha', 'a2', 3, 3],
    ]);
  });
  it('accepts French headers and an evaluator column', () => {
    const r = parseMarksCsv('soumissionnaire;critère;note;justification;évaluateur\nAlpha;b1;2,5;Texte;Mme Durand\n', 'x.csv', grid);
    expect(r.marks[0]).toMatchObject({ evaluator: 'Mme Durand', mark: 2.5, criterion: 'b1' });
  });
  it('reports every bad line at once, with its line number', () => {
    const text = ['bidder,criterion,mark,justification', 'Alpha,a3,4,x', 'Alpha,a1,7,x', 'Alpha,a2,beaucoup,x', 'Alpha,b1,2,x', 'Alpha,b1,3,x', ',a1,2,x'].join('\n');
    const r = parseMarksCsv(text, 'e.csv', grid);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['unknown-criterion', 2],
      ['mark-out-of-scale', 3],
      ['mark-not-number', 4],
      ['mark-duplicate', 6],
      ['marks-no-bidder', 7],
    ]);
    expect(r.problems[0]!.message).toContain('vouliez-vous dire « a1 »');
    expect(r.problems.every((p) => p.file === 'e.csv')).toBe(true);
  });
  it('refuses a header without the required columns, listing the columns found and expected', () => {
    const [p] = parseMarksCsv('bidder,mark\nA,3', 'e.csv', grid, 'fr').problems;
    expect(p).toMatchObject({ code: 'marks-header', line: 1, message: 'colonne(s) manquante(s) dans l’en-tête : critère (criterion), justification' });
    expect(p!.hint).toBe('colonnes trouvées : « bidder », « mark » ; colonnes attendues : soumissionnaire (bidder), critère (criterion), note (mark), justification, évaluateur (evaluator, facultatif)');
  });
  it('an unquoted comma in a justification is an error on its line, never a phantom evaluator', () => {
    const r = parseMarksCsv('bidder,criterion,mark,justification,evaluator\nAlpha,a1,4,Bien, complet,Marc\nAlpha,a2,3\n', 'e.csv', grid);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['csv-field-count', 2],
      ['csv-field-count', 3],
    ]);
    expect(r.marks).toEqual([]);
  });
  it('a file with only its header is an error (an evaluator would silently disappear)', () => {
    expect(parseMarksCsv('bidder,criterion,mark,justification\n', 'e.csv', grid).problems.map((p) => [p.code, p.line])).toEqual([['marks-header-only', 1]]);
    expect(parseMarksCsv('', 'e.csv', grid).problems.map((p) => p.code)).toEqual(['marks-empty']);
  });
  it('an ambiguous mark shows both readings', () => {
    const [p] = parseMarksCsv('bidder;criterion;mark;justification\nA;a1;1,250;x\n', 'e.csv', testGrid({ scale: 20 }), 'fr').problems;
    expect(p).toMatchObject({ code: 'number-ambiguous', line: 2 });
    expect(p!.message).toContain('1 250 (en milliers)');
  });
  it('reads a French Excel export: Windows-1252, ";", headers with accents and capitals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'efc-csv-'));
    const file = join(dir, 'export.csv');
    const text = 'Soumissionnaire;Critère;Note;Justification;Évaluateur\r\nAlpha;a1;3,5;Très bien, engagements chiffrés;Marc Estève\r\nAlpha;a2;4;Méthode sérieuse;Marc Estève\r\n';
    writeFileSync(file, Buffer.from([...text].map((c) => ({ è: 0xe8, é: 0xe9, É: 0xc9 })[c] ?? c.charCodeAt(0))));
    const r = readMarksCsv(file, grid, 'fr');
    expect(r.problems).toEqual([]);
    expect(r.notes.map((n) => n.message)).toEqual([`${file} lu en Windows-1252`]);
    expect([...new Set(r.marks.map((m) => m.evaluator))]).toEqual(['Marc Estève']);
    expect(r.marks.map((m) => [m.mark, m.justification])).toEqual([
      [3.5, 'Très bien, engagements chiffrés'],
      [4, 'Méthode sérieuse'],
    ]);
  });
  it('checks marks against the scale of the grid (0–20 accepts 16, 0–5 does not)', () => {
    const text = 'bidder,criterion,mark,justification\nA,a1,16,x\n';
    expect(parseMarksCsv(text, 'e.csv', testGrid({ scale: 20 })).problems).toEqual([]);
    expect(parseMarksCsv(text, 'e.csv', grid).problems.map((p) => p.code)).toEqual(['mark-out-of-scale']);
  });
});

describe('prices CSV', () => {
  it('reads bidder,price with French amounts', () => {
    const r = parsePricesCsv('soumissionnaire;prix\nAlpha;"24 500 000,00"\nBeta;23900000\n', 'p.csv');
    expect(r.prices.map((p) => [p.bidder, p.price])).toEqual([
      ['Alpha', 24500000],
      ['Beta', 23900000],
    ]);
  });
  it('refuses overflowing, absurd and ambiguous prices', () => {
    const r = parsePricesCsv('bidder;price\nA;1e400\nB;9e307\nC;150,085\nD;3 000 000 000\n', 'p.csv', { estimatedValue: 1_000_000, lang: 'fr' });
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['price-not-finite', 2],
      ['price-too-high', 3],
      ['number-ambiguous', 4],
      ['price-too-high', 5],
    ]);
    expect(r.problems[3]!.message).toContain('1 000 fois la valeur estimée');
    expect(parsePricesCsv('bidder,price\nA,2e12\n', 'p.csv').problems.map((p) => p.code)).toEqual(['price-too-high']);
  });
  it('a prices file with only its header is an error; a missing file is named', () => {
    expect(parsePricesCsv('bidder,price\n', 'p.csv').problems.map((p) => p.code)).toEqual(['prices-header-only']);
    expect(readPricesCsv('/nonexistent/p.csv').problems.map((p) => p.code)).toEqual(['file-not-found']);
  });
  it('refuses zero, negative, duplicate and non-numeric prices', () => {
    const r = parsePricesCsv('bidder,price\nA,0\nB,-3\nC,abc\nD,10\nD,11\n', 'p.csv');
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['price-not-positive', 2],
      ['price-not-positive', 3],
      ['price-not-number', 4],
      ['price-duplicate', 6],
    ]);
  });
});
