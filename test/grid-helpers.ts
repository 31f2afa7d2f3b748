import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../src/load/catalog.js';
import { loadSpecText, type LoadedSpec } from '../src/load/spec.js';
import type { Lang } from '../src/model/common.js';
import type { Grid } from '../src/model/grid.js';
import type { PriceFormula } from '../src/model/spec.js';
import { selectCriteria } from '../src/select/select.js';

/** Fixture of the scoring-grid tests: a small library, a profile with a price group, a spec. */
export const GRID_FIXTURES = join(import.meta.dirname, 'fixtures', 'grid');

/** The fixture spec's grid, with the price formula and scale swapped in when asked. */
export function fixtureGrid(o: { formula?: PriceFormula; scale?: 5 | 10 | 20; lang?: Lang; noPrice?: boolean } = {}): { grid: Grid; loaded: LoadedSpec } {
  let text = readFileSync(join(GRID_FIXTURES, 'spec.yaml'), 'utf8');
  if (o.formula) text = text.replace('formula: proportional', `formula: ${o.formula}`);
  if (o.scale) text += `scoring:\n  scale: ${o.scale}\n`;
  if (o.noPrice) text = text.replace('  libraries: [fx-grid-library]', '  libraries: [fx-grid-library]\n  weights: { fx-price: 0, fx-performance: 65 }\n  no_price_justification: Prix fixé par le marché.');
  const loaded = loadSpecText(text, join(GRID_FIXTURES, 'spec.yaml'));
  const grid = selectCriteria(loaded, loadCatalog([join(GRID_FIXTURES, 'criteria')]), o.lang);
  return { grid, loaded };
}
