import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesIn, ROOT, runCli, tempDir } from './helpers/cli.js';

/**
 * Batch generation as a consultant runs it: many specs from folders and globs, on worker threads, in the default
 * layout (a tender file per spec: `<stem>/…` and `<stem>-DCE.zip`). Variants of the bundled examples are written at
 * test time (test/fixtures/batch/README.md says how), so they follow the examples.
 */

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'];
/** Specs in the batch: enough for two folders, workers and a window of results, few enough for a DCE each. */
const N = 24;
const text = (name: string): string => readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8');

/** Every file below a folder, as sorted relative paths: what a run left on disk. */
function tree(dir: string): string[] {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [relative(dir, join(d, e.name))]));
  return existsSync(dir) ? walk(dir).sort() : [];
}

/** The files one example's tender file has, relative to the output folder, with `{stem}` for the spec's stem. */
const dceFiles = new Map<string, string[]>();
/** What a spec named `stem`, a variant of example `example`, writes in the default layout (the DCE). */
const OUTPUTS = (stem: string, example = stem): string[] => {
  const files = dceFiles.get(example) ?? dceFiles.get(EXAMPLES.find((e) => stem.startsWith(e)) ?? '');
  if (!files) throw new Error(`no DCE file list for ${example}`);
  return files.map((f) => f.replace('{stem}', stem)).sort();
};
/** Variant i's outputs: variant i is a copy of EXAMPLES[i % 3]. */
const variantOutputs = (stem: string, i: number): string[] => OUTPUTS(stem, EXAMPLES[i % 3]!);

/** Variant i of the examples: its own reference and population, so that no two documents are the same. */
function variantText(i: number): string {
  const t = text(EXAMPLES[i % 3]!);
  const v = t.replace(/(\n {2}reference: )(\S+)/, `$1$2-V${i}`).replace(/(\n {2}population: )(\d+)/, (_, a: string, n: string) => `${a}${Number(n) + i}`);
  expect(v).not.toBe(t);
  return v;
}

const lineOf = (t: string, needle: string): number => t.split('\n').findIndex((l) => l.includes(needle)) + 1;

beforeAll(() => {
  // Each example's DCE, generated alone: what a batch must write for each variant (dce.cli.test.ts pins the lists).
  const out = tempDir();
  expect(runCli(['generate', ...EXAMPLES.map((e) => `examples/${e}.yaml`), '-o', out, '-q']).code).toBe(0);
  for (const e of EXAMPLES) {
    const files = tree(out).filter((f) => f.startsWith(`${e}/`) || f === `${e}-DCE.zip`).map((f) => `{stem}${f.slice(e.length)}`);
    expect(files.length).toBeGreaterThanOrEqual(9);
    dceFiles.set(e, files);
  }
});

