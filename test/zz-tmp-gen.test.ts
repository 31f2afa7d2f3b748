import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { fixtureGrid } from './grid-helpers.js';
import { renderGridXlsx } from '../src/render/xlsx/grid-workbook.js';
test('gen', async () => {
  const { grid, loaded } = fixtureGrid();
  console.log(JSON.stringify(grid.criteria.map(c => [c.id, c.weightTenths, c.subCriteria.map(s => [s.id, s.weightTenths])])), grid.price);
  const buf = await renderGridXlsx(grid, { title: loaded.spec.tender.title, reference: loaded.spec.tender.reference, date: '2026-09-01', bidders: 5, lang: 'fr' });
  writeFileSync('/tmp/grid.xlsx', buf);
});
