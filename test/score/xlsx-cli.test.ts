import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.js';
import { loadSpec } from '../../src/load/spec.js';
import { renderGridXlsx } from '../../src/render/xlsx/grid-workbook.js';
import { computeTotals } from '../../src/score/totals.js';
import { selectCriteria } from '../../src/select/select.js';
import { fillGrid } from '../fixtures/score/fill-grid.js';
import { filesIn, runCli, tempDir } from '../helpers/cli.js';

/** The committee's normal path, end to end through the CLI: filled XLSX grids in, ranking and report out. */
describe('efc-tender score --marks <filled grids>.xlsx', () => {
  const loaded = loadSpec('examples/sicoval-waste.yaml');
  const grid = selectCriteria(loaded, loadCatalog());
  const subs = grid.criteria.flatMap((c) => c.subCriteria);
  const blank = () => renderGridXlsx(grid, { title: loaded.spec.tender.title, reference: loaded.spec.tender.reference, date: '2026-12-01', bidders: 5, lang: 'fr' });
  const evaluator = (shift: number) => ({
    bidders: [
      { name: 'Alpha', price: 27_480_000, marks: Object.fromEntries(subs.map((s, k) => [s.id, [5, 4, 3, 4][(k + shift) % 4]!])) },
      { name: 'Bêta', price: 25_950_000, marks: Object.fromEntries(subs.map((s, k) => [s.id, [3, 4, 4, 2][(k + shift) % 4]!])) },
      { name: 'Gamma', price: 19_800_000, marks: Object.fromEntries(subs.map((s, k) => [s.id, [2, 1, 3, 2][(k + shift) % 4]!])) },
    ],
  });

  it('ranks two evaluators\' grids with the same totals as the reference computation, and writes the report', async () => {
    const dir = tempDir();
    const files = [join(dir, 'dupont.xlsx'), join(dir, 'martin.xlsx')];
    for (const [k, f] of files.entries()) writeFileSync(f, await fillGrid(await blank(), grid, 5, evaluator(k)));
    const report = join(dir, 'rapport.docx');
    const r = runCli(['score', 'examples/sicoval-waste.yaml', '--marks', ...files, '-o', report, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(filesIn(dir)).toContain('rapport.docx');
    const { ok, result } = JSON.parse(r.stdout) as { ok: boolean; result: { bidders: { id: string; total: number; rankOnTotal: number }[] } };
    expect(ok).toBe(true);
    // reference: the mean of the two evaluators' marks through computeTotals
    const mean = (name: string, id: string): number => (evaluator(0).bidders.find((b) => b.name === name)!.marks[id]! + evaluator(1).bidders.find((b) => b.name === name)!.marks[id]!) / 2;
    const expected = computeTotals(
      grid,
      evaluator(0).bidders.map((b) => ({ bidder: b.name, price: b.price, marks: Object.fromEntries(subs.map((s) => [s.id, mean(b.name, s.id)])) })),
    );
    for (const e of expected) {
      const got = result.bidders.find((b) => b.id === e.bidder)!;
      expect(got.total).toBeCloseTo(e.total, 2);
      expect(got.rankOnTotal).toBe(e.rank);
    }
  });
});
