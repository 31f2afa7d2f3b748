import type { Workbook } from 'exceljs';
import { priceFormulaOf } from '../../score/price-formulas.js';
import { currencySymbol } from '../../wording/format.js';
import { hasThresholds } from '../../score/thresholds.js';
import { CRITERIA, MARKS, PRICES, SUMMARY, addr, colLetter, markCol, summaryRow, type GridLayout } from './layout.js';
import { q, str } from './marks-sheet.js';
import type { SheetCtx } from './reference-sheets.js';
import { POINTS_FMT, PRICE_FMT, finishSheet, styleComputed, styleHeader, styleHelp, styleInput, styleText, styleTitle } from './styles.js';

/** Bidder k's display name: the name typed in the Marks sheet, or "Bidder k+1" until one is typed. */
function nameFormula(ctx: SheetCtx, k: number): string {
  const cell = `${q(ctx.layout.sheets.marks)}!${addr(MARKS.nameRow, markCol(k))}`;
  return `IF(${cell}="",${str(ctx.t.bidder(k + 1))},${cell})`;
}

/**
 * Bidder k's admission under the minimum thresholds (criteria.thresholds), as a spreadsheet condition computed from
 * the marks alone — the same points as the Summary sheet's, so no cell depends on the price. Undefined when the grid
 * has no threshold: the workbook is then exactly what it was before thresholds existed.
 */
export function admissionFormula(ctx: SheetCtx, k: number): string | undefined {
  const { grid, layout } = ctx;
  if (!hasThresholds(grid)) return undefined;
  const marks = q(layout.sheets.marks);
  const scaleMax = `${q(layout.sheets.criteria)}!$${colLetter(CRITERIA.colPoints)}$${CRITERIA.scaleRow}`;
  const mc = colLetter(markCol(k));
  const w = colLetter(MARKS.colPoints);
  // Points are sums of products: a threshold reached up to float noise is reached.
  const atLeast = (points: string, min: number): string => `${points}>=${min}-0.000000001`;
  const tests: string[] = [];
  grid.criteria.forEach((c, ci) => {
    const place = layout.criteria[ci]!;
    if (c.minPoints !== undefined && place.marksRows) {
      const { first, last } = place.marksRows;
      tests.push(atLeast(`SUMPRODUCT(${marks}!$${w}$${first}:$${w}$${last},${marks}!${mc}$${first}:${mc}$${last})/${scaleMax}`, c.minPoints));
    }
    for (const sub of c.subCriteria) {
      if (sub.minPoints === undefined) continue;
      const row = layout.subRows.find((x) => x.id === sub.id)!.row;
      tests.push(atLeast(`${marks}!$${w}$${row}*N(${marks}!${mc}${row})/${scaleMax}`, sub.minPoints));
    }
  });
  return tests.length === 1 ? tests[0]! : `AND(${tests.join(',')})`;
}

/** Hidden column of the Prices sheet holding the price (or cost) of admitted offers only (with thresholds). */
const ADMITTED_PRICE_COL = PRICES.colPoints + 1;
/** Coût élargi: first column of the committed quantities (one per externality), then the cost column. */
export const QUANTITY_COL = ADMITTED_PRICE_COL + 1;
/** Row of each externality's money value and of the number of years, above the headers. */
const COST_VALUES_ROW = PRICES.weightRow + 1;

const priceRange = (l: GridLayout): string => `$${colLetter(PRICES.colPrice)}$${PRICES.firstRow}:$${colLetter(PRICES.colPrice)}$${PRICES.firstRow + l.bidders - 1}`;

/**
 * The Prices sheet: the committee types each offer's price; the price points come from the announced formula,
 * taken from PRICE_FORMULA_INFO (the same table `score` computes with). Blank prices are ignored by MIN, MAX and
 * AVERAGE, so an offer without a price (or an unused column) never moves the others' marks.
 */
