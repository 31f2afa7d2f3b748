import type { Block, Cell, CellInput, Inline } from '../../compose/document.js';

type TableBlock = Extract<Block, { type: 'table' }>;

/** Left plus right cell margin of every cell (table.ts), in twips. */
export const CELL_MARGINS = 160;
/** A little room past the longest word, for the estimate's error and the cell's borders. */
const SLACK = 60;

/**
 * Advance width of a character, in em, by the class it falls in: the wider of Arial's and DejaVu Sans's, since a reader
 * without Arial (or its metric twin Liberation Sans) sees the document in LibreOffice's fallback, DejaVu Sans, some
 * 10 % wider. From the fonts' metrics: i, j, l 0.22–0.28; f, r, t, I 0.28–0.41; most lower-case letters and the digits
 * 0.55–0.64; capitals 0.63–0.79; m, w, M, W 0.72–0.99. An estimate good to a few per cent over a word, which is what
 * sizing a column needs; an accented letter counts as its base letter.
 */
function charEm(c: string): number {
  if ('ijl.,;:!|\'’ '.includes(c)) return 0.32;
  if ('ftrI()-/[]'.includes(c)) return 0.41;
  if ('mwMW%@'.includes(c)) return 0.99;
  if (c !== c.toLowerCase()) return 0.78;
  return 0.64;
}

/** Estimated width in twips of `word` at `halfPoints` (bold letters are some 10 % wider). */
export function wordWidth(word: string, halfPoints: number, bold: boolean): number {
  let em = 0;
  for (const c of word.normalize('NFD').replace(/\p{M}/gu, '')) em += charEm(c);
  // half-points × 10 = twips per em (1 pt = 20 twips).
  return Math.ceil(em * halfPoints * 10 * (bold ? 1.1 : 1));
}

/**
 * Words a line may not break inside: split at spaces, and after hyphens, where Word and LibreOffice break lines.
 * No-break spaces (U+00A0, U+202F) hold their neighbours together, as they do on the page.
 */
const words = (text: string): string[] => text.split(/[ \t\n]+|(?<=-)/).filter(Boolean);

function longestWord(runs: readonly Inline[], halfPoints: number, bold: boolean): number {
  let max = 0;
  for (const r of runs) {
    const text = typeof r === 'string' ? r : r.text;
    const b = typeof r === 'string' ? bold : (r.bold ?? bold);
    for (const w of words(text)) max = Math.max(max, wordWidth(w, halfPoints, b));
  }
  return max;
}

/** Narrowest width, in twips, at which every word of the cell fits on a line. */
function cellMinimum(input: CellInput, halfPoints: number, bold: boolean): number {
  const c: Cell = typeof input === 'string' ? { runs: [input] } : input;
  const b = bold || Boolean(c.bold);
  let max = longestWord(c.runs, halfPoints, b);
  for (const more of c.more ?? []) max = Math.max(max, longestWord(more, halfPoints, bold));
  return max === 0 ? 0 : max + CELL_MARGINS + SLACK;
}

/**
 * A header of one or two words ("Note (0–5)", "Points") is kept on one line: wrapped, it would break at its dash or
 * leave a lone "5)" under its label.
 */
function shortHeader(header: string, halfPoints: number): number {
  const text = header.trim();
  if (text.split(/\s+/).length > 2) return 0;
  return wordWidth(text, halfPoints, true) + CELL_MARGINS + SLACK;
}

/**
 * The narrowest width of each column at which no word of its cells (header, rows, footer) is broken across lines.
 * Cells spanning several columns are left out: they have the columns' sum. A short header stays on one line.
 */
export function minimumWidths(block: TableBlock, halfPoints: number): number[] {
  const mins = block.columns.map((c) => Math.max(cellMinimum(c.header, halfPoints, true), shortHeader(c.header, halfPoints)));
  const visit = (row: readonly CellInput[], bold: boolean): void => {
    let col = 0;
    for (const input of row) {
      const span = typeof input === 'string' ? 1 : (input.colSpan ?? 1);
      if (span === 1 && col < mins.length) mins[col] = Math.max(mins[col]!, cellMinimum(input, halfPoints, bold));
      col += span;
    }
  };
  for (const row of block.rows) visit(row, false);
  if (block.footer) visit(block.footer, true);
  return mins;
}

/**
 * Column widths in twips summing to at most `total`: the model's relative widths, except that a column narrower than
 * its longest word is widened to it, the width it takes coming from the other columns in proportion to their share.
 * When the longest words of all columns together are wider than the page, the widths follow those minimums instead,
 * so every column is short of its minimum by the same proportion.
 */
export function columnWidths(relative: readonly number[], minimums: readonly number[], total: number): number[] {
  const sumMin = minimums.reduce((s, m) => s + m, 0);
  if (sumMin >= total) return minimums.map((m) => Math.floor((total * m) / sumMin));
  // Water-filling: fix the columns that their share leaves too narrow at their minimum, share the rest among the
  // others, and again until no share is too narrow (at most one round per column).
  const fixed = new Set<number>();
  for (;;) {
    const free = total - [...fixed].reduce((s, k) => s + minimums[k]!, 0);
    const weight = relative.reduce((s, w, k) => (fixed.has(k) ? s : s + w), 0);
    const widths = relative.map((w, k) => (fixed.has(k) ? minimums[k]! : (free * w) / weight));
    const short = widths.map((w, k) => k).filter((k) => !fixed.has(k) && widths[k]! < minimums[k]!);
    if (short.length === 0) return widths.map(Math.floor);
    for (const k of short) fixed.add(k);
  }
}
