import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../load/paths.js';

/**
 * All the words a message prints live in the catalog (src/wording/). A module that keeps its own `{ fr: …, en: … }`
 * table of messages is a second catalog: this test finds them. The exceptions are data that carry their two
 * languages beside what they describe, not messages:
 */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  // The interview's question bank: each question's text, help and choices beside its definition and schema.
  'src/interview/questions/': 'question bank',
  // The price formulas' names, expressions and explanations, printed in the buyer's documents beside each formula.
  'src/score/price-formulas.ts': 'price formula data',
  // lint's suggestions of results to contract on instead of means, one per means family (lexicon data).
  'src/lint/lexicon.ts': 'lexicon data',
  // The language tags each document declares (w:lang fr-FR / en-GB): codes, not words.
  'src/render/docx/styles.ts': 'language tags',
  // The code's articles each procedure rests on, as the RC and CCAP cite them: legal references per procedure.
  'src/dce/legal-bases.ts': 'legal references',
};

const SRC = join(PACKAGE_ROOT, 'src');
/** `fr: '…'` (or "…", `…`) followed, within the same object, by `en: …`: a two-language table. */
const TABLE = /\bfr:\s*['"`][^\n]*\n?[^\n]*\ben:\s*['"`]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('one wording catalog', () => {
  const files = sources(SRC).map((f) => relative(PACKAGE_ROOT, f).split('\\').join('/'));

  it('no {fr, en} message table outside src/wording/ (except documented data)', () => {
    const offenders = files
      .filter((f) => !f.startsWith('src/wording/') && !Object.keys(EXCEPTIONS).some((e) => f.startsWith(e)))
      .filter((f) => TABLE.test(readFileSync(join(PACKAGE_ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('finds a table when there is one (the check itself works)', () => {
    expect(TABLE.test("const X = { fr: 'bonjour', en: 'hello' };")).toBe(true);
    expect(TABLE.test("const X = {\n  fr: 'bonjour',\n  en: 'hello',\n};")).toBe(true);
    expect(TABLE.test("const lang = spec.language === 'fr' ? 'fr' : 'en';")).toBe(false);
  });

  it('every documented exception still exists and still holds its two languages', () => {
    for (const e of Object.keys(EXCEPTIONS)) {
      const holders = files.filter((f) => f.startsWith(e));
      expect(holders.length, e).toBeGreaterThan(0);
      expect(holders.some((f) => TABLE.test(readFileSync(join(PACKAGE_ROOT, f), 'utf8'))), e).toBe(true);
    }
  });

  it('the process language comes from the catalog’s terminal language, not an environment variable of its own', () => {
    const own = files.filter((f) => /process\.env\.EFC_LANG/.test(readFileSync(join(PACKAGE_ROOT, f), 'utf8')));
    expect(own).toEqual([]);
  });
});