export async function addPricesSheet(wb: Workbook, ctx: SheetCtx): Promise<void> {
  const { grid, layout, t } = ctx;
  const ws = wb.addWorksheet(layout.sheets.prices);
  ws.columns = [{ width: 34 }, { width: 20 }, { width: 20 }];
  styleTitle(Object.assign(ws.getCell(PRICES.titleRow, 1), { value: `${layout.sheets.prices} — ${ctx.title} (${ctx.reference})` }));
  ws.mergeCells(PRICES.helpRow, 1, PRICES.helpRow, PRICES.colPoints);
  ws.getRow(PRICES.helpRow).height = 48;
  const price = grid.price;
  const priceCriterion = price && layout.criteria.find((c) => c.id === price.criterionId);
  if (!price || !priceCriterion) {
    styleHelp(Object.assign(ws.getCell(PRICES.helpRow, 1), { value: t.noPrice }));
    await finishSheet(ws, { frozenRows: PRICES.titleRow });
    return;
  }
  const info = priceFormulaOf(price);
  const basis = t.basis[price.basis];
  styleHelp(Object.assign(ws.getCell(PRICES.helpRow, 1), { value: t.pricesHelp(info.expression[layout.lang], basis) }));
  ws.getCell(PRICES.weightRow, PRICES.colName).value = t.priceWeight;
  ws.getCell(PRICES.weightRow, PRICES.colName).font = { bold: true };
  const nmax = ws.getCell(PRICES.weightRow, PRICES.colPrice);
  nmax.value = { formula: `${q(layout.sheets.criteria)}!${addr(priceCriterion.criteriaRow, CRITERIA.colPoints)}`, result: price.weightTenths / 10 };
  styleComputed(nmax, '0.0');
  const nmaxAbs = `$${colLetter(PRICES.colPrice)}$${PRICES.weightRow}`;

  [t.bidderHeader, t.price(basis, currencySymbol(price.currency)), t.pricePoints].forEach((h, i) => styleHeader(Object.assign(ws.getCell(PRICES.headerRow, i + 1), { value: h })));
  // With thresholds, the formula runs over the admitted offers' prices (a hidden column): an eliminated offer's price
  // must not move the others' marks, as in `score`.
  const thresholds = hasThresholds(grid);
  const admittedCol = colLetter(ADMITTED_PRICE_COL);
  // Coût élargi: the committee types each committed quantity; the cost column (price × years + Σ quantity × value)
  // is what the formula scores. Values and years sit in the row above the headers, in view.
  const cost = price.cost;
  const costCol = QUANTITY_COL + (cost?.externalities.length ?? 0);
  const colRange = (col: number): string => `$${colLetter(col)}$${PRICES.firstRow}:$${colLetter(col)}$${PRICES.firstRow + layout.bidders - 1}`;
  const range = thresholds ? colRange(ADMITTED_PRICE_COL) : cost ? colRange(costCol) : priceRange(layout);
  if (thresholds) ws.getColumn(ADMITTED_PRICE_COL).hidden = true;
  if (cost) {
    const w = ctx.t.words;
    cost.externalities.forEach((x, j) => {
      const col = QUANTITY_COL + j;
      ws.getColumn(col).width = 22;
      styleText(Object.assign(ws.getCell(PRICES.weightRow, col), { value: w('xlsx.cost.value', { currency: currencySymbol(price.currency), unit: x.unit }) }));
      styleComputed(Object.assign(ws.getCell(COST_VALUES_ROW, col), { value: x.value }), PRICE_FMT);
      styleHeader(Object.assign(ws.getCell(PRICES.headerRow, col), { value: w('xlsx.cost.quantity', { label: x.label, unit: x.unit }) }));
    });
    ws.getColumn(costCol).width = 22;
    styleText(Object.assign(ws.getCell(PRICES.weightRow, costCol), { value: w('xlsx.cost.years') }));
    styleComputed(Object.assign(ws.getCell(COST_VALUES_ROW, costCol), { value: cost.years }), '0.##');
    styleHeader(Object.assign(ws.getCell(PRICES.headerRow, costCol), { value: w('xlsx.cost.total', { currency: currencySymbol(price.currency) }) }));
  }
  for (let k = 0; k < layout.bidders; k++) {
    const r = PRICES.firstRow + k;
    const name = ws.getCell(r, PRICES.colName);
    name.value = { formula: nameFormula(ctx, k) };
    styleText(name);
    const p = ws.getCell(r, PRICES.colPrice);
    styleInput(p, 'right');
    p.numFmt = PRICE_FMT;
    p.dataValidation = { type: 'decimal', operator: 'greaterThan', formulae: [0], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: t.priceError };
    let typed = addr(r, PRICES.colPrice);
    if (cost) {
      const m = cost.externalities.length;
      for (let j = 0; j < m; j++) {
        const qc = ws.getCell(r, QUANTITY_COL + j);
        styleInput(qc, 'right');
        qc.dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: t.priceError };
      }
      const values = `$${colLetter(QUANTITY_COL)}$${COST_VALUES_ROW}:$${colLetter(QUANTITY_COL + m - 1)}$${COST_VALUES_ROW}`;
      const quantities = `${addr(r, QUANTITY_COL)}:${addr(r, QUANTITY_COL + m - 1)}`;
      const c = ws.getCell(r, costCol);
      c.value = { formula: `IF(${typed}="","",${typed}*$${colLetter(costCol)}$${COST_VALUES_ROW}+SUMPRODUCT(${values},${quantities}))` };
      styleComputed(c, PRICE_FMT);
      typed = addr(r, costCol);
    }
    const own = thresholds ? addr(r, ADMITTED_PRICE_COL) : typed;
    if (thresholds) ws.getCell(r, ADMITTED_PRICE_COL).value = { formula: `IF(AND(${typed}<>"",${admissionFormula(ctx, k)}),${typed},"")` };
    const pts = ws.getCell(r, PRICES.colPoints);
    pts.value = { formula: `IF(${own}="","",${nmaxAbs}*(${info.spreadsheet(own, range)}))` };
    styleComputed(pts, POINTS_FMT);
  }
  // Pmin, Pmean, Pmax in view: the committee can check the formula by hand.
  const stats: [string, string][] = [
    [t.lowest, 'MIN'],
    [t.mean, 'AVERAGE'],
    [t.highest, 'MAX'],
  ];
  stats.forEach(([label, fn], i) => {
    const r = PRICES.firstRow + layout.bidders + 1 + i;
    styleText(Object.assign(ws.getCell(r, PRICES.colName), { value: label }));
    const c = ws.getCell(r, PRICES.colPrice);
    c.value = { formula: `IF(COUNT(${range})=0,"",${fn}(${range}))` };
    styleComputed(c, PRICE_FMT);
  });
  await finishSheet(ws, { frozenRows: PRICES.headerRow, printTitleRows: `${PRICES.headerRow}:${PRICES.headerRow}` });
}

