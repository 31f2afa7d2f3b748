import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/model/common.js';
import type { Grid } from '../src/model/grid.js';
import type { PriceFormula } from '../src/model/spec.js';
import { renderGridXlsx } from '../src/render/xlsx/grid-workbook.js';
import { gridLayout, summaryCriterionCell, summaryRankCell, summaryTotalCell } from '../src/render/xlsx/layout.js';
import { eliminations } from '../src/score/thresholds.js';
import { costOf } from '../src/score/formula-cost.js';
import ExcelJS from 'exceljs';
import { PRICES } from '../src/render/xlsx/layout.js';
import { computeTotals, type BidInput } from '../src/score/totals.js';
import { expectSummaryMatches, fillGrid, fixtureGrid, readSummary } from './grid-helpers.js';
import { hasSoffice, officeText } from './helpers/office.js';

/**
 * A committee's session: a bidder with all the marks, a tie reached by different marks (the two swapped
 * sub-criteria weigh the same) at the same price, an unused column, and a named bidder who gave no price.
 * Marks are given as levels 0..5 and converted to the grid's scale.
 */
function bids(grid: Grid): (BidInput | null)[] {
  const subs = grid.criteria.flatMap((c) => c.subCriteria.map((s) => s.id));
  const byLevel = (levels: number[]): Record<string, number> => Object.fromEntries(subs.map((id, i) => [id, grid.scale.marks[levels[i]!]!]));
  // fixture order: residual-waste, sorting-quality, reuse, cooperation-actors, governance (10 pts), emissions (10 pts)
  return [
    { bidder: 'Alpha Environnement', marks: byLevel([4, 3, 5, 2, 3, 1]), price: 1_000_000 },
    { bidder: 'Beta Services', marks: byLevel([3, 4, 4, 3, 5, 2]), price: 1_180_000.5 },
    { bidder: 'Gamma Coop', marks: byLevel([3, 4, 4, 3, 2, 5]), price: 1_180_000.5 },
    null,
    { bidder: 'Epsilon', marks: byLevel([5, 5, 5, 4, 4, 4]) },
  ];
}

const cases: { formula: PriceFormula | string; scale: number | 'percent'; lang: Lang }[] = [
  { formula: 'proportional', scale: 5, lang: 'fr' },
  { formula: 'linear', scale: 10, lang: 'en' },
  { formula: 'mean-gap', scale: 20, lang: 'fr' },
  // issue 15: the deduction and cut-off variants, a user-defined expression, scales 0–N and percent
  { formula: 'deduction', scale: 4, lang: 'fr' },
  { formula: 'cut-off\n  cut_off: 1.15', scale: 'percent', lang: 'en' },
  { formula: "custom\n  expression: 'max(0 ; 1 − 2 × (P − Pmin) / (Pmax + Pmoy)) × min(1 ; N / 3)'", scale: 3, lang: 'fr' },
];

