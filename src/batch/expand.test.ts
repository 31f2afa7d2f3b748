import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from './expand.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'efc-expand-'));
  for (const f of ['specs/b.yaml', 'specs/a.yaml', 'specs/lots/c.yml', 'specs/readme.md', 'specs/.efc-tmp-1-x.yaml', 'one.yaml', 'empty/readme.md']) {
    const p = join(root, f);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, 'version: 1\n');
  }
  return root;
}

describe('expandInputs', () => {
  const root = tree();

  it('expands folders to every spec below them, sorted, and keeps the command-line order', () => {
    const r = expandInputs(['one.yaml', 'specs'], root);
    expect(r.files).toEqual(['one.yaml', 'specs/a.yaml', 'specs/b.yaml', 'specs/lots/c.yml']);
    expect(r.problems).toEqual([]);
  });

  it('expands globs, and drops duplicates named twice', () => {
    const r = expandInputs(['specs/*.yaml', 'specs/a.yaml', './specs/b.yaml', 'specs/**/*.yml'], root);
    expect(r.files).toEqual(['specs/a.yaml', 'specs/b.yaml', 'specs/lots/c.yml']);
  });

  it('keeps a missing file for the loader to report, but reports an empty folder and a glob matching nothing', () => {
    const r = expandInputs(['nope.yaml', 'empty', 'specs/*.json'], root);
    expect(r.files).toEqual(['nope.yaml']);
    expect(r.problems.map((d) => d.code)).toEqual(['input-no-specs', 'input-no-match']);
    expect(r.problems.map((d) => d.file)).toEqual(['empty', 'specs/*.json']);
  });

  it('takes a file whose name looks like a pattern literally when it exists', () => {
    writeFileSync(join(root, 'lot[1].yaml'), 'version: 1\n');
    expect(expandInputs(['lot[1].yaml'], root).files).toEqual(['lot[1].yaml']);
  });
});
