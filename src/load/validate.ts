import { z } from 'zod';
import type { Lang } from '../model/common.js';
import { getTerminalLang } from '../wording/lang.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import { didYouMean } from '../util/suggest.js';
import { readNumber } from './number.js';
import type { YamlSource } from './yaml.js';
import { isMessageKey } from '../wording/catalog.js';
import { loadMessage, type LoadMessageCode } from './messages.js';

type AnySchema = z.ZodType;

/**
 * Parse YAML data with a zod schema; on failure report every issue at once, each at the file:line:col of
 * the YAML node concerned, with a "did you mean" for misspelt keys and enum values.
 */
export function validate<S extends AnySchema>(schema: S, src: YamlSource, code = 'schema'): z.output<S> {
  useZodLocale(getTerminalLang());
  let result = schema.safeParse(src.data);
  if (result.success) return result.data;
  // Numbers written as text ("1 234 567", "28 000 000,00") where a number is expected: read by the one number
  // reader and validated again; an ambiguous or unreadable one is reported at its place, with both readings.
  const { data, problems } = readTextNumbers(src, result.error.issues, code);
  if (data !== src.data) {
    result = schema.safeParse(data);
    if (result.success && !problems.length) return result.data;
  }
  // Every problem at once: the unreadable numbers, and the other issues (not again those numbers' own).
  const numbered = new Set(problems.map((p) => JSON.stringify(p.path)));
  const rest = result.success ? [] : result.error.issues.filter((i) => !numbered.has(JSON.stringify(i.path.filter((p) => typeof p !== 'symbol'))));
  throw new InputError([...problems, ...issuesToDiagnostics(schema, rest, { ...src, data }, code)]);
}

/**
 * zod's own generic messages ("expected number, received string") in the terminal language, through zod's public
 * locales. One process speaks one terminal language, so setting zod's global configuration is enough.
 */
let zodLang: Lang | undefined;
function useZodLocale(lang: Lang): void {
  if (zodLang === lang) return;
  z.config(lang === 'fr' ? z.locales.fr() : z.locales.en());
  zodLang = lang;
}

function readTextNumbers(src: YamlSource, issues: readonly z.core.$ZodIssue[], code: string): { data: unknown; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  let data = src.data;
  for (const issue of issues) {
    if (issue.code !== 'invalid_type' || (issue.expected !== 'number' && issue.expected !== 'int')) continue;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const raw = valueAt(data, path);
    if (typeof raw !== 'string') continue;
    const read = readNumber(raw);
    if (!read.ok) {
      problems.push({ code: read.code === 'number-ambiguous' ? 'number-ambiguous' : code, severity: 'error', message: read.message, path, ...src.positionOf(path), ...(read.hint ? { hint: read.hint } : {}) });
      continue;
    }
    if (data === src.data) data = structuredClone(src.data);
    setAt(data, path, read.value);
  }
  return { data, problems };
}

function setAt(data: unknown, path: readonly (string | number)[], value: unknown): void {
  let v = data as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) v = v[k] as Record<string | number, unknown>;
  v[path[path.length - 1]!] = value;
}

export function issuesToDiagnostics(schema: AnySchema, issues: readonly z.core.$ZodIssue[], src: YamlSource, code = 'schema'): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeysAt(schema, path);
      for (const key of issue.keys) {
        const guess = didYouMean(key, known);
        out.push({
          code: `${code}-unknown-key`,
          severity: 'error',
          message: loadMessage('schema.unknown-key', { key, suggestion: guess ? loadMessage('did-you-mean', { guess }) : '' }),
          path: [...path, key],
          ...src.positionOf([...path, key]),
          hint: known.length ? loadMessage('schema.allowed-keys', { keys: known.join(', ') }) : undefined,
        });
      }
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const values = (issue.values as unknown[]).map(String);
      const got = valueAt(src.data, path);
      const guess = typeof got === 'string' ? didYouMean(got, values) : undefined;
      const words = { value: String(got), values: values.join(', '), suggestion: guess ? loadMessage('did-you-mean', { guess }) : '' };
      message = loadMessage(typeof got === 'string' ? 'schema.not-allowed' : 'schema.invalid-value', words);
    } else if (issue.code === 'invalid_type' && valueAt(src.data, path) === undefined) {
      message = loadMessage('schema.required', { expected: issue.expected });
    } else if (isMessageKey(`load.${issue.message}`)) {
      // A schema's own message given as a catalog key (`schema.not-a-date`), worded here in the terminal language.
      message = loadMessage(issue.message as LoadMessageCode);
    }
    out.push({ code, severity: 'error', message, path, ...src.positionOf(path) });
  }
  return out;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** The keys an object schema accepts at a data path (walking through defaults, optionals, arrays, records). */
function objectKeysAt(schema: AnySchema, path: readonly (string | number)[]): string[] {
  let s: unknown = schema;
  const unwrap = (x: unknown): unknown => {
    for (let i = 0; i < 10; i++) {
      const def = (x as { def?: { type?: string; innerType?: unknown; in?: unknown } }).def;
      if (!def) return x;
      if (def.type === 'default' || def.type === 'optional' || def.type === 'nullable' || def.type === 'prefault') x = def.innerType;
      else if (def.type === 'pipe') x = def.in;
      else return x;
    }
    return x;
  };
  for (const key of path) {
    s = unwrap(s);
    const def = (s as { def?: { type?: string; element?: unknown; valueType?: unknown; shape?: Record<string, unknown> } }).def;
    if (!def) return [];
    if (def.type === 'array' && typeof key === 'number') s = def.element;
    else if (def.type === 'object' && typeof key === 'string') s = def.shape?.[key];
    else if (def.type === 'record') s = def.valueType;
    else return [];
  }
  s = unwrap(s);
  const def = (s as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
