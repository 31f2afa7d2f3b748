import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import { readFileSync } from 'node:fs';
import { loadSpecText } from './spec.js';
import { parseYamlText, MAX_YAML_BYTES } from './yaml.js';

function failure(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('parseYamlText', () => {
  it('locates any value by its YAML path (line and column of the key)', () => {
    const src = parseYamlText('a: 1\nb:\n  c:\n    - x\n    - y: 2\n', 'f.yaml');
    expect(src.positionOf(['a'])).toEqual({ file: 'f.yaml', line: 1, col: 1 });
    expect(src.positionOf(['b', 'c', 1])).toEqual({ file: 'f.yaml', line: 5, col: 7 });
    expect(src.positionOf(['b', 'c', 1, 'y'])).toEqual({ file: 'f.yaml', line: 5, col: 7 });
    // a missing key falls back to its nearest ancestor
    expect(src.positionOf(['b', 'nope'])).toEqual({ file: 'f.yaml', line: 2, col: 1 });
  });

  it('reports a syntax error with file, line and column', () => {
    const err = failure(() => parseYamlText('a: 1\nb: [1, 2\nc: 3\n', 'bad.yaml'));
    expect(err.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', file: 'bad.yaml' });
    expect(err.diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses duplicate keys', () => {
    const err = failure(() => parseYamlText('a: 1\na: 2\n', 'dup.yaml'));
    expect(err.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 2 });
  });

  it('refuses an alias bomb quickly instead of expanding it', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const err = failure(() => parseYamlText(bomb.join('\n'), 'bomb.yaml'));
    expect(err.diagnostics[0]).toMatchObject({ code: 'yaml-aliases', file: 'bomb.yaml' });
  });

  it('refuses a text larger than the limit', () => {
    const err = failure(() => parseYamlText('x'.repeat(MAX_YAML_BYTES + 1), 'big.yaml'));
    expect(err.diagnostics[0]).toMatchObject({ code: 'file-too-large' });
  });
});

describe('YAML nesting depth', () => {
  it('refuses deep flow and block nesting with a position, not a stack overflow', () => {
    const flow = failure(() => parseYamlText('a: ' + '['.repeat(5000) + ']'.repeat(5000), 'deep.yaml'));
    expect(flow.diagnostics[0]).toMatchObject({ code: 'yaml-too-deep', file: 'deep.yaml', line: 1 });
    expect(flow.message).not.toMatch(/call stack/);
    const block = failure(() => parseYamlText(Array.from({ length: 100 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n', 'block.yaml'));
    expect(block.diagnostics[0]).toMatchObject({ code: 'yaml-too-deep', line: 66 });
  });
  it('accepts the nesting of a real spec', () => {
    expect(parseYamlText(Array.from({ length: 20 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n', 'ok.yaml').data).toBeTruthy();
  });
});

describe('numbers written as text in a spec', () => {
  const base = readFileSync('examples/sicoval-waste.yaml', 'utf8');
  it('reads "28 000 000" where a number is expected', () => {
    expect(loadSpecText(base.replace('estimated_value_eur: 28000000', 'estimated_value_eur: "28 000 000"'), 's.yaml').spec.tender.estimated_value_eur).toBe(28_000_000);
  });
  it('refuses an ambiguous one at its place, with both readings', () => {
    const err = failure(() => loadSpecText(base.replace('estimated_value_eur: 28000000', 'estimated_value_eur: "28,000"'), 's.yaml'));
    expect(err.diagnostics).toMatchObject([{ code: 'number-ambiguous', file: 's.yaml', line: 30, path: ['tender', 'estimated_value_eur'] }]);
  });
});
