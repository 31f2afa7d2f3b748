import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from '../load/yaml.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import { didYouMean } from '../util/suggest.js';
import { DOCUMENT_WORDS, documentWords, isDocumentKey, placeholders, t, type DocumentKey, type DocumentWords } from './catalog.js';

/** The file of a --templates folder that overrides document words, key by key. */
export const LABELS_FILE = 'labels.yaml';

/**
 * Read `DIR/<lang>/labels.yaml`: a mapping of document keys (see fr/document.ts) to texts. Every problem is an
 * input error naming the file, line and column: an unknown key (with a suggestion), a value that is not a text, a
 * {{placeholder}} the key does not provide (it would print as is). No file: no override.
 */
export function readDocumentOverrides(dir: string, lang: Lang): Partial<Record<DocumentKey, string>> {
  const file = join(dir, lang, LABELS_FILE);
  if (!existsSync(file)) return {};
  const src = readYamlFile(file, 'labels');
  if (src.data === null || src.data === undefined) return {};
  const problem = (code: string, message: string, path: (string | number)[] = []): Diagnostic => ({ code, severity: 'error', message, ...src.positionOf(path), path });
  if (typeof src.data !== 'object' || Array.isArray(src.data)) throw new InputError([problem('labels-not-mapping', t(lang, 'labels.notMapping'))]);
  const problems: Diagnostic[] = [];
  const out: Partial<Record<DocumentKey, string>> = {};
  const keys = Object.keys(DOCUMENT_WORDS[lang]);
  for (const [key, value] of Object.entries(src.data as Record<string, unknown>)) {
    if (!isDocumentKey(key)) {
      const guess = didYouMean(key, keys);
      problems.push(problem('labels-unknown-key', t(lang, 'labels.unknownKey', { key, suggestion: guess ? t(lang, 'labels.didYouMean', { key: guess }) : '' }), [key]));
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      problems.push(problem('labels-not-text', t(lang, 'labels.notText', { key }), [key]));
      continue;
    }
    const text = String(value);
    const available = placeholders(DOCUMENT_WORDS[lang][key]);
    for (const name of placeholders(text).filter((p) => !available.includes(p))) {
      problems.push(problem('labels-placeholder', t(lang, 'labels.placeholder', { key, name, available: available.join(', ') || '—' }), [key]));
    }
    out[key] = text;
  }
  if (problems.length) throw new InputError(problems);
  return out;
}

const cache = new Map<string, DocumentWords>();

/**
 * The document words of one language, with the overrides of a --templates folder when given. Cached per
 * (language, folder): a batch run reads each labels.yaml once.
 */
export function loadDocumentWords(lang: Lang, templatesDir?: string): DocumentWords {
  const key = `${lang}|${templatesDir ?? ''}`;
  let words = cache.get(key);
  if (!words) {
    words = documentWords(lang, templatesDir ? readDocumentOverrides(templatesDir, lang) : {});
    cache.set(key, words);
  }
  return words;
}
