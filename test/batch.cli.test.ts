import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesIn, ROOT, runCli, tempDir } from './helpers/cli.js';

/**
 * Batch generation as a consultant runs it: many specs from folders and globs, on worker threads. Variants of the
 * bundled examples are written at test time (test/fixtures/batch/README.md says how), so they follow the examples.
 */

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'];
const text = (name: string): string => readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8');
const OUTPUTS = (stem: string): string[] => [`${stem}-grid.docx`, `${stem}-grid.xlsx`, `${stem}-spec.docx`];

/** Variant i of the examples: its own reference and population, so that no two documents are the same. */
function variantText(i: number): string {
  const t = text(EXAMPLES[i % 3]!);
  const v = t.replace(/(\n {2}reference: )(\S+)/, `$1$2-V${i}`).replace(/(\n {2}population: )(\d+)/, (_, a: string, n: string) => `${a}${Number(n) + i}`);
  expect(v).not.toBe(t);
  return v;
}

const lineOf = (t: string, needle: string): number => t.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** Every file below a folder, as sorted relative paths: what a run left on disk. */
function tree(dir: string): string[] {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [relative(dir, join(d, e.name))]));
  return walk(dir).sort();
}

describe('efc-tender generate, many specs', () => {
  let specs: string;
  let broken: { syntax: string; schema: string; syntaxLine: number; schemaLine: number };

  beforeAll(() => {
    specs = join(tempDir('efc-batch-'), 'specs');
    // 50 specs in two territories' folders; two of them are invalid.
    for (let i = 0; i < 50; i++) {
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

  it('writes 48 × 3 files, reports the two bad specs at their lines, and exits 1', () => {
    const out = tempDir();
    const r = runCli(['generate', specs, '-o', out, '--jobs', '2']);
    expect(r.code).toBe(1);
    const good = Array.from({ length: 50 }, (_, i) => i).filter((i) => i !== 7 && i !== 20);
    expect(filesIn(out)).toEqual(good.flatMap((i) => OUTPUTS(`lot-${String(i).padStart(2, '0')}`)).sort());
    expect(r.stderr).toContain('[yaml-syntax]');
    // The parser places an unclosed sequence where it notices it: on that line or the next.
    expect(r.stderr).toMatch(new RegExp(`${broken.syntax.replace(/[.]/g, '\\.')}:(${broken.syntaxLine}|${broken.syntaxLine + 1}):\\d+`));
    expect(r.stderr).toContain(`${broken.schema}:${broken.schemaLine}:`);
    // The specs are French (language: fr) and no --lang is given: the summary speaks French, whatever the locale.
    expect(r.stderr).toContain('2 spécifications sur 50 ont échoué');
    expect(r.stdout).toContain('50 spécifications : 48 faite(s)');
    expect(r.stdout).toContain('144 fichiers écrits');
    // Plain lines (not a terminal), in input order whatever the workers did.
    const lines = r.stdout.split('\n').filter((l) => /^[✓✗] /.test(l));
    expect(lines.map((l) => l.slice(2).split(' ')[0])).toEqual(tree(specs).map((f) => join(specs, f)));
  });

  it('gives byte-identical files with --jobs 1 and --jobs 2', () => {
    const one = tempDir();
    const two = tempDir();
    expect(runCli(['generate', specs, '-o', one, '--jobs', '1', '-q']).code).toBe(1);
    expect(runCli(['generate', specs, '-o', two, '--jobs', '2', '-q']).code).toBe(1);
    expect(filesIn(one)).toEqual(filesIn(two));
    expect(filesIn(one).length).toBe(144);
    for (const f of filesIn(one)) expect(readFileSync(join(one, f)).equals(readFileSync(join(two, f))), f).toBe(true);
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
    expect(j.summary).toMatchObject({ specs: 30, done: 28, failed: 2, filesWritten: 84 });
    expect(j.specs.map((s) => s.file).slice(0, 2)).toEqual([join(specs, 'nord', 'lot-01.yaml'), join(specs, 'nord', 'lot-03.yaml')]);
    expect(j.specs.at(-1)?.file).toBe(join(specs, 'sud', 'lot-28.yaml'));
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
    expect(filesIn(out)).toEqual(OUTPUTS('school-catering'));
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
    expect(filesIn(out)).toEqual(OUTPUTS('mobilite'));
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
    expect(tree(dir).filter((f) => !f.endsWith('.yaml'))).toEqual(OUTPUTS('mobilite').map((f) => join('deep', 'out', f)));
  });

  it('never overwrites without --force: the spec that would is refused, the others are written', () => {
    const out = tempDir();
    writeFileSync(join(out, 'rural-mobility-spec.docx'), 'keep me');
    const r = runCli(['generate', 'examples/rural-mobility.yaml', 'examples/school-catering.yaml', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[output-exists]');
    expect(readFileSync(join(out, 'rural-mobility-spec.docx'), 'utf8')).toBe('keep me');
    expect(filesIn(out)).toEqual(['rural-mobility-spec.docx', ...OUTPUTS('school-catering')].sort());
  });
});
