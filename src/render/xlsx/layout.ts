import { createHash } from 'node:crypto';
import type { Lang } from '../../model/common.js';
import { inputError } from '../../model/errors.js';
import type { Grid } from '../../model/grid.js';
import { criterionLines } from '../../model/grid-tree.js';

/**
 * Where everything sits in the XLSX scoring grid. The writer (grid-workbook.ts) places cells with these
 * functions and `score` reads a filled grid back with the same functions, so the two cannot drift apart.
 * Rows and columns are 1-based (as in exceljs); bidders are numbered from 0 in this API.
 * Keep this file stable: a change here is a change of the grid file format (bump GRID_FORMAT).
 */

/** Version of the grid layout, written in the hidden metadata sheet. */
export const GRID_FORMAT = 1;
export const DEFAULT_BIDDERS = 5;
export const MAX_BIDDERS = 40;

export interface SheetNames {
  readonly criteria: string;
  readonly marks: string;
  readonly prices: string;
  readonly summary: string;
}

/** Visible sheets, in this order in the workbook (1-based indexes 1..4), then the hidden metadata sheet (5). */
export const SHEET_NAMES: Readonly<Record<Lang, SheetNames>> = {
  fr: { criteria: 'Critères', marks: 'Notes', prices: 'Prix', summary: 'Synthèse' },
  en: { criteria: 'Criteria', marks: 'Marks', prices: 'Prices', summary: 'Summary' },
};
export const SHEET_ORDER = ['criteria', 'marks', 'prices', 'summary'] as const;
/** Same name in both languages; state "veryHidden" (not listed by Excel's Unhide dialog). */
export const META_SHEET = 'efc-grid';

/** The language of a grid, found from its sheet names (a committee may rename nothing, but the language varies). */
export function langOfSheets(names: readonly string[]): Lang | undefined {
  for (const lang of ['fr', 'en'] as const) {
    const n = SHEET_NAMES[lang];
    if ([n.criteria, n.marks, n.prices, n.summary].every((s) => names.includes(s))) return lang;
  }
  return undefined;
}

/** Criteria sheet (read-only reference). */
export const CRITERIA = {
  titleRow: 1,
  infoRow: 2,
  /** Row of the scale line; the scale maximum is in column `colPoints`. */
  scaleRow: 3,
  priceRow: 4,
  headerRow: 6,
  firstRow: 7,
  colNumber: 1,
  colId: 2,
  colLabel: 3,
  colPoints: 4,
  colQuestion: 5,
  colEvidence: 6,
  colLevels: 7,
} as const;

/** Marks sheet: one row per sub-criterion, one column pair (mark, justification) per bidder. */
export const MARKS = {
  titleRow: 1,
  helpRow: 2,
  /** Bidder names are typed here, in the mark column of each pair (merged over the pair). */
  nameRow: 3,
  headerRow: 4,
  firstRow: 5,
  colNumber: 1,
  colLabel: 2,
  colPoints: 3,
  /** Sub-criterion id (hidden column), so a reader can check each row. */
  colId: 4,
  firstBidderCol: 5,
} as const;

/**
 * The evaluator's name and the date, typed by the member who fills the grid: on the help row of the Marks sheet,
 * right of the help text (label, then the input cell). `score` takes the evaluator from here, else the file name.
 */
export const MARKS_SIGNATURE = { row: MARKS.helpRow, helpLastCol: MARKS.colPoints, evaluatorLabelCol: 5, evaluatorCol: 6, dateLabelCol: 7, dateCol: 8 } as const;

/** Prices sheet: one row per bidder. */
export const PRICES = {
  titleRow: 1,
  helpRow: 2,
  /** Points of the price criterion (Nmax), in column `colPrice`. */
  weightRow: 3,
  headerRow: 5,
  firstRow: 6,
  colName: 1,
  colPrice: 2,
  colPoints: 3,
} as const;

/** Summary sheet: one row per bidder, one column per award criterion, then total, rank and a hidden "active" flag. */
export const SUMMARY = {
  titleRow: 1,
  helpRow: 2,
  headerRow: 4,
  /** Maximum points of each criterion (and 100 in the total column). */
  maxRow: 5,
  firstRow: 6,
  colName: 1,
  firstCriterionCol: 2,
} as const;

/** Hidden metadata sheet: one key per row, key in column A, value in column B. */
export const META_KEYS = ['format', 'generator', 'reference', 'lang', 'bidders', 'scale', 'price-formula', 'fingerprint', 'canonical'] as const;
export type MetaKey = (typeof META_KEYS)[number];
export const metaRow = (key: MetaKey): number => META_KEYS.indexOf(key) + 1;

