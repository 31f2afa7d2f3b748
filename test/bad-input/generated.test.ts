/**
 * Bad inputs that cannot live in the repository as small files — FIFOs, devices, big or deep files, names holding
 * terminal escape sequences — built at test time, then checked like the corpus (corpus.ts): exit 1, a located
 * message, nothing changed, no temp file left.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefused, ROOT, workspace, writeAll } from './corpus.js';

const E = join(ROOT, 'examples', 'sicoval-waste.yaml');
const MARK = join(ROOT, 'examples', 'sicoval-waste-marks', 'claire-dupuy.csv');
const ANSWERS = join(ROOT, 'test', 'fixtures', 'interview', 'waste-answers.yaml');
const ESC = '\u001b';

/** The commands that read a spec, on one spec path. */
const specCommands = (spec: string): string[][] => [
  ['lint', spec],
  ['generate', spec, '-o', '{out}'],
  ['score', spec, '--marks', MARK, '-o', '{out}/r.docx'],
];
/** Every command that loads criteria folders, on one folder. */
const criteriaCommands = (dir: string): string[][] => [
  ['criteria', 'list', '--criteria', dir],
  ['lint', E, '--criteria', dir],
  ['generate', E, '-o', '{out}', '--criteria', dir],
  ['score', E, '--marks', MARK, '-o', '{out}/r.docx', '--criteria', dir],
  ['interview', '--answers', ANSWERS, '-o', '{out}/spec.yaml', '--criteria', dir],
];

function refuseAll(stderr: string, commands: readonly (readonly string[])[], build: (dir: string) => void = () => {}): string[] {
  const { dir, out, cleanup } = workspace();
  try {
    build(dir);
    return commands.map((args) => {
      const r = expectRefused({ exit: 1, stderr }, args, dir, out);
      return r.stderr + r.stdout;
    });
  } finally {
    cleanup();
  }
}

/** What efc-tender prints never holds a raw control character the user typed (ours are newlines). */
const expectNoRawControls = (text: string): void => {
  // eslint-disable-next-line no-control-regex
  expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
};

describe('generated bad inputs: terminal escapes in echoed names', () => {
  it('a spec file name holding ESC sequences is echoed escaped (lint, generate, score)', () => {
    const name = `spec${ESC}[2J${ESC}]0;pwned\u0007.yaml`;
    const outputs = refuseAll(String.raw`spec\\u001b\[2J\\u001b\]0;pwned\\u0007\.yaml`, specCommands(`{dir}/${name}`), (dir) => writeAll(dir, { [name]: 'version: [\n' }));
    outputs.forEach(expectNoRawControls);
  });

  it('a missing spec whose name holds a newline and ESC is echoed escaped', () => {
    const outputs = refuseAll(String.raw`missing\\u000a\\u001b\[31mred`, specCommands(`{dir}/missing\n${ESC}[31mred.yaml`));
    outputs.forEach(expectNoRawControls);
  });

  it('an option value holding ESC sequences is echoed escaped', () => {
    const outputs = refuseAll(String.raw`--lang .*\\u001b\]0;x\\u0007`, [
      ['generate', E, '-o', '{out}', '--lang', `${ESC}]0;x\u0007`],
      ['score', E, '--marks', MARK, '--date', `${ESC}]0;x\u0007`, '--lang', `${ESC}]0;x\u0007`],
      ['criteria', 'list', '--lang', `${ESC}]0;x\u0007`],
    ]);
    outputs.forEach(expectNoRawControls);
  });

  it('an unknown option holding ESC is echoed escaped by the usage error', () => {
    const outputs = refuseAll(String.raw`unknown option '--x\\u001b\[2J'`, [['lint', E, `--x${ESC}[2J`]]);
    outputs.forEach(expectNoRawControls);
  });

  it('a --criteria or --templates folder name holding ESC is echoed escaped', () => {
    const outputs = refuseAll(String.raw`no\\u001b\[2Jpe: no such folder`, [...criteriaCommands(`{dir}/no${ESC}[2Jpe`), ['generate', E, '-o', '{out}', '--templates', `{dir}/no${ESC}[2Jpe`]]);
    outputs.forEach(expectNoRawControls);
  });

  it('a value inside a criteria library holding ESC is echoed escaped in the schema error', () => {
    const lib = ['library: esc-lib', 'title: { fr: T, en: T }', 'criteria:', '  - id: esc-criterion', `    family: "moyens${ESC}[2J"`, ''].join('\n');
    const outputs = refuseAll(String.raw`lib\.yaml:\d+:\d+`, criteriaCommands('{dir}/crit'), (dir) => writeAll(dir, { 'crit/lib.yaml': lib }));
    outputs.forEach(expectNoRawControls);
  });
});

