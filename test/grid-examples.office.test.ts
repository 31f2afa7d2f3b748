import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeGridDocument } from '../src/compose/grid-document.js';
import { loadCatalog } from '../src/load/catalog.js';
import { PACKAGE_ROOT } from '../src/load/paths.js';
import { loadSpec } from '../src/load/spec.js';
import type { Grid } from '../src/model/grid.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderGridXlsx } from '../src/render/xlsx/grid-workbook.js';
import { selectCriteria } from '../src/select/select.js';
import { gridLayout } from '../src/render/xlsx/layout.js';
import type { BidInput } from '../src/score/totals.js';
import { expectSummaryMatches, fillGrid, readSummary } from './grid-helpers.js';
import { hasSoffice, pdfPages, sofficeConvert } from './helpers/office.js';

const EXAMPLES = join(PACKAGE_ROOT, 'examples');
const examples = readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f)).sort();

/**
 * Marks any grid can take: a spread of levels per bidder, a second bidder tied with the first on the price and
 * the same marks in another order when two sub-criteria weigh the same, an unused column, and a bidder without a price.
 */
function sessionFor(grid: Grid): (BidInput | null)[] {
  const subs = grid.criteria.flatMap((c) => c.subCriteria);
  const level = (k: number, i: number): number => (i * 3 + k * 2 + 1) % 6;
  const marks = (k: number): Record<string, number> => Object.fromEntries(subs.map((s, i) => [s.id, grid.scale.marks[level(k, i)]!]));
  const tied = { ...marks(1) };
  const pair = subs.flatMap((a, i) => subs.slice(i + 1).filter((b) => b.weightHundredths === a.weightHundredths).map((b) => [a.id, b.id] as const))[0];
  if (pair) [tied[pair[0]], tied[pair[1]]] = [tied[pair[1]]!, tied[pair[0]]!];
  return [
    { bidder: 'Alpha', marks: marks(0), price: 2_400_000 },
    { bidder: 'Beta', marks: marks(1), price: 2_150_000 },
    { bidder: 'Gamma', marks: tied, price: 2_150_000 },
    null,
    { bidder: 'Delta', marks: marks(4) },
  ];
}

describe.skipIf(!hasSoffice())('scoring grids of every example', () => {
  const catalog = loadCatalog();
  it('has examples', () => expect(examples.length).toBeGreaterThan(0));

  it.each(examples)('%s: XLSX recalculates to computeTotals, and both grids open', async (file) => {
    const loaded = loadSpec(join(EXAMPLES, file));
    const { spec } = loaded;
    const lang = spec.language;
    const grid = selectCriteria(loaded, catalog);
    const dir = mkdtempSync(join(tmpdir(), 'efc-example-grid-'));
    const date = spec.tender.document_date ?? spec.tender.consultation_start;
    const xlsx = await renderGridXlsx(grid, { title: spec.tender.title, reference: spec.tender.reference, date, bidders: 5, lang });
    const layout = gridLayout(grid, 5, lang);
    const entries = sessionFor(grid);
    const filled = join(dir, `${loaded.name}-grid-filled.xlsx`);
    writeFileSync(filled, await fillGrid(xlsx, layout, entries));
    expectSummaryMatches(grid, layout, entries, readSummary(filled));

    const blank = join(dir, `${loaded.name}-grid.xlsx`);
    writeFileSync(blank, xlsx);
    expect(pdfPages(sofficeConvert(blank, 'pdf'))).toBeGreaterThanOrEqual(4);
    const docx = join(dir, `${loaded.name}-grid.docx`);
    writeFileSync(docx, await renderDocx(composeGridDocument(grid, { spec, bidders: 5, lang })));
    const pdf = sofficeConvert(docx, 'pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain(grid.criteria.find((c) => c.subCriteria.length)!.subCriteria[0]!.label);
  });
});