export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** A1-style address, e.g. "E5". */
  readonly address: string;
}

export interface SubRow {
  readonly id: string;
  readonly criterionId: string;
  readonly number: string;
  /** Row in the Marks sheet. */
  readonly row: number;
  /** Row in the Criteria sheet. */
  readonly criteriaRow: number;
}

/** A subtotal (a sub-criterion divided into sub-sub-criteria): a row of the Criteria sheet, its weight a SUM of its children's. */
export interface SubTotalRow {
  readonly id: string;
  readonly criterionId: string;
  /** Row in the Criteria sheet. */
  readonly criteriaRow: number;
  /** Criteria-sheet rows of its direct children (leaves or subtotals). */
  readonly childRows: readonly number[];
}

export interface CriterionPlace {
  readonly id: string;
  readonly kind: 'quality' | 'price';
  /** Row in the Criteria sheet. */
  readonly criteriaRow: number;
  /** Column in the Summary sheet. */
  readonly summaryCol: number;
  /** First and last Marks rows of its sub-criteria (quality criteria with sub-criteria only). */
  readonly marksRows?: { readonly first: number; readonly last: number };
}

export interface GridLayout {
  readonly lang: Lang;
  readonly sheets: SheetNames;
  readonly bidders: number;
  readonly criteria: readonly CriterionPlace[];
  readonly subRows: readonly SubRow[];
  /** Subtotal rows of the Criteria sheet (none unless the spec divides sub-criteria: criteria.children). */
  readonly subTotalRows: readonly SubTotalRow[];
  /** Last Marks row holding a sub-criterion (firstRow − 1 when there is none). */
  readonly marksLastRow: number;
  /** Row of the "Total" line in the Criteria sheet. */
  readonly criteriaTotalRow: number;
  readonly hasPrice: boolean;
  readonly summaryTotalCol: number;
  readonly summaryRankCol: number;
  readonly summaryActiveCol: number;
}

/** Column number → letters (1 → A, 27 → AA). */
export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export const addr = (row: number, col: number): string => `${colLetter(col)}${row}`;
export const ref = (sheet: string, row: number, col: number): CellRef => ({ sheet, row, col, address: addr(row, col) });

/** The place of every row and column of the grid of `grid` for `bidders` bidders (InputError bidders-out-of-range). */
export function gridLayout(grid: Grid, bidders: number, lang: Lang): GridLayout {
  if (!Number.isInteger(bidders) || bidders < 1 || bidders > MAX_BIDDERS) {
    throw inputError('bidders-out-of-range', `the grid can have 1 to ${MAX_BIDDERS} bidder columns, not ${bidders}`, { hint: `use --bidders between 1 and ${MAX_BIDDERS}` });
  }
  const criteria: CriterionPlace[] = [];
  const subRows: SubRow[] = [];
  const subTotalRows: SubTotalRow[] = [];
  let cRow = CRITERIA.firstRow;
  let mRow = MARKS.firstRow;
  grid.criteria.forEach((c, i) => {
    const criteriaRow = cRow++;
    const first = mRow;
    // Criteria sheet in reading order (1.1, 1.1.1, 1.1.2, 1.2); the Marks sheet lists the marked leaves only.
    const rowOf = new Map<string, number>();
    for (const l of criterionLines(c)) {
      rowOf.set(l.node.id, cRow);
      if (l.kind === 'sub') subRows.push({ id: l.node.id, criterionId: c.id, number: l.node.number, row: mRow++, criteriaRow: cRow++ });
      else cRow++;
    }
    for (const st of c.subTotals ?? []) subTotalRows.push({ id: st.id, criterionId: c.id, criteriaRow: rowOf.get(st.id)!, childRows: st.childIds.map((id) => rowOf.get(id)!) });
    criteria.push({
      id: c.id,
      kind: c.kind,
      criteriaRow,
      summaryCol: SUMMARY.firstCriterionCol + i,
      marksRows: c.kind === 'quality' && c.subCriteria.length ? { first, last: mRow - 1 } : undefined,
    });
  });
  const totalCol = SUMMARY.firstCriterionCol + grid.criteria.length;
  return {
    lang,
    sheets: SHEET_NAMES[lang],
    bidders,
    criteria,
    subRows,
    subTotalRows,
    marksLastRow: mRow - 1,
    criteriaTotalRow: cRow,
    hasPrice: grid.price !== undefined,
    summaryTotalCol: totalCol,
    summaryRankCol: totalCol + 1,
    summaryActiveCol: totalCol + 2,
  };
}

/** Marks column of bidder k (0-based); the justification is the next column. */
export const markCol = (k: number): number => MARKS.firstBidderCol + 2 * k;
export const justificationCol = (k: number): number => markCol(k) + 1;

