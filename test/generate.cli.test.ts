import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, ROOT, runCli, tempDir } from './helpers/cli.js';

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'];
const example = (name: string): string => readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8');

/** Write a variant of the Sicoval example with one text replacement, and return its path. */
function variant(dir: string, from: string | RegExp, to: string, name = 'variant.yaml'): string {
  const text = example('sicoval-waste');
  const changed = text.replace(from, to);
  expect(changed, `fixture replacement of ${String(from)} must apply`).not.toBe(text);
  const file = join(dir, name);
  writeFileSync(file, changed);
  return file;
}

/** Every file below `dir`, as sorted relative paths with `/` (the DCE layout has subfolders). */
const treeIn = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1).replace(/\\/g, '/')).sort() : [];

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('efc-tender generate', () => {
  it.each(EXAMPLES)('generates %s with exit 0 and writes its tender file (DCE), the default layout', (name) => {
    const out = tempDir();
    const r = runCli(['generate', `examples/${name}.yaml`, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(filesIn(out)).toEqual([name, `${name}-DCE.zip`]);
    const files = treeIn(out);
    // Every numbered piece (per lot for the catering example), the buyer's grids in interne/, the upload zip.
    for (const piece of ['01-RC', '02-AE', '03-CCAP', '04-CCTP', '05-cadre-de-reponse']) expect(files.some((f) => f.startsWith(`${name}/${piece}`) && f.endsWith('.docx')), piece).toBe(true);
    expect(files.some((f) => /^[^/]+\/06-[A-Z-]+(-lot-\d+)?\.xlsx$/.test(f))).toBe(true);
    expect(files.filter((f) => f.startsWith(`${name}/interne/grille-notation`)).length).toBeGreaterThanOrEqual(2);
    expect(files.some((f) => f.endsWith('-spec.docx'))).toBe(false);
    for (const f of files) expect(statSync(join(out, f)).size, f).toBeGreaterThan(5_000);
  });

  it.each(EXAMPLES)('--layout spec writes %s as before the DCE: the specification and the two grids', (name) => {
    const out = tempDir();
    const r = runCli(['generate', `examples/${name}.yaml`, '-o', out, '--layout', 'spec']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(filesIn(out)).toEqual([`${name}-grid.docx`, `${name}-grid.xlsx`, `${name}-spec.docx`]);
    for (const f of filesIn(out)) expect(statSync(join(out, f)).size).toBeGreaterThan(10_000);
  });

  it('--dce, the former option, still works and gives the default layout byte for byte', () => {
    const a = tempDir();
    const b = tempDir();
    expect(runCli(['generate', 'examples/rural-mobility.yaml', '-o', a, '--dce']).code).toBe(0);
    expect(runCli(['generate', 'examples/rural-mobility.yaml', '-o', b, '--layout', 'dce']).code).toBe(0);
    expect(treeIn(a)).toEqual(treeIn(b));
    expect(treeIn(a).length).toBeGreaterThan(5);
    for (const f of treeIn(a)) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('refuses, all at once and before any work, --dce with --layout spec, --lint-annex outside the spec layout and an unknown layout', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const both = runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--dce', '--layout', 'spec', '--lint-annex', '--format', 'pdf']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('[layout-conflict]');
    expect(both.stderr).toContain('[bad-option-choice]');
    expect(both.stderr).not.toContain('[option-needs-layout]'); // --layout spec was asked for: the annex has its place
    const annex = runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--lint-annex', '--layout', 'fichier']);
    expect(annex.code).toBe(1);
    expect(annex.stderr).toContain('[bad-option-choice]');
    expect(annex.stderr).toContain('--layout');
    const alone = runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--lint-annex'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } });
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain('[option-needs-layout]');
    expect(alone.stderr).toContain('--layout spec');
    expect(filesIn(out)).toEqual([]);
  });

  it('reports malformed YAML at file:line:col, exits 1 and writes nothing', () => {
    const dir = tempDir();
    const file = variant(dir, 'libraries: [efc-core, waste]', 'libraries: [efc-core, waste');
    const out = join(dir, 'out');
    const r = runCli(['generate', file, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+:\\d+`));
    expect(r.stderr).toContain('[yaml-syntax]');
    expect(filesIn(out)).toEqual([]);
  });

  it('lists every schema error at once, each at its line', () => {
    const dir = tempDir();
    let text = example('sicoval-waste').replace('duration_months: 72', 'duration_months: six ans').replace('procedure: dialogue-competitif', 'procedure: dialogue-competitf');
    text = text.replace('  population: 80000', '  population: 80000\n  colour: green');
    const file = join(dir, 'schema.yaml');
    writeFileSync(file, text);
    const r = runCli(['generate', file, '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:${lineOf(text, 'duration_months')}:`);
    expect(r.stderr).toContain(`${file}:${lineOf(text, 'procedure: dialogue')}:`);
    expect(r.stderr).toContain(`${file}:${lineOf(text, 'colour: green')}:`);
    expect(r.stderr).toMatch(/(did you mean|vouliez-vous dire) [«"]\s?dialogue-competitif/); // the spec's language: French here
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });

  it('suggests the right id for an unknown criterion', () => {
    const dir = tempDir();
    const file = variant(dir, 'exclude: []', 'exclude: [efc-usage-performance-commitmnt]');
    const r = runCli(['generate', file, '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[unknown-criterion]');
    expect(r.stderr).toMatch(/(did you mean|vouliez-vous dire) [«"]\s?[a-z-]+/);
    expect(r.stderr).toContain(`${file}:${lineOf(readFileSync(file, 'utf8'), 'exclude:')}:`);
  });

  it('refuses weights that do not reach 100, at the weight that breaks the sum', () => {
    const dir = tempDir();
    const file = variant(dir, 'weights: {}', 'weights:\n    prix: 25');
    const r = runCli(['generate', file, '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[(legal\/)?weights-sum\]/);
    expect(r.stderr).toContain('95');
    expect(r.stderr).toContain(`${file}:${lineOf(readFileSync(file, 'utf8'), 'prix: 25')}:5`);
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });

  it('never overwrites an existing output without --force', () => {
    const out = tempDir();
    mkdirSync(join(out, 'sicoval-waste'));
    const target = join(out, 'sicoval-waste', '04-CCTP.docx');
    writeFileSync(target, 'keep me');
    const r = runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(treeIn(out)).toEqual(['sicoval-waste/04-CCTP.docx']); // all or none: no other piece, no zip
    expect(runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--force']).code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('is deterministic: two runs give byte-identical files, in both layouts', () => {
    for (const layout of ['dce', 'spec']) {
      const a = tempDir();
      const b = tempDir();
      expect(runCli(['generate', 'examples/sicoval-waste.yaml', '-o', a, '--layout', layout]).code).toBe(0);
      expect(runCli(['generate', 'examples/sicoval-waste.yaml', '-o', b, '--layout', layout], { env: { TZ: 'Asia/Kathmandu' } }).code).toBe(0);
      expect(treeIn(a)).toEqual(treeIn(b));
      expect(treeIn(a).length).toBe(layout === 'dce' ? 9 : 3);
      for (const f of treeIn(a)) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    }
  });

  it('refuses a 50 MB input at once, without reading it, and writes nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, 'version: 1\n');
    truncateSync(file, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
    const r = runCli(['generate', file, '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[file-too-large]');
    expect(r.stderr).toMatch(/50[.,]0 (MB|Mo)/);
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const dir = tempDir();
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const file = join(dir, 'bomb.yaml');
    writeFileSync(file, lines.join('\n') + '\n');
    const r = runCli(['generate', file, '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[yaml-aliases]');
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });

  it('reports a missing file as an input error (exit 1)', () => {
    const r = runCli(['generate', 'examples/nope.yaml', '-o', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[file-not-found]');
  });

  it('shows examples in --help', () => {
    const r = runCli(['generate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('efc-tender generate examples/sicoval-waste.yaml -o out');
    expect(r.stdout).toContain('--layout <layout>');
    expect(r.stdout).toContain('--layout spec');
    expect(r.stdout).not.toContain('--dce'); // the former name works, but is no longer advertised
  });
});
