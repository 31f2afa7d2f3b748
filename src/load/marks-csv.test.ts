import { describe, expect, it } from 'vitest';
import { testGrid } from '../../test/fixtures/score/grid.js';
import { parseCsv, parseMarksCsv, parseNumber } from './marks-csv.js';
import { parsePricesCsv } from './prices-csv.js';

const grid = testGrid();

describe('CSV reading', () => {
  it('handles quotes, doubled quotes, multi-line fields, CRLF and a BOM, keeping start lines', () => {
    const rows = parseCsv('\uFEFFa,b\r\n1,"x, ""y""\nz"\r\n\r\n2,w\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x, "y"\nz'] },
      { line: 5, fields: ['2', 'w'] },
    ]);
  });
  it('guesses ";" from a French spreadsheet header', () => {
    expect(parseCsv('soumissionnaire;critère;note;justification\nA;a1;3,5;ok')[1]!.fields).toEqual(['A', 'a1', '3,5', 'ok']);
  });
  it('reads numbers as committees type them', () => {
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('1 234 567,89')).toBe(1234567.89);
    expect(parseNumber('1,234,567.89')).toBe(1234567.89);
    expect(parseNumber('12 000 €')).toBe(12000);
    expect(parseNumber('trois')).toBeUndefined();
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
    expect(r.problems[0]!.message).toContain('did you mean "a1"');
    expect(r.problems.every((p) => p.file === 'e.csv')).toBe(true);
  });
  it('refuses a header without the required columns', () => {
    expect(parseMarksCsv('bidder,mark\nA,3', 'e.csv', grid).problems.map((p) => p.code)).toEqual(['marks-header']);
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