/**
 * The Summary sheet: weighted points per award criterion, total and rank of each bidder, all by formula.
 * Sub-criterion points = weight × mark / scale maximum (as computeTotals); rank by RANK(), so ties share a rank.
 * A bidder column with no name, no mark and no price is "inactive": left blank and out of the ranking.
 */
export async function addSummarySheet(wb: Workbook, ctx: SheetCtx): Promise<void> {
  const { grid, layout, t } = ctx;
  const ws = wb.addWorksheet(layout.sheets.summary);
  const tot = layout.summaryTotalCol;
  const rank = layout.summaryRankCol;
  const act = layout.summaryActiveCol;
  ws.columns = [{ width: 30 }, ...grid.criteria.map(() => ({ width: 18 })), { width: 12 }, { width: 9 }, { width: 8, hidden: true }];
  ws.mergeCells(SUMMARY.titleRow, 1, SUMMARY.titleRow, rank);
  styleTitle(Object.assign(ws.getCell(SUMMARY.titleRow, 1), { value: `${layout.sheets.summary} — ${ctx.title} (${ctx.reference})` }));
  ws.mergeCells(SUMMARY.helpRow, 1, SUMMARY.helpRow, rank);
  styleHelp(Object.assign(ws.getCell(SUMMARY.helpRow, 1), { value: t.summaryHelp }));
  ws.getRow(SUMMARY.helpRow).height = 30;

  const headers = [t.bidderHeader, ...grid.criteria.map((c) => `${c.number}. ${c.label}`), `${t.total}`, t.rank, t.active];
  headers.forEach((h, i) => styleHeader(Object.assign(ws.getCell(SUMMARY.headerRow, i + 1), { value: h })));
  ws.getRow(SUMMARY.headerRow).height = 45;

  const maxRow = ws.getRow(SUMMARY.maxRow);
  styleText(Object.assign(maxRow.getCell(SUMMARY.colName), { value: t.maximum }));
  maxRow.getCell(SUMMARY.colName).font = { italic: true };
  for (const c of layout.criteria) {
    const cell = maxRow.getCell(c.summaryCol);
    cell.value = { formula: `${q(layout.sheets.criteria)}!${addr(c.criteriaRow, CRITERIA.colPoints)}`, result: grid.criteria.find((x) => x.id === c.id)!.weightTenths / 10 };
    styleComputed(cell, '0.0');
  }
  const maxTotal = maxRow.getCell(tot);
  maxTotal.value = { formula: `SUM(${addr(SUMMARY.maxRow, SUMMARY.firstCriterionCol)}:${addr(SUMMARY.maxRow, tot - 1)})`, result: grid.criteria.reduce((s, c) => s + c.weightTenths, 0) / 10 };
  styleComputed(maxTotal, '0.0');
  styleText(maxRow.getCell(rank));

  const marks = q(layout.sheets.marks);
  const scaleMax = `${q(layout.sheets.criteria)}!$${colLetter(CRITERIA.colPoints)}$${CRITERIA.scaleRow}`;
  const firstTotal = `${colLetter(tot)}$${summaryRow(0)}`;
  const lastTotal = `${colLetter(tot)}$${summaryRow(layout.bidders - 1)}`;
  const keys = tieBreakKeys(ctx);
  // One hidden column per tie-break key, after the "active" flag: the key's value per bidder, higher is better.
  keys.forEach((key, i) => {
    const col = act + 1 + i;
    ws.getColumn(col).width = 8;
    ws.getColumn(col).hidden = true;
    for (let k = 0; k < layout.bidders; k++) {
      const r = summaryRow(k);
      ws.getCell(r, col).value = { formula: `IF($${colLetter(act)}${r}=1,ROUND(${key.value(k, r)},6),"")` };
    }
  });
  for (let k = 0; k < layout.bidders; k++) {
    const r = summaryRow(k);
    const row = ws.getRow(r);
    const active = `$${colLetter(act)}${r}`;
    const name = row.getCell(SUMMARY.colName);
    name.value = { formula: nameFormula(ctx, k) };
    styleText(name);
    name.font = { bold: true };
    const mc = colLetter(markCol(k));
    const priceCell = layout.hasPrice ? `${q(layout.sheets.prices)}!${addr(PRICES.firstRow + k, PRICES.colPrice)}` : undefined;
    const used = [`${marks}!${addr(MARKS.nameRow, markCol(k))}<>""`, `COUNT(${marks}!${mc}${MARKS.firstRow}:${mc}${Math.max(layout.marksLastRow, MARKS.firstRow)})>0`];
    if (priceCell) used.push(`${priceCell}<>""`);
    row.getCell(act).value = { formula: `IF(OR(${used.join(',')}),1,0)` };

    for (const c of layout.criteria) {
      const cell = row.getCell(c.summaryCol);
      let value: string;
      if (c.kind === 'price') {
        const pts = `${q(layout.sheets.prices)}!${addr(PRICES.firstRow + k, PRICES.colPoints)}`;
        value = `IF(${pts}="",0,${pts})`;
      } else if (c.marksRows) {
        const { first, last } = c.marksRows;
        const w = `${marks}!$${colLetter(MARKS.colPoints)}$${first}:$${colLetter(MARKS.colPoints)}$${last}`;
        value = `SUMPRODUCT(${w},${marks}!${mc}$${first}:${mc}$${last})/${scaleMax}`;
      } else value = '0';
      cell.value = { formula: `IF(${active}=1,${value},"")` };
      styleComputed(cell, POINTS_FMT);
    }
    // Rounded to 6 decimals so that equal totals reached by different sums are an exact tie for RANK().
    const total = row.getCell(tot);
    const sum = `ROUND(SUM(${addr(r, SUMMARY.firstCriterionCol)}:${addr(r, tot - 1)}),6)`;
    const admission = admissionFormula(ctx, k);
    // An eliminated offer shows the word instead of a total; RANK() ignores text, so it is not ranked.
    total.value = { formula: `IF(${active}=1,${admission ? `IF(${admission},${sum},${str(t.eliminated)})` : sum},"")` };
    styleComputed(total, POINTS_FMT);
    total.font = { bold: true };
    const rk = row.getCell(rank);
    rk.value = { formula: `IF(${admissionFormula(ctx, k) ? `AND(${active}=1,ISNUMBER(${addr(r, tot)}))` : `${active}=1`},${rankFormula(ctx, r, keys, `$${firstTotal}:$${lastTotal}`)},"")` };
    styleComputed(rk, '0');
    rk.font = { bold: true };
    rk.alignment = { horizontal: 'center', vertical: 'top' };
  }
  if (ctx.tieBreak && ctx.words) {
    // Say below the table how equal totals are ranked: by the announced rule, or left to the committee.
    const noteRow = summaryRow(layout.bidders) + 1;
    ws.mergeCells(noteRow, 1, noteRow, rank);
    const note = ws.getCell(noteRow, 1);
    const rule = ctx.tieBreak;
    note.value = keys.length ? ctx.words.t('xlsx.tieBreakApplied', { rule: rule.text, keys: rule.keys.map((k) => k.label).join(', ') }) : ctx.words.t('xlsx.tieBreakManual', { rule: rule.text });
    styleHelp(note);
    ws.getRow(noteRow).height = 30;
  }
  await finishSheet(ws, { frozenRows: SUMMARY.maxRow, frozenCols: 1, printTitleRows: `${SUMMARY.headerRow}:${SUMMARY.maxRow}` });
}

