import { describe, expect, it } from 'vitest';
import type { Block } from '../../compose/document.js';
import { CELL_MARGINS, columnWidths, minimumWidths, wordWidth } from './column-widths.js';

type TableBlock = Extract<Block, { type: 'table' }>;

describe('column widths', () => {
  it('keeps the model proportions when every column is wide enough', () => {
    expect(columnWidths([1, 2, 1], [500, 500, 500], 4000)).toEqual([1000, 2000, 1000]);
  });

  it('widens a column to its longest word, taking the width from the others in proportion', () => {
    const w = columnWidths([1, 8, 1], [1800, 500, 300], 10000);
    expect(w[0]).toBe(1800);
    expect(w[1]! / w[2]!).toBeCloseTo(8, 5);
    expect(w.reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(10000);
    expect(w.reduce((s, x) => s + x, 0)).toBeGreaterThan(9997);
  });

  it('widens again a column that the first widening left too narrow', () => {
    // After column 0 takes 6000, column 1's share (4000 × 1/2) falls under its 2500.
    const w = columnWidths([1, 1, 1], [6000, 2500, 0], 10000);
    expect(w).toEqual([6000, 2500, 1500]);
  });

  it('shares the page in proportion to the minimums when they do not all fit', () => {
    expect(columnWidths([1, 1], [3000, 9000], 6000)).toEqual([1500, 4500]);
  });

  it('measures words: longer, wider letters and bold take more room', () => {
    expect(wordWidth('Développement', 18, false)).toBeGreaterThan(wordWidth('Développe', 18, false));
    expect(wordWidth('MMM', 18, false)).toBeGreaterThan(wordWidth('iii', 18, false));
    expect(wordWidth('Référence', 18, true)).toBeGreaterThan(wordWidth('Référence', 18, false));
    // At 9 pt, "Développement" is some 72 pt wide in DejaVu Sans (1 440 twips): the estimate is not below it.
    expect(wordWidth('Développement', 18, false)).toBeGreaterThanOrEqual(1440);
  });

  it('takes the longest word of each column, header bold, spanning cells left out, breaking after hyphens', () => {
    const table: TableBlock = {
      type: 'table',
      columns: [{ header: 'A', width: 1 }, { header: 'B', width: 1 }],
      rows: [
        ['court mot', 'anticonstitutionnellement'],
        [{ runs: ['unmotbeaucoupbeaucouptroplongquiresteseul'], colSpan: 2 }],
        ['socio-économique', 'x'],
      ],
    };
    const [a, b] = minimumWidths(table, 18);
    const [short] = minimumWidths({ type: 'table', columns: [{ header: 'Note (0–5)', width: 1 }], rows: [['5']] }, 18);
    expect(short).toBe(wordWidth('Note (0–5)', 18, true) + CELL_MARGINS + 60);
    expect(b).toBe(wordWidth('anticonstitutionnellement', 18, false) + CELL_MARGINS + 60);
    expect(a).toBe(wordWidth('économique', 18, false) + CELL_MARGINS + 60);
  });
});
