import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecText } from '../load/spec.js';
import { InputError } from './errors.js';
import { ROOT } from '../../test/helpers/cli.js';

const yaml = readFileSync(join(ROOT, 'examples', 'school-catering.yaml'), 'utf8');
const sicoval = readFileSync(join(ROOT, 'examples', 'sicoval-waste.yaml'), 'utf8');
const lineOf = (text: string, needle: string, from = 0): number => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;

/** Every diagnostic of loading this text (none when it loads). */
function problems(text: string): { code: string; line?: number; message: string }[] {
  try {
    loadSpecText(text, 'lots.yaml');
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.diagnostics.map((d) => ({ code: d.code, line: d.line, message: d.message }));
  }
}

describe('checkLots: what the schema cannot say about lots, every problem at once, each at its line', () => {
  it('accepts the catering example', () => {
    expect(problems(yaml)).toEqual([]);
  });

  it('refuses a repeated lot number, an unknown indicator (with a guess), an indicator twice, all together', () => {
    const text = yaml
      .replace('    - number: 2\n', '    - number: 1\n')
      .replace('indicators: [part-egalim, part-bio, gaspillage-par-repas, approvisionnement-direct]', 'indicators: [part-egalim, part-bio, part-bio, gaspilage-par-repas]');
    const p = problems(text);
    expect(p.map((x) => x.code).sort()).toEqual(['lots-duplicate-indicator', 'lots-duplicate-number', 'lots-unknown-indicator']);
    const second = lineOf(text, '    - number: 1', lineOf(text, '    - number: 1'));
    expect(p.find((x) => x.code === 'lots-duplicate-number')!.line).toBe(second);
    const unknown = p.find((x) => x.code === 'lots-unknown-indicator')!;
    expect(unknown.line).toBe(lineOf(text, 'gaspilage-par-repas'));
    expect(unknown.message).toContain('gaspillage-par-repas');
  });

  it('refuses an own indicator that repeats a kept one, and a lot judged on no indicator', () => {
    const text = yaml.replace('        - id: satisfaction-familles-creches', '        - id: part-bio');
    expect(problems(text).map((x) => x.code)).toEqual(['lots-duplicate-indicator']);
    const none = yaml
      .replace('indicators: [part-egalim, part-bio, gaspillage-par-repas, approvisionnement-direct]', 'indicators: []')
      .replace(/      usage_performance:\n(        .*\n|          .*\n)+/, '');
    expect(problems(none).map((x) => x.code)).toEqual(['lots-no-indicator']);
  });

  it('refuses lot values that do not add up to the tender’s, at the tender’s value', () => {
    const text = yaml.replace('      estimated_value_eur: 320000', '      estimated_value_eur: 330000');
    const p = problems(text);
    expect(p.map((x) => x.code)).toEqual(['lots-value-sum']);
    expect(p[0]!.line).toBe(lineOf(text, '  estimated_value_eur: 4720000'));
    expect(p[0]!.message).toMatch(/4730000.*4720000/);
  });

  it('refuses a single lot, and a lot policy on a tender without lots', () => {
    const single = sicoval.replace('  lots: []', '  lots:\n    - { number: 1, title: Collecte }');
    expect(problems(single).map((x) => x.code)).toEqual(['lots-single']);
    const policy = sicoval.replace('  lots: []', '  lots: []\n  lots_policy: { max_lots_awarded: 1 }');
    const p = problems(policy);
    expect(p.map((x) => x.code)).toEqual(['lots-policy-without-lots']);
    expect(p[0]!.line).toBe(lineOf(policy, 'lots_policy'));
  });

  it('checks the limits against the number of lots (R2113-1)', () => {
    const at = (policy: string): string[] => problems(yaml.replace('  lots:\n', `  lots_policy: ${policy}\n  lots:\n`)).map((x) => x.code);
    expect(at('{ max_lots_awarded: 1 }')).toEqual([]);
    expect(at('{ max_lots_awarded: 1, award_rule: "le lot de plus grande valeur estimée" }')).toEqual([]);
    expect(at('{ max_lots_per_bidder: 3 }')).toEqual(['lots-limit']);
    expect(at('{ max_lots_awarded: 2 }')).toEqual(['lots-limit']);
    expect(at('{ award_rule: "x y z" }')).toEqual(['lots-limit']);
  });

  it('refuses an unknown key in a lot, as the schema does everywhere', () => {
    const text = yaml.replace('      cpv: 55520000-1', '      cpv: 55520000-1\n      weights: { prix: 30 }');
    expect(problems(text).map((x) => x.code)).toEqual(['spec-unknown-key']);
  });
});
