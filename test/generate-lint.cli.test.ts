import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { loadSpec } from '../src/load/spec.js';
import { selectCriteria } from '../src/select/select.js';
import { filesIn, ROOT, runCli, tempDir } from './helpers/cli.js';
import { documentXml } from './helpers/ooxml.js';

const sicoval = readFileSync(join(ROOT, 'examples', 'sicoval-waste.yaml'), 'utf8');

/** The Sicoval spec without any criterion that takes environmental characteristics into account. */
function withoutEnvironmentalCriteria(dir: string): string {
  const grid = selectCriteria(loadSpec(join(ROOT, 'examples', 'sicoval-waste.yaml')), loadCatalog());
  const env = grid.criteria.flatMap((c) => c.subCriteria).filter((s) => s.environmental).map((s) => s.id);
  expect(env.length).toBeGreaterThan(0);
  const file = join(dir, 'no-env.yaml');
  writeFileSync(file, sicoval.replace('exclude: []', `exclude: [${env.join(', ')}]`));
  return file;
}

describe('generate runs the lint rules', () => {
  it('stops on a lint error (no environmental criterion), at the spec line, and writes nothing', () => {
    const dir = tempDir();
    const file = withoutEnvironmentalCriteria(dir);
    const out = join(dir, 'out');
    const r = runCli(['generate', file, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[legal/environmental-criterion]');
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/\./g, '\\.')}:\\d+:\\d+`));
    expect(filesIn(out)).toEqual([]);
  });

  it('generates anyway with --no-lint', () => {
    const dir = tempDir();
    const file = withoutEnvironmentalCriteria(dir);
    const out = join(dir, 'out');
    const r = runCli(['generate', file, '-o', out, '--no-lint', '--layout', 'spec']);
    expect(r.code).toBe(0);
    expect(filesIn(out)).toEqual(['no-env-grid.docx', 'no-env-grid.xlsx', 'no-env-spec.docx']);
  });

  it('prints warnings, and writes them into an annex only with --lint-annex', () => {
    const dir = tempDir();
    // an indicator without baseline: an EFC warning, not an error
    const file = join(dir, 'warn.yaml');
    writeFileSync(file, sicoval.replace('    baseline: 58\n', '')); // accidents-collecte: followed, not paid
    const plain = join(dir, 'plain');
    const r1 = runCli(['generate', file, '-o', plain, '--layout', 'spec']);
    expect(r1.code).toBe(0);
    expect(r1.stderr).toContain('efc/indicator-incomplete');
    expect(documentXml(join(plain, 'warn-spec.docx'))).not.toContain('efc/indicator-incomplete');

    const annexed = join(dir, 'annexed');
    expect(runCli(['generate', file, '-o', annexed, '--lint-annex', '--layout', 'spec']).code).toBe(0);
    const xml = documentXml(join(annexed, 'warn-spec.docx'));
    expect(xml).toContain('Annexe — Points de vigilance');
    expect(xml).toContain('efc/indicator-incomplete');
    expect(xml).toContain('warn.yaml:');
  });
});