describe.skipIf(!hasSoffice())('XLSX grid recalculated by LibreOffice', () => {
  it.each(cases)('gives the totals and ranks of computeTotals: $formula, scale $scale, $lang', async ({ formula, scale, lang }) => {
    const { grid, loaded } = fixtureGrid({ formula, scale, lang });
    const layout = gridLayout(grid, 5, lang);
    const entries = bids(grid);
    const xlsx = await renderGridXlsx(grid, { title: loaded.spec.tender.title, reference: loaded.spec.tender.reference, date: '2026-09-01', bidders: 5, lang });
    const dir = mkdtempSync(join(tmpdir(), 'efc-grid-'));
    const file = join(dir, `filled-${formula.split('\n')[0]}.xlsx`);
    writeFileSync(file, await fillGrid(xlsx, layout, entries));
    const at = readSummary(file);
    const expected = computeTotals(grid, entries.filter((b): b is BidInput => b !== null));
    expect(expected[1]!.rank).toBe(expected[2]!.rank); // the fixture has a tie (sanity of the fixture itself)
    expectSummaryMatches(grid, layout, entries, at);
    // Beta and Gamma tie (same price, marks swapped between two equal sub-criteria) and share a rank.
    expect(at(summaryRankCell(layout, 1))).toBe(at(summaryRankCell(layout, 2)));
    // The unused column is out of the computation: no total, no rank.
    expect(at(summaryTotalCell(layout, 3))).toBe('');
    expect(at(summaryRankCell(layout, 3))).toBe('');
  });

  it('applies minimum thresholds as score does: the eliminated offer is not ranked and its price moves no one', async () => {
    // Alpha: 2 points on fx-emissions (< 4) → eliminated, although it has the lowest price; Alpha has exactly 12 on
    // fx-cooperation and Beta exactly 4 on fx-emissions: a threshold reached exactly is reached.
    const { grid, loaded } = fixtureGrid({ formula: 'linear', lang: 'fr', thresholds: { 'fx-cooperation': 12, 'fx-emissions': 4 } });
    const layout = gridLayout(grid, 5, 'fr');
    const entries = bids(grid);
    const all = entries.filter((b): b is BidInput => b !== null);
    const out = new Set(eliminations(grid, computeTotals(grid, all)).map((e) => e.bidder));
    expect([...out]).toEqual(['Alpha Environnement']);
    const xlsx = await renderGridXlsx(grid, { title: loaded.spec.tender.title, reference: loaded.spec.tender.reference, date: '2026-09-01', bidders: 5, lang: 'fr' });
    const file = join(mkdtempSync(join(tmpdir(), 'efc-grid-')), 'filled-thresholds.xlsx');
    writeFileSync(file, await fillGrid(xlsx, layout, entries));
    const at = readSummary(file);
    expectSummaryMatches(grid, layout, entries.map((b) => (b && out.has(b.bidder) ? null : b)), at, { skip: [0] });
    expect(at(summaryTotalCell(layout, 0))).toBe('éliminée');
    expect(at(summaryRankCell(layout, 0))).toBe('');
    // Beta and Gamma now hold the lowest price: the linear formula gives them the full 30 points.
    expect(Number(at(summaryCriterionCell(layout, 1, 'fx-price')))).toBeCloseTo(30, 6);
  });

  it('scores the coût élargi as score does: price × years + committed quantities × published values', async () => {
    const cost = '    duration_years: 4\n    externalities:\n      - { id: co2, label: Émissions de GES, unit: tCO2e, value: 256, source: "Valeur de l\'action pour le climat 2030" }\n      - { id: km, label: Kilomètres parcourus, unit: km, value: 0.35, source: "Barème test" }';
    const { grid, loaded } = fixtureGrid({ formula: 'linear', lang: 'fr', cost });
    expect(grid.price!.cost!.years).toBe(4);
    const layout = gridLayout(grid, 5, 'fr');
    const quantities: Record<number, [number, number]> = { 0: [900, 12000], 1: [150, 8000.5], 2: [300, 0], 4: [10, 10] };
    const entries = bids(grid);
    const xlsx = await renderGridXlsx(grid, { title: loaded.spec.tender.title, reference: loaded.spec.tender.reference, date: '2026-09-01', bidders: 5, lang: 'fr' });
    const filled = await fillGrid(xlsx, layout, entries);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(filled as unknown as ArrayBuffer);
    const prices = wb.getWorksheet(layout.sheets.prices)!;
    for (const [k, [co2, km]] of Object.entries(quantities)) {
      prices.getCell(PRICES.firstRow + Number(k), 5).value = co2;
      prices.getCell(PRICES.firstRow + Number(k), 6).value = km;
    }
    const file = join(mkdtempSync(join(tmpdir(), 'efc-grid-')), 'filled-cost.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const at = readSummary(file);
    // score's computation: the formula over each offer's cost instead of its price.
    const costed = entries.map((b, k) => (b && b.price !== undefined ? { ...b, price: costOf(grid.price!.cost!, b.price, { co2: quantities[k]![0], km: quantities[k]![1] }).total } : b));
    expectSummaryMatches(grid, layout, costed, at);
    // Alpha: 1 000 000 × 4 + 900 × 256 + 12 000 × 0.35 = 4 234 600; Beta/Gamma: 4 720 002 + 38 400 + 2 800.175 / 76 800.
    expect(costed[0]!.price).toBeCloseTo(4_234_600, 6);
  });

  it('opens in LibreOffice with its four sheets printed', async () => {
    const { grid, loaded } = fixtureGrid();
    const dir = mkdtempSync(join(tmpdir(), 'efc-grid-'));
    const file = join(dir, 'grid.xlsx');
    writeFileSync(file, await renderGridXlsx(grid, { title: loaded.spec.tender.title, reference: 'ESSAI-2026-01', date: '2026-09-01', bidders: 5, lang: 'fr' }));
    const text = officeText(file);
    for (const s of ["Grille d'évaluation des offres", 'Notes', 'Prix', 'Synthèse']) expect(text).toContain(`${s} — ${loaded.spec.tender.title}`);
    expect(text).toContain('Baisse des ordures ménagères résiduelles');
    expect(text).not.toContain('fingerprint'); // the metadata sheet stays hidden
  });
});
