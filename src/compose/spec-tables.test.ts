import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../load/catalog.js';
import { PACKAGE_ROOT } from '../load/paths.js';
import { loadSpecText } from '../load/spec.js';
import { selectCriteria } from '../select/select.js';
import { specTables } from './spec-tables.js';
import { loadTemplates } from './templates.js';

/** The tables the RC and the specification print, on a published case with a criterion marked directly. */
const ROOT = join(PACKAGE_ROOT, 'test', 'fixtures', 'real-cases', 'agorapublix-deduction');
const tablesOf = (patch: (text: string) => string = (x) => x) => {
  const loaded = loadSpecText(patch(readFileSync(join(ROOT, 'spec.yaml'), 'utf8')), join(ROOT, 'spec.yaml'));
  const grid = selectCriteria(loaded, loadCatalog([join(ROOT, 'criteria')]));
  return specTables(loaded.spec, grid, loadTemplates(grid.lang), []);
};
const text = (x: unknown): string => JSON.stringify(x);

describe('spec tables of issue 15', () => {
  it('prints a criterion marked directly on one line, not "2 Valeur technique / 2.1 Valeur technique"', () => {
    const rows = (tablesOf()('criteria')![0] as { rows: unknown[][] }).rows;
    expect(rows).toHaveLength(2); // Valeur technique, Prix: no sub-criterion line
    expect(text(rows)).not.toContain('1.1');
  });
  it('announces a minimum threshold under its criterion, with its consequence', () => {
    const t = tablesOf((s) => s.replace('  libraries: [agorapublix-deduction]', '  libraries: [agorapublix-deduction]\n  thresholds: { valeur-technique: 30 }'));
    expect(text(t('criteria'))).toContain('Seuil minimal : 30 points ; une offre qui ne l’atteint pas est éliminée.');
  });
  it('prints prices in the spec currency and a percentage scale in %', () => {
    const t = tablesOf((s) => s.replace('  basis: HT', '  basis: HT\n  currency: GBP').replace('  scale: 20', '  scale: percent'));
    expect(text(t('price-example'))).toContain('£');
    expect(text(t('price-example'))).not.toContain('€');
    expect(text(t('scale'))).toContain('60\u00a0%');
  });
  it('drops a price criterion of 0 points', () => {
    const t = tablesOf((s) => s.replace('  libraries: [agorapublix-deduction]', '  libraries: [agorapublix-deduction]\n  weights: { valeur-technique: 100, prix: 0 }\n  no_price_justification: "test"'));
    expect(text(t('criteria'))).not.toContain('Prix');
    expect(t('price-example')).toEqual([]);
  });
});
