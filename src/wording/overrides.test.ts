import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import { readDocumentOverrides } from './overrides.js';

function dirWith(lang: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'efc-labels-'));
  mkdirSync(join(dir, lang));
  writeFileSync(join(dir, lang, 'labels.yaml'), text);
  return dir;
}

const codes = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err.diagnostics.map((d) => `${d.code}@${d.line}`);
    throw err;
  }
  return [];
};

describe('document word overrides (--templates DIR/<lang>/labels.yaml)', () => {
  it('overrides keys of every document', () => {
    const o = readDocumentOverrides(dirWith('fr', 'total: Total général\ngrid.title: Grille de la commission\nreport.title: Rapport\nxlsx.rank: Place\n'), 'fr');
    expect(o).toEqual({ total: 'Total général', 'grid.title': 'Grille de la commission', 'report.title': 'Rapport', 'xlsx.rank': 'Place' });
  });

  it('no file, no override', () => {
    expect(readDocumentOverrides(mkdtempSync(join(tmpdir(), 'efc-labels-')), 'en')).toEqual({});
  });

  it('reports every bad key at once, with its line', () => {
    expect(codes(() => readDocumentOverrides(dirWith('fr', 'totl: X\ngrid.title: [a]\ngrid.header: "Grille {{ref}}"\n'), 'fr'))).toEqual([
      'labels-unknown-key@1',
      'labels-not-text@2',
      'labels-placeholder@3',
    ]);
  });

  it('a file that is not a mapping, or not YAML, is an input error', () => {
    expect(codes(() => readDocumentOverrides(dirWith('en', '- a\n- b\n'), 'en'))).toEqual(['labels-not-mapping@1']);
    expect(codes(() => readDocumentOverrides(dirWith('en', 'a: [\n'), 'en'))[0]).toMatch(/^yaml-syntax/);
  });
});
