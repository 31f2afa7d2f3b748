import { describe, expect, it } from 'vitest';
import { fixtureGrid, withoutPrice } from '../../../test/grid-helpers.js';
import { InputError } from '../../model/errors.js';
import {
  MARKS,
  MAX_BIDDERS,
  SHEET_NAMES,
  bidderNameCell,
  colLetter,
  gridCanonical,
  gridFingerprint,
  gridLayout,
  justificationCell,
  langOfSheets,
  markCell,
  priceCell,
  summaryRankCell,
  summaryTotalCell,
} from './layout.js';

describe('grid layout', () => {
  const { grid } = fixtureGrid();

  it('names columns like a spreadsheet', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(colLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('recognises the language of a grid from its sheet names', () => {
    expect(langOfSheets(['Critères', 'Notes', 'Prix', 'Synthèse', 'efc-grid'])).toBe('fr');
    expect(langOfSheets(Object.values(SHEET_NAMES.en))).toBe('en');
    expect(langOfSheets(['Sheet1'])).toBeUndefined();
  });

  it('gives one contiguous Marks row per sub-criterion, in grid order', () => {
    const l = gridLayout(grid, 5, 'fr');
    const ids = grid.criteria.flatMap((c) => c.subCriteria.map((s) => s.id));
    expect(l.subRows.map((r) => r.id)).toEqual(ids);
    expect(l.subRows.map((r) => r.row)).toEqual(ids.map((_, i) => MARKS.firstRow + i));
    const perf = l.criteria.find((c) => c.id === 'fx-performance')!;
    expect(perf.marksRows).toEqual({ first: MARKS.firstRow, last: MARKS.firstRow + 2 });
    expect(l.criteria.find((c) => c.kind === 'price')!.marksRows).toBeUndefined();
  });

  it('places bidders in column pairs and prices in rows', () => {
    const l = gridLayout(grid, 5, 'en');
    expect(bidderNameCell(l, 0)).toMatchObject({ sheet: 'Marks', address: 'E3' });
    expect(markCell(l, 1, 'fx-reuse')).toMatchObject({ sheet: 'Marks', address: 'G7' });
    expect(justificationCell(l, 1, 'fx-reuse').address).toBe('H7');
    expect(priceCell(l, 4)).toMatchObject({ sheet: 'Prices', address: 'B10' });
    expect(summaryTotalCell(l, 0)).toMatchObject({ sheet: 'Summary', address: 'F6' });
    expect(summaryRankCell(l, 2).address).toBe('G8');
    expect(() => markCell(l, 0, 'nope')).toThrow(/nope/);
  });

  it('has no price cell when the grid has no price criterion', () => {
    expect(priceCell(gridLayout(withoutPrice(grid), 3, 'fr'), 0)).toBeUndefined();
  });

  it('refuses an impossible number of bidders', () => {
    for (const n of [0, 2.5, MAX_BIDDERS + 1]) {
      try {
        gridLayout(grid, n, 'fr');
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        expect((err as InputError).diagnostics[0]!.code).toBe('bidders-out-of-range');
      }
    }
    expect(gridLayout(grid, MAX_BIDDERS, 'fr').bidders).toBe(MAX_BIDDERS);
  });

  it('fingerprints ids, weights, scale, price formula and reference, not the language', () => {
    const base = gridFingerprint(grid, 'REF-1');
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(gridFingerprint(fixtureGrid({ lang: 'en' }).grid, 'REF-1')).toBe(base);
    expect(gridFingerprint(grid, 'REF-2')).not.toBe(base);
    expect(gridFingerprint(fixtureGrid({ formula: 'linear' }).grid, 'REF-1')).not.toBe(base);
    expect(gridFingerprint(fixtureGrid({ scale: 10 }).grid, 'REF-1')).not.toBe(base);
    const moved = { ...grid, criteria: grid.criteria.map((c) => (c.id === 'fx-performance' ? { ...c, subCriteria: c.subCriteria.map((s, i) => ({ ...s, weightHundredths: s.weightHundredths + (i === 0 ? 1 : i === 1 ? -1 : 0) })) } : c)) };
    expect(gridFingerprint(moved, 'REF-1')).not.toBe(base);
    expect(gridCanonical(grid, 'REF-1')).toContain('fx-residual-waste=175');
  });
});