interface TieKey {
  /** Column of the hidden key values in the Summary sheet. */
  readonly col: number;
  /** The key's value for bidder k (row r of the Summary sheet); higher is better. */
  readonly value: (k: number, r: number) => string;
}

/**
 * The announced tie-break as Summary columns, as the score core applies it (ranking.ts): more points on a criterion
 * or sub-criterion first, then the lower price first (its key is the price negated). Empty when there is no rule.
 */
function tieBreakKeys(ctx: SheetCtx): TieKey[] {
  const { layout, grid } = ctx;
  const rule = ctx.tieBreak;
  if (!rule) return [];
  const marks = q(layout.sheets.marks);
  const scaleMax = `${q(layout.sheets.criteria)}!$${colLetter(CRITERIA.colPoints)}$${CRITERIA.scaleRow}`;
  // Keys the sheet cannot compute are dropped; the others take consecutive hidden columns.
  return rule.keys.flatMap((key): Omit<TieKey, 'col'>[] => {
    if (key.kind === 'price') {
      if (!layout.hasPrice) return [];
      return [{ value: (k) => `-N(${q(layout.sheets.prices)}!${addr(PRICES.firstRow + k, PRICES.colPrice)})` }];
    }
    const crit = layout.criteria.find((c) => c.id === key.id);
    if (crit) return [{ value: (_k, r) => `N(${addr(r, crit.summaryCol)})` }];
    const sub = layout.subRows.find((s) => s.id === key.id);
    if (!sub || !grid.criteria.some((c) => c.subCriteria.some((s) => s.id === key.id))) return [];
    return [{ value: (k) => `${marks}!$${colLetter(MARKS.colPoints)}$${sub.row}*N(${marks}!${addr(sub.row, markCol(k))})/${scaleMax}` }];
  }).map((k, i) => ({ ...k, col: layout.summaryActiveCol + 1 + i }));
}

/**
 * RANK() on the totals, then one COUNTIFS per tie-break key: the bidders with the same total (and the same values
 * on the earlier keys) that do better on this key come first. Exactly the lexicographic order of ranking.ts.
 */
function rankFormula(ctx: SheetCtx, r: number, keys: readonly TieKey[], totals: string): string {
  const tot = colLetter(ctx.layout.summaryTotalCol);
  const first = summaryRow(0);
  const last = summaryRow(ctx.layout.bidders - 1);
  const range = (col: string): string => `$${col}$${first}:$${col}$${last}`;
  const parts = [`RANK(${tot}${r},${totals})`];
  keys.forEach((key, i) => {
    const conds = [`${range(tot)},${tot}${r}`];
    for (const prev of keys.slice(0, i)) conds.push(`${range(colLetter(prev.col))},${colLetter(prev.col)}${r}`);
    const c = colLetter(key.col);
    conds.push(`${range(c)},">"&${c}${r}`);
    parts.push(`COUNTIFS(${conds.join(',')})`);
  });
  return parts.join('+');
}
