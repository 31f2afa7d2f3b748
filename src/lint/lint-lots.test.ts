import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fixtureCatalog } from '../../test/fixtures/lint/harness.js';
import { loadCatalog } from '../load/catalog.js';
import { loadSpecText } from '../load/spec.js';
import { PACKAGE_ROOT } from '../load/paths.js';
import { annexRows, lintFile, lintLoaded } from './index.js';
import { findingText } from './reporter.js';

const FAULTY = join(PACKAGE_ROOT, 'test/fixtures/lint-lots/only-lot-2-faulty.yaml');
const CATERING = join(PACKAGE_ROOT, 'examples/school-catering.yaml');

describe('lint per lot', () => {
  const { findings } = lintFile(FAULTY, { catalog: fixtureCatalog() });
  const text = readFileSync(FAULTY, 'utf8');
  const at = (needle: string) => {
    const i = text.indexOf(needle);
    const before = text.slice(0, i).split('\n');
    return { line: before.length, col: before.at(-1)!.length + 1 };
  };

  it('reads a lot’s own criteria: only lot 2’s faults are found, at the lot’s lines', () => {
    expect(findings.every((f) => f.lot === 2)).toBe(true);
    const include = at('include: [lintfx-vague-levels]');
    const levels = findings.filter((f) => f.code === 'legal/level-descriptors');
    expect(levels).toHaveLength(12);
    expect(levels.every((f) => f.line === include.line && f.path?.join('.') === 'tender.lots.1.criteria.include.0')).toBe(true);
    const question = at('fr: "Quelle part des habitants des hameaux'); // the key of the French question
    expect(findings.filter((f) => f.code === 'legal/price-in-criterion').map((f) => [f.line, f.col, f.path?.join('.')])).toEqual([[question.line, question.col, 'tender.lots.1.criteria.custom.0.question.fr']]);
    expect(findings.filter((f) => f.code !== 'legal/level-descriptors' && f.code !== 'legal/price-in-criterion')).toEqual([]);
  });

  it('names the lot in the message, in both languages, on the terminal and in the annex', () => {
    const f = findings.find((x) => x.code === 'legal/price-in-criterion')!;
    expect(f.message).toMatch(/^lot 2 : le sous-critère « Accès des habitants des hameaux au service »/);
    expect(findingText(f, 'en').message).toMatch(/^lot 2: sub-criterion “Accès des habitants des hameaux au service”/);
    expect(annexRows(findings, 'fr', ['error']).every((r) => r.message.startsWith('lot 2 : '))).toBe(true);
  });

  it('a lot that shares the spec’s faults does not repeat them', () => {
    // The spec-level grid includes the vague criterion too: lot 1 (its own weights) sees it through the shared
    // library line and must not repeat the spec's findings; lot 2 (its own include) has its own line.
    const spec = parse(text) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    spec.criteria.include = ['lintfx-vague-levels'];
    spec.tender.lots[1].criteria = { weights: { 'lintfx-performance': 20 } };
    const { findings: got } = lintLoaded(loadSpecText(stringify(spec), 'spec.yaml'), fixtureCatalog());
    const levels = got.filter((f) => f.code === 'legal/level-descriptors');
    expect(levels).toHaveLength(12);
    expect(levels.every((f) => f.lot === undefined)).toBe(true);
  });
});

describe('the catering example’s two lots', () => {
  const catalog = loadCatalog([]);
  const raw = readFileSync(CATERING, 'utf8');

  it('lint clean per lot: no error or warning, none named after a lot', () => {
    const { findings } = lintFile(CATERING, { catalog });
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
    expect(findings.filter((f) => f.lot !== undefined)).toEqual([]);
  });

  it('lot 2’s own criteria are read: a fault written in lot 2 only is found and named after lot 2', () => {
    const spec = parse(raw) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    spec.tender.lots[1].criteria.weights = { 'dietary-safety-service': 0.1 };
    const { findings } = lintLoaded(loadSpecText(stringify(spec), 'catering.yaml'), catalog);
    const lot = findings.filter((f) => f.lot !== undefined);
    expect(lot.length).toBeGreaterThan(0);
    expect(lot.every((f) => f.lot === 2)).toBe(true);
    expect(lot.map((f) => [f.code, f.path?.join('.')])).toContainEqual(['legal/symbolic-weight', 'tender.lots.1.criteria.weights.dietary-safety-service']);
  });
});
