/**
 * One row per class of failure: a command line → its exit code and the diagnostic code it prints. Input and
 * environment problems exit 1; only our own bugs exit 2 (src/cli/ui.test.ts). Classes the CLI cannot provoke on
 * this machine (disk full, read-only disk, no permission as root) are covered by src/model/errors.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fill, ROOT, run, workspace, writeAll } from '../bad-input/corpus.js';

const E = join(ROOT, 'examples', 'sicoval-waste.yaml');
const MARK = join(ROOT, 'examples', 'sicoval-waste-marks', 'claire-dupuy.csv');
const ws = workspace();
writeAll(ws.dir, {
  'file.txt': 'x\n',
  'folder/readme.txt': 'x\n',
  'tpl-labels/fr/labels.yaml': '- a list\n',
  'tpl-syntax/fr/spec/01-context.hbs': '{{#each x}}\n',
  'tpl-label/fr/spec/01-context.hbs': '{{t "no-such-label"}}\n',
  'syntax.yaml': 'version: [\n',
});
execFileSync('mkfifo', [join(ws.dir, 'pipe.yaml')]);
afterAll(() => ws.cleanup());

const TABLE: readonly [string, readonly string[], number, string][] = [
  ['a number option out of range', ['generate', E, '-o', '{out}', '--jobs', '0'], 1, 'bad-option-number'],
  ['a number option that is not a number', ['lint', E, '--max-warnings', 'abc'], 1, 'bad-option-number'],
  ['a choice option', ['generate', E, '-o', '{out}', '--format', 'pdf'], 1, 'bad-option-choice'],
  ['a date option that is no real date', ['score', E, '--marks', MARK, '--date', '2027-13-01'], 1, 'bad-option-date'],
  ['two options that exclude each other', ['interview', '--answers', E, '--resume', E], 1, 'option-conflict'],
  ['an option folder that does not exist', ['generate', E, '-o', '{out}', '--templates', '{dir}/nope'], 1, 'folder-not-found'],
  ['an option folder that is a file', ['criteria', 'list', '--criteria', '{dir}/file.txt'], 1, 'not-a-folder'],
  ['an option file that is a folder', ['score', E, '--marks', MARK, '-o', '{dir}/folder'], 1, 'folder-given-for-file'],
  ['an option file that does not exist', ['interview', '--answers', '{dir}/nope.yaml'], 1, 'option-file-not-found'],
  ['an input file that does not exist', ['score', '{dir}/nope.yaml', '--marks', MARK], 1, 'file-not-found'],
  ['an input file that is a folder', ['score', '{dir}/folder', '--marks', MARK], 1, 'is-a-directory'],
  ['a path through a file', ['lint', '{dir}/file.txt/spec.yaml'], 1, 'not-a-directory'],
  ['a pipe or a device', ['lint', '{dir}/pipe.yaml'], 1, 'not-a-regular-file'],
  ['a folder without specs', ['lint', '{dir}/folder'], 1, 'no-spec-in-folder'],
  ['a YAML syntax error', ['lint', '{dir}/syntax.yaml'], 1, 'yaml-syntax'],
  ['a bad labels.yaml', ['generate', E, '-o', '{out}', '--templates', '{dir}/tpl-labels'], 1, 'labels-not-mapping'],
  ['a template syntax error', ['generate', E, '-o', '{out}', '--templates', '{dir}/tpl-syntax'], 1, 'template-syntax'],
  ['a template that fails to render', ['generate', E, '-o', '{out}', '--templates', '{dir}/tpl-label'], 1, 'template-error'],
];

describe('error classes: exit code and diagnostic code', () => {
  it.each(TABLE)('%s', (_, args, exit, code) => {
    const r = run(fill(args, ws.dir, ws.out));
    expect(r.code, r.stderr + r.stdout).toBe(exit);
    expect(r.stderr + r.stdout).toMatch(new RegExp(`\\[?${code}\\]?`));
    expect(r.stderr).not.toContain('internal error');
  });

  it('a usage mistake (unknown option) is exit 1 from commander', () => {
    const r = run(['lint', E, '--nope']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown option '--nope'");
  });

  it('messages follow LANG: French for fr_*, English otherwise, French when LANG is unset', () => {
    const args = fill(['generate', E, '-o', '{out}', '--templates', '{dir}/nope'], ws.dir, ws.out);
    expect(run(args, { LANG: 'fr_FR.UTF-8' }).stderr).toContain('ce dossier n’existe pas');
    expect(run(args, { LANG: 'en_GB.UTF-8' }).stderr).toContain('no such folder');
    expect(run(args, { LANG: '' }).stderr).toContain('ce dossier n’existe pas');
    expect(run([...args, '--lang', 'en'], { LANG: 'fr_FR.UTF-8' }).stderr).toContain('no such folder');
  });
});
