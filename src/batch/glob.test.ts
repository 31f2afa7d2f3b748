import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlob, hasMagic, segmentRegExp } from './glob.js';

/** A small tree: two territories with lots, a hidden folder, a non-YAML file. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'efc-glob-'));
  for (const f of ['a.yaml', 'b.yml', 'notes.md', '.hidden.yaml', 'nord/lot1.yaml', 'nord/lot2.yaml', 'nord/deep/x.yaml', 'sud/lot1.yaml', '.git/c.yaml', 'sud/[x].yaml']) {
    const p = join(root, f);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, 'version: 1\n');
  }
  return root;
}

describe('segmentRegExp', () => {
  it.each([
    ['*.yaml', 'lot.yaml', true],
    ['*.yaml', 'lot.yml', false],
    ['*.yaml', '.lot.yaml', false],
    ['.*.yaml', '.lot.yaml', true],
    ['lot?.yaml', 'lot1.yaml', true],
    ['lot?.yaml', 'lot10.yaml', false],
    ['lot[12].yaml', 'lot2.yaml', true],
    ['lot[!12].yaml', 'lot2.yaml', false],
    ['lot[!12].yaml', 'lot3.yaml', true],
    ['lot[a-c].yaml', 'lotb.yaml', true],
    ['*.{yaml,yml}', 'a.yml', true],
    ['*.{yaml,yml}', 'a.json', false],
    ['a+b(1).yaml', 'a+b(1).yaml', true],
    ['\\*.yaml', '*.yaml', true],
    ['\\*.yaml', 'a.yaml', false],
    ['{a,b', '{a,b', true],
  ])('%s against %s → %s', (pattern, name, expected) => {
    expect(segmentRegExp(pattern).test(name)).toBe(expected);
  });

  it('knows which inputs are patterns', () => {
    expect(hasMagic('specs/*.yaml')).toBe(true);
    expect(hasMagic('specs/lot{1,2}.yaml')).toBe(true);
    expect(hasMagic('specs/lot1.yaml')).toBe(false);
  });
});

describe('expandGlob', () => {
  const root = tree();

  it('matches within one folder, sorted, without hidden files', () => {
    expect(expandGlob('*.yaml', root)).toEqual(['a.yaml']);
    expect(expandGlob('*.y*ml', root)).toEqual(['a.yaml', 'b.yml']);
  });

  it('walks any depth with **, skipping hidden folders', () => {
    expect(expandGlob('**/*.yaml', root)).toEqual(['a.yaml', 'nord/deep/x.yaml', 'nord/lot1.yaml', 'nord/lot2.yaml', 'sud/[x].yaml', 'sud/lot1.yaml']);
    expect(expandGlob('nord/**/*.yaml', root)).toEqual(['nord/deep/x.yaml', 'nord/lot1.yaml', 'nord/lot2.yaml']);
  });

  it('matches folders by wildcard and keeps literal segments literal', () => {
    expect(expandGlob('*/lot1.yaml', root)).toEqual(['nord/lot1.yaml', 'sud/lot1.yaml']);
    expect(expandGlob('{nord,sud}/lot?.yaml', root)).toEqual(['nord/lot1.yaml', 'nord/lot2.yaml', 'sud/lot1.yaml']);
    expect(expandGlob('*', root)).toEqual(['a.yaml', 'b.yml', 'nord', 'notes.md', 'sud']);
  });

  it('accepts absolute patterns and returns absolute paths', () => {
    expect(expandGlob(join(root, 'nord', '*.yaml'))).toEqual([join(root, 'nord', 'lot1.yaml'), join(root, 'nord', 'lot2.yaml')]);
  });

  it('returns nothing for a folder that does not exist', () => {
    expect(expandGlob('ouest/*.yaml', root)).toEqual([]);
    expect(expandGlob('**/*.csv', root)).toEqual([]);
  });
});
