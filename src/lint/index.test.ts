import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog, SPECS_DIR } from '../../test/fixtures/lint/harness.js';
import { annexRows, lintFile, RULES } from './index.js';

const spec = (name: string) => join(SPECS_DIR, name);
const run = (name: string) => lintFile(spec(name), { catalog: fixtureCatalog() });

describe('lintFile', () => {
  it('finds nothing in the valid spec', () => {
    expect(run('valid.yaml').findings).toEqual([]);
  });

  it('fails a spec without environmental criterion at the exact location', () => {
    const f = run('no-environmental.yaml').findings;
    expect(f.map((x) => [x.code, x.severity, x.file, x.line, x.col])).toEqual([['legal/environmental-criterion', 'error', spec('no-environmental.yaml'), 60, 3]]);
  });

  it('fails weights summing to 95 at the exact location, once', () => {
    const f = run('weights-95.yaml').findings;
    expect(f.map((x) => [x.code, x.severity, x.line, x.col])).toEqual([['legal/weights-sum', 'error', 62, 5]]);
    expect(f[0]!.args).toMatchObject({ total: 95 });
  });

  it('turns load problems into findings instead of throwing', () => {
    const bad = run('invalid-schema.yaml').findings;
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.every((f) => f.severity === 'error' && f.file === spec('invalid-schema.yaml') && f.line)).toBe(true);
    expect(bad.map((f) => f.code)).toContain('spec-unknown-key');
    expect(run('missing.yaml').findings.map((f) => f.code)).toEqual(['file-not-found']);
  });

  it('sorts findings by line, deterministically', () => {
    const a = run('warnings-only.yaml').findings;
    const b = run('warnings-only.yaml').findings;
    expect(a).toEqual(b);
    const lines = a.map((f) => f.line ?? 0);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
  });
});

describe('annexRows', () => {
  const findings = run('warnings-only.yaml').findings;
  it('words the rows in the document language, with location', () => {
    const fr = annexRows(findings, 'fr');
    const en = annexRows(findings, 'en');
    expect(fr.map((r) => r.rule)).toEqual(['efc/performance-remuneration']);
    expect(fr[0]!.message).toMatch(/rémunération/);
    expect(en[0]!.message).toMatch(/remuneration/);
    expect(fr[0]!.location).toMatch(/warnings-only\.yaml:\d+:\d+$/);
  });
  it('keeps only the severities asked for', () => {
    expect(annexRows(findings, 'fr', ['error'])).toEqual([]);
  });
});

describe('rule metadata', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
  it.each([...RULES.values()].map((r) => [r.meta.id, r] as const))('%s is well formed', (id, rule) => {
    expect(id).toMatch(/^(legal|efc)\/[a-z-]+$/);
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const m of Object.values(rule.meta.messages)) expect(placeholders(m.fr)).toEqual(placeholders(m.en));
  });
  it('documents every rule in the README under its id', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    for (const id of RULES.keys()) expect(doc, id).toContain(`### ${id}`);
  });
});