describe('generated bad inputs: devices, pipes, big and deep files', () => {
  it('a FIFO in a criteria folder is refused at once, never waited on (every command)', () => {
    refuseAll(String.raw`crit/pipe\.yaml .*\[not-a-regular-file\]`, criteriaCommands('{dir}/crit'), (dir) => {
      writeAll(dir, { 'crit/readme.txt': 'x\n' });
      execFileSync('mkfifo', [join(dir, 'crit', 'pipe.yaml')]);
    });
  });

  it('a FIFO given as the spec is refused at once', () => {
    refuseAll(String.raw`pipe\.yaml.*not a regular file`, specCommands('{dir}/pipe.yaml'), (dir) => execFileSync('mkfifo', [join(dir, 'pipe.yaml')]));
  });

  it('/dev/zero as a spec or an answers file is refused, not read without end', () => {
    refuseAll(String.raw`/dev/zero .*not a regular file`, [...specCommands('/dev/zero'), ['interview', '--answers', '/dev/zero', '-o', '{out}/spec.yaml']]);
  });

  it('a 3 MB spec is refused before parsing', () => {
    const big = 'version: 1\nstakes:\n' + '  - "une ligne de texte assez longue pour remplir le fichier rapidement"\n'.repeat(45_000);
    expect(big.length).toBeGreaterThan(3_000_000);
    refuseAll(String.raw`spec\.yaml .*3[.,]\d M[Bo].*2[.,]0 M[Bo].*file-too-large`, specCommands('{dir}/spec.yaml'), (dir) => writeAll(dir, { 'spec.yaml': big }));
  });

  it('a 3 MB labels.yaml in a --templates folder is refused before parsing', () => {
    const big = Array.from({ length: 60_000 }, (_, i) => `label-${i}: "un libellé de remplissage assez long pour grossir"`).join('\n');
    refuseAll(String.raw`tpl/fr/labels\.yaml .*\d[.,]\d M[Bo].*\[file-too-large\]`, [['generate', E, '-o', '{out}', '--templates', '{dir}/tpl']], (dir) => writeAll(dir, { 'tpl/fr/labels.yaml': big }));
  });

  it('a deeply nested spec is an input error with its position, not a crash', () => {
    const deep = 'version: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n';
    refuseAll(String.raw`\d+:\d+\s+error`, specCommands('{dir}/spec.yaml').slice(0, 2), (dir) => writeAll(dir, { 'spec.yaml': deep }));
  });

  const root = process.getuid?.() === 0;
  it.skipIf(root)('a spec without read permission is a permission error (skipped as root: root reads every file)', () => {
    refuseAll(String.raw`permission denied on .*spec\.yaml.*\[permission-denied\]`, specCommands('{dir}/spec.yaml'), (dir) => {
      writeFileSync(join(dir, 'spec.yaml'), 'version: 1\n');
      chmodSync(join(dir, 'spec.yaml'), 0o000);
    });
  });

  it('a template with nested loops stops on its render budget, not on the memory of the machine', () => {
    // Eight nested loops over the territory's stakes: millions of repetitions of a line if nothing stopped it.
    const open = Array.from({ length: 8 }, () => '{{#each @root.spec.stakes}}').join('');
    const close = Array.from({ length: 8 }, () => '{{/each}}').join('');
    const tpl = `${open}une ligne assez longue pour peser {{this}}\n${close}\n`;
    refuseAll(String.raw`tpl/fr/spec/01-context\.hbs.*\[template-output-too-large\]`, [['generate', E, '-o', '{out}', '--templates', '{dir}/tpl']], (dir) => writeAll(dir, { 'tpl/fr/spec/01-context.hbs': tpl }));
  });

  it('a 62 MB template is refused by its size limit before it is read', () => {
    refuseAll(String.raw`tpl/fr/spec/01-context\.hbs .*6\d[.,]\d M[Bo].*\[file-too-large\]`, [['generate', E, '-o', '{out}', '--templates', '{dir}/tpl']], (dir) => {
      writeAll(dir, { 'tpl/fr/spec/01-context.hbs': '' });
      truncateSync(join(dir, 'tpl/fr/spec/01-context.hbs'), 62 * 1024 * 1024); // sparse: nothing is written to disk
    });
  });
});
