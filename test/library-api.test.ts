import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { ROOT } from './helpers/cli.js';

/** The CLI is a thin layer: the whole pipeline is usable as a library, without printing. */
describe('library API', () => {
  it('runs load → select → lint → render for an example, in memory', async () => {
    const catalog = lib.loadCatalog();
    const loaded = lib.loadSpec(join(ROOT, 'examples', 'sicoval-waste.yaml'));
    const grid = lib.selectCriteria(loaded, catalog);
    expect(grid.criteria.reduce((s, c) => s + c.weightHundredths, 0)).toBe(10000);
    expect(lib.lintSpec({ loaded, catalog, grid }).filter((f) => f.severity === 'error')).toEqual([]);
    // The default layout is the tender file (DCE), as for the CLI; the former one is asked for by name.
    const dce = await lib.renderOutputs(loaded, grid, catalog);
    expect(dce.map((f) => f.name)).toEqual([
      'sicoval-waste/01-RC.docx',
      'sicoval-waste/02-AE.docx',
      'sicoval-waste/03-CCAP.docx',
      'sicoval-waste/04-CCTP.docx',
      'sicoval-waste/05-cadre-de-reponse.docx',
      'sicoval-waste/06-DPGF.xlsx',
      'sicoval-waste/interne/grille-notation.docx',
      'sicoval-waste/interne/grille-notation.xlsx',
      'sicoval-waste-DCE.zip',
    ]);
    expect(lib.DEFAULT_LAYOUT).toBe('dce');
    const files = await lib.renderOutputs(loaded, grid, catalog, { layout: 'spec' });
    expect(files.map((f) => f.name)).toEqual(['sicoval-waste-spec.docx', 'sicoval-waste-grid.docx', 'sicoval-waste-grid.xlsx']);
    for (const f of [...dce, ...files]) expect(Buffer.from(f.data as Buffer).subarray(0, 2).toString()).toBe('PK');
    // The deprecated flag keeps its meaning: dce false was the spec layout.
    expect((await lib.renderOutputs(loaded, grid, catalog, { dce: false })).map((f) => f.name)).toEqual(files.map((f) => f.name));
  });

  it('scores the example marks with the same totals as computeTotals', async () => {
    const catalog = lib.loadCatalog();
    const loaded = lib.loadSpec(join(ROOT, 'examples', 'sicoval-waste.yaml'));
    const grid = lib.selectCriteria(loaded, catalog);
    const marksDir = join(ROOT, 'examples', 'sicoval-waste-marks');
    const input = await lib.loadMarksInput(
      ['claire-dupuy.csv', 'marc-esteve.csv', 'nadia-benali.csv'].map((f) => join(marksDir, f)),
      grid,
      loaded.spec.tender.reference,
      join(ROOT, 'examples', 'sicoval-waste-prices.csv'),
    );
    const result = lib.scoreTender(loaded, grid, input, { specFile: 'examples/sicoval-waste.yaml' });
    expect(result.bidders.map((b) => b.id)).toContain('Groupement Terres Communes');
    // consolidated marks (mean of the three evaluators) through the reference computation give the same totals
    const bids = result.bidders.map((b) => ({
      bidder: b.id,
      price: b.price,
      marks: Object.fromEntries(result.marks.filter((m) => m.bidder === b.id && m.value !== null).map((m) => [m.criterion, m.value!])),
    }));
    const reference = lib.computeTotals(grid, bids);
    result.bidders.forEach((b, i) => {
      expect(b.total).toBeCloseTo(reference[i]!.total, 9);
      expect(b.rankOnTotal).toBe(reference[i]!.rank);
    });
  });
});
