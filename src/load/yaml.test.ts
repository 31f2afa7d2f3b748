import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
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