describe('efc-tender generate, many specs', () => {
  let specs: string;
  let broken: { syntax: string; schema: string; syntaxLine: number; schemaLine: number };

  beforeAll(() => {
    specs = join(tempDir('efc-batch-'), 'specs');
    // N specs in two territories' folders; two of them are invalid.
    for (let i = 0; i < N; i++) {
      const dir = join(specs, i % 2 ? 'nord' : 'sud');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `lot-${String(i).padStart(2, '0')}.yaml`), variantText(i));
    }
    const syntax = variantText(7).replace(/libraries: \[([^\]\n]*)\]/, 'libraries: [$1');
    const schema = variantText(20).replace(/duration_months: \d+/, 'duration_months: six ans');
    expect(syntax).not.toBe(variantText(7));
    expect(schema).not.toBe(variantText(20));
    writeFileSync(join(specs, 'nord', 'lot-07.yaml'), syntax);
    writeFileSync(join(specs, 'sud', 'lot-20.yaml'), schema);
    broken = { syntax: join(specs, 'nord', 'lot-07.yaml'), schema: join(specs, 'sud', 'lot-20.yaml'), syntaxLine: lineOf(syntax, 'libraries: [efc-core'), schemaLine: lineOf(schema, 'duration_months') };
  });

  it('writes the tender file of every good spec, reports the two bad specs at their lines, and exits 1', () => {
    const out = tempDir();
    const r = runCli(['generate', specs, '-o', out, '--jobs', '2']);
    expect(r.code).toBe(1);
    const good = Array.from({ length: N }, (_, i) => i).filter((i) => i !== 7 && i !== 20);
    const expected = good.flatMap((i) => variantOutputs(`lot-${String(i).padStart(2, '0')}`, i)).sort();
    expect(tree(out)).toEqual(expected);
    // Nothing at all for the two bad specs: no folder, no zip.
    expect(filesIn(out).filter((f) => f.startsWith('lot-07') || f.startsWith('lot-20'))).toEqual([]);
    expect(r.stderr).toContain('[yaml-syntax]');
    // The parser places an unclosed sequence where it notices it: on that line or the next.
    expect(r.stderr).toMatch(new RegExp(`${broken.syntax.replace(/[.]/g, '\\.')}:(${broken.syntaxLine}|${broken.syntaxLine + 1}):\\d+`));
    expect(r.stderr).toContain(`${broken.schema}:${broken.schemaLine}:`);
    // The specs are French (language: fr) and no --lang is given: the summary speaks French, whatever the locale.
    expect(r.stderr).toContain(`2 spécifications sur ${N} ont échoué`);
    expect(r.stdout).toContain(`${N} spécifications : ${N - 2} faite(s)`);
    expect(r.stdout).toContain(`${expected.length} fichiers écrits`);
    // Plain lines (not a terminal), in input order whatever the workers did.
    const lines = r.stdout.split('\n').filter((l) => /^[✓✗] /.test(l));
    expect(lines.map((l) => l.slice(2).split(' ')[0])).toEqual(tree(specs).map((f) => join(specs, f)));
  });

  it('gives byte-identical files with --jobs 1 and --jobs 2', () => {
    const one = tempDir();
    const two = tempDir();
    expect(runCli(['generate', specs, '-o', one, '--jobs', '1', '-q']).code).toBe(1);
    expect(runCli(['generate', specs, '-o', two, '--jobs', '2', '-q']).code).toBe(1);
    expect(tree(one)).toEqual(tree(two));
    expect(tree(one).filter((f) => f.endsWith('-DCE.zip')).length).toBe(N - 2);
    for (const f of tree(one)) expect(readFileSync(join(one, f)).equals(readFileSync(join(two, f))), f).toBe(true);
  });

  it('prints a machine-readable summary with --json, per spec in input order', () => {
    const out = tempDir();
    const r = runCli(['generate', join(specs, 'nord'), `${specs}/sud/lot-2?.yaml`, '-o', out, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as {
      ok: boolean;
      summary: { specs: number; done: number; failed: number; filesWritten: number; durationMs: number };
      specs: { file: string; ok: boolean; written: string[]; errors: { code: string; file: string; line?: number }[] }[];
      errors: { code: string; file: string; line?: number }[];
    };
    expect(j.ok).toBe(false);
    // nord: the odd variants; sud/lot-2?: the even ones from 20 (lot-07 and lot-20 are the bad ones).
    const run = Array.from({ length: N }, (_, i) => i).filter((i) => i % 2 === 1 || (i >= 20 && i < 30 && i % 2 === 0));
    const written = run.filter((i) => i !== 7 && i !== 20).reduce((n, i) => n + variantOutputs('x', i).length, 0);
    expect(j.summary).toMatchObject({ specs: run.length, done: run.length - 2, failed: 2, filesWritten: written });
    expect(j.specs[0]?.written.map((w) => relative(out, w)).sort()).toEqual(variantOutputs('lot-01', 1));
    expect(j.specs.map((s) => s.file).slice(0, 2)).toEqual([join(specs, 'nord', 'lot-01.yaml'), join(specs, 'nord', 'lot-03.yaml')]);
    // Input order: the nord folder, then the glob's matches in sud; the last is the highest even variant from 20.
    expect(j.specs.at(-1)?.file).toBe(join(specs, 'sud', `lot-${run.filter((i) => i % 2 === 0).at(-1)}.yaml`));
    expect(j.errors.map((e) => [e.file, typeof e.line])).toEqual([
      [broken.syntax, 'number'],
      ...j.errors.slice(1).map(() => [broken.schema, 'number']),
    ]);
    expect(j.specs.find((s) => s.file === broken.schema)?.written).toEqual([]);
  });

  it('refuses a glob that matches nothing and an empty folder, and still generates the rest', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    const out = join(dir, 'out');
    const r = runCli(['generate', join(dir, 'empty'), `${dir}/*.yml`, 'examples/school-catering.yaml', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[input-no-specs]');
    expect(r.stderr).toContain('[input-no-match]');
    expect(tree(out)).toEqual(OUTPUTS('school-catering'));
  });

  it('--layout spec: the same batch writes the specification and the two grids per spec, and nothing of a DCE', () => {
    const out = tempDir();
    const r = runCli(['generate', join(specs, 'sud'), '-o', out, '--jobs', '2', '--layout', 'spec', '-q']);
    expect(r.code).toBe(1); // lot-20 is bad
    const good = Array.from({ length: N }, (_, i) => i).filter((i) => i % 2 === 0 && i !== 20);
    expect(tree(out)).toEqual(good.flatMap((i) => ['grid.docx', 'grid.xlsx', 'spec.docx'].map((f) => `lot-${String(i).padStart(2, '0')}-${f}`)).sort());
  });
});

describe('efc-tender generate keeps outputs inside the output folder', () => {
  it('refuses two specs that would write the same files, before writing anything, and writes the others', () => {
    const dir = tempDir();
    for (const d of ['nord', 'sud']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'nord', 'collecte.yaml'), variantText(0));
    writeFileSync(join(dir, 'sud', 'collecte.yaml'), variantText(3));
    writeFileSync(join(dir, 'sud', 'mobilite.yaml'), variantText(1));
    const out = join(dir, 'out');
    const r = runCli(['generate', dir, '-o', out, '--jobs', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/\[output-conflict\]/g)?.length).toBe(2);
    // Reported up front: before the first spec's line.
    expect(r.stdout.indexOf('✗')).toBeGreaterThanOrEqual(0);
    expect(tree(out)).toEqual(OUTPUTS('mobilite', EXAMPLES[1]));
    expect(r.stderr).toContain('collecte/, collecte-DCE.zip');
  });

  it('refuses a spec file name that is not a plain name, and a reference cannot move the files', () => {
    const dir = tempDir();
    const evil = join(dir, 'lot\u001b[2J\n.yaml');
    writeFileSync(evil, variantText(0));
    const ref = variantText(1).replace(/\n {2}reference: \S+/, '\n  reference: ../../../escape/../x');
    writeFileSync(join(dir, 'mobilite.yaml'), ref);
    const out = join(dir, 'deep', 'out');
    const r = runCli(['generate', evil, join(dir, 'mobilite.yaml'), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[output-name-unsafe]');
    expect(tree(dir).filter((f) => !f.endsWith('.yaml'))).toEqual(OUTPUTS('mobilite', EXAMPLES[1]).map((f) => join('deep', 'out', f)));
  });

  it('never overwrites without --force: the spec that would is refused, the others are written', () => {
    const out = tempDir();
    writeFileSync(join(out, 'rural-mobility-DCE.zip'), 'keep me');
    const r = runCli(['generate', 'examples/rural-mobility.yaml', 'examples/school-catering.yaml', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[output-exists]');
    expect(readFileSync(join(out, 'rural-mobility-DCE.zip'), 'utf8')).toBe('keep me');
    // All or none: not one piece of rural-mobility/ was written beside the zip it could not replace.
    expect(tree(out)).toEqual(['rural-mobility-DCE.zip', ...OUTPUTS('school-catering')].sort());
  });
});
