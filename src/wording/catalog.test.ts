import { describe, expect, it } from 'vitest';
import { DOCUMENT_WORDS, MESSAGE_WORDS, fill, placeholders, plural, t } from './catalog.js';

describe('wording catalog', () => {
  for (const [name, table] of [['document', DOCUMENT_WORDS], ['messages', MESSAGE_WORDS]] as const) {
    it(`${name}: fr and en have exactly the same keys`, () => {
      expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.fr).sort());
    });
    it(`${name}: each key has the same {{placeholders}} in fr and en`, () => {
      const fr = table.fr as Record<string, string>;
      const en = table.en as Record<string, string>;
      const differ = Object.keys(fr).filter((k) => placeholders(fr[k]!).join() !== placeholders(en[k] ?? '').join());
      expect(differ).toEqual([]);
    });
    it(`${name}: no single-brace placeholder left from an older syntax`, () => {
      for (const lang of ['fr', 'en'] as const) {
        const bad = Object.entries(table[lang] as Record<string, string>).filter(([, v]) => /(^|[^{])\{\w+\}(?!\})/.test(v));
        expect(bad).toEqual([]);
      }
    });
  }

  it('document and message keys do not collide', () => {
    const doc = new Set(Object.keys(DOCUMENT_WORDS.fr));
    expect(Object.keys(MESSAGE_WORDS.fr).filter((k) => doc.has(k))).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{{a}} et {{ b }}', { a: 1, b: 'x' })).toBe('1 et x');
    expect(fill('{{a}} {{z}}', { a: 1 })).toBe('1 {{z}}');
  });

  it('chooses plural forms per language (French: 0 and 1 are singular)', () => {
    expect(plural('fr', 'lint.file', 0)).toBe('0 fichier');
    expect(plural('en', 'lint.file', 0)).toBe('0 files');
    expect(plural('fr', 'lint.file', 2)).toBe('2 fichiers');
    expect(plural('en', 'lint.file', 1)).toBe('1 file');
  });

  it('looks up messages and document words', () => {
    expect(t('en', 'cli.problemsFound.other', { n: 3 })).toBe('3 problems found; nothing was written.');
    expect(t('fr', 'durationValue', { months: 48 })).toBe('48 mois');
  });
});