/** Where bidder k's name is typed (Marks sheet, header row; Prices and Summary show it by formula). */
export const bidderNameCell = (l: GridLayout, k: number): CellRef => ref(l.sheets.marks, MARKS.nameRow, markCol(k));

function subRow(l: GridLayout, subId: string): SubRow {
  const s = l.subRows.find((r) => r.id === subId);
  if (!s) throw new RangeError(`no sub-criterion "${subId}" in this grid`);
  return s;
}
export const markCell = (l: GridLayout, k: number, subId: string): CellRef => ref(l.sheets.marks, subRow(l, subId).row, markCol(k));
export const justificationCell = (l: GridLayout, k: number, subId: string): CellRef => ref(l.sheets.marks, subRow(l, subId).row, justificationCol(k));

/** Where bidder k's price is typed (undefined when the grid has no price criterion). */
export const priceCell = (l: GridLayout, k: number): CellRef | undefined => (l.hasPrice ? ref(l.sheets.prices, PRICES.firstRow + k, PRICES.colPrice) : undefined);
export const pricePointsCell = (l: GridLayout, k: number): CellRef | undefined => (l.hasPrice ? ref(l.sheets.prices, PRICES.firstRow + k, PRICES.colPoints) : undefined);

export const summaryRow = (k: number): number => SUMMARY.firstRow + k;
export const summaryCriterionCell = (l: GridLayout, k: number, criterionId: string): CellRef => {
  const c = l.criteria.find((x) => x.id === criterionId);
  if (!c) throw new RangeError(`no criterion "${criterionId}" in this grid`);
  return ref(l.sheets.summary, summaryRow(k), c.summaryCol);
};
export const summaryTotalCell = (l: GridLayout, k: number): CellRef => ref(l.sheets.summary, summaryRow(k), l.summaryTotalCol);
export const summaryRankCell = (l: GridLayout, k: number): CellRef => ref(l.sheets.summary, summaryRow(k), l.summaryRankCol);

/** A weight as the canonical text has always written it: in tenths of a point. */
const tenths = (hundredths: number): string => String(hundredths / 10);

/**
 * The canonical text of what must not change between the spec and a grid: the spec reference, the scale, the
 * price formula, and every criterion and sub-criterion id with its weight (in tenths of a point, as
 * grids written before weights were kept in hundredths stored it, so a grid filled with an earlier version still
 * matches; a weight given to 0.01 is written 58.1). Labels and language are left
 * out on purpose: a grid printed in English for the same spec is the same grid.
 */
export function gridCanonical(grid: Grid, reference: string): string {
  const price = grid.price ? `${grid.price.criterionId}:${grid.price.formula}${grid.price.cutOff !== undefined ? `(${grid.price.cutOff})` : ''}${grid.price.expression !== undefined ? `(${grid.price.expression})` : ''}:${grid.price.basis}${grid.price.currency === 'EUR' ? '' : `:${grid.price.currency}`}` : 'none';
  // Subtotals (criteria.children) only when there are some, so a grid without them keeps its fingerprint.
  const tree = (c: Grid['criteria'][number]): string => (c.subTotals?.length ? `{${c.subTotals.map((s) => `${s.number}:${s.id}=${tenths(s.weightHundredths)}`).join(',')}}` : '');
  const crits = grid.criteria.map((c) => `${c.id}=${tenths(c.weightHundredths)}[${c.subCriteria.map((s) => `${s.id}=${tenths(s.weightHundredths)}`).join(',')}]${tree(c)}`).join(';');
  // Price sub-criteria and options change the Prices sheet's columns: a grid made without them is another grid.
  // Absent, nothing is added, so the grids written before them keep their fingerprint.
  const parts = grid.price?.parts?.map((p) => `${p.id}=${tenths(p.weightHundredths)}:${p.formula}${p.cutOff !== undefined ? `(${p.cutOff})` : ''}${p.expression !== undefined ? `(${p.expression})` : ''}:${p.price}`).join(',');
  const pse = grid.price?.pse?.map((x) => `${x.id}${x.retained ? '+' : ''}`).join(',');
  return `efc-grid/${GRID_FORMAT}|ref=${reference}|scale=${grid.scale.max}|price=${price}|${crits}${parts ? `|parts=${parts}` : ''}${pse ? `|pse=${pse}` : ''}`;
}

/** Short hash of gridCanonical(): compare a filled grid's stored fingerprint with the spec's to detect a mismatch. */
export function gridFingerprint(grid: Grid, reference: string): string {
  return createHash('sha256').update(gridCanonical(grid, reference)).digest('hex').slice(0, 16);
}
