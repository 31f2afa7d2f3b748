import { statSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import { isCalendarDate } from '../util/date.js';
import { diagText } from '../wording/diagnostic.js';
import { getTerminalLang } from '../wording/lang.js';
import { InputError, systemErrorDiagnostic, isSystemError } from '../model/errors.js';

/**
 * Option values are checked here, all at once, before a command does any work: each bad value is an input error
 * (exit 1) naming the option and the value, never a crash. Commander only collects the strings.
 */
export type OptionRule =
  | { readonly kind: 'int'; readonly key: string; readonly option: string; readonly min: number; readonly max: number }
  | { readonly kind: 'choice'; readonly key: string; readonly option: string; readonly choices: readonly string[] }
  | { readonly kind: 'date'; readonly key: string; readonly option: string }
  /** An existing folder (--templates, --criteria). */
  | { readonly kind: 'folder'; readonly key: string; readonly option: string }
  /** A folder to write into: may not exist yet, must not be a file (-o of generate). */
  | { readonly kind: 'out-folder'; readonly key: string; readonly option: string }
  /** An existing file to read (--answers, --prices). */
  | { readonly kind: 'file'; readonly key: string; readonly option: string }
  /** A file to write: may not exist yet, must not be a folder (-o of score and interview). */
  | { readonly kind: 'out-file'; readonly key: string; readonly option: string };

export const LANG_CHOICES = ['fr', 'en'] as const;

const int = (key: string, option: string, min: number, max: number): OptionRule => ({ kind: 'int', key, option, min, max });
export const rules = {
  int,
  choice: (key: string, option: string, choices: readonly string[]): OptionRule => ({ kind: 'choice', key, option, choices }),
  date: (key: string, option: string): OptionRule => ({ kind: 'date', key, option }),
  folder: (key: string, option: string): OptionRule => ({ kind: 'folder', key, option }),
  outFolder: (key: string, option: string): OptionRule => ({ kind: 'out-folder', key, option }),
  file: (key: string, option: string): OptionRule => ({ kind: 'file', key, option }),
  outFile: (key: string, option: string): OptionRule => ({ kind: 'out-file', key, option }),
  lang: (): OptionRule => ({ kind: 'choice', key: 'lang', option: '--lang', choices: LANG_CHOICES }),
};

type Kind = 'missing' | 'file' | 'folder' | 'other';
function kindOf(path: string, problems: Diagnostic[], option: string): Kind | undefined {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'folder' : st.isFile() ? 'file' : 'other';
  } catch (err) {
    if (isSystemError(err) && err.code === 'ENOENT') return 'missing';
    if (isSystemError(err)) {
      const d = systemErrorDiagnostic(err, { file: path });
      problems.push({ ...d, args: { ...d.args, option } });
      return undefined;
    }
    throw err;
  }
}

/** An option problem worded from the catalog (`diag.<code>`) in the terminal language; its args let the CLI reword it. */
export function optionProblem(code: string, args: Record<string, string | number>): Diagnostic {
  return { code, severity: 'error', ...diagText(code, args, getTerminalLang()), args };
}

function check(rule: OptionRule, value: string, problems: Diagnostic[]): unknown {
  const { option } = rule;
  switch (rule.kind) {
    case 'int': {
      const n = /^\s*[+]?\d+\s*$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n) || n < rule.min || n > rule.max) {
        problems.push(optionProblem('bad-option-number', { option, value, min: rule.min, max: rule.max }));
      }
      return n;
    }
    case 'choice':
      if (!rule.choices.includes(value)) {
        const choices = rule.choices.join(', ');
        problems.push(optionProblem('bad-option-choice', { option, value, choices }));
      }
      return value;
    case 'date':
      if (!isCalendarDate(value)) problems.push(optionProblem('bad-option-date', { option, value }));
      return value;
    case 'folder': {
      const k = kindOf(value, problems, option);
      if (k === 'missing') problems.push(optionProblem('folder-not-found', { option, file: value }));
      else if (k === 'file' || k === 'other') problems.push(optionProblem('not-a-folder', { option, file: value }));
      return value;
    }
    case 'out-folder': {
      const k = kindOf(value, problems, option);
      if (k === 'file' || k === 'other') problems.push(optionProblem('not-a-folder', { option, file: value }));
      return value;
    }
    case 'file': {
      const k = kindOf(value, problems, option);
      if (k === 'missing') problems.push(optionProblem('option-file-not-found', { option, file: value }));
      else if (k === 'folder') problems.push(optionProblem('folder-given-for-file', { option, file: value }));
      return value;
    }
    case 'out-file': {
      const k = kindOf(value, problems, option);
      if (k === 'folder') problems.push(optionProblem('folder-given-for-file', { option, file: value }));
      return value;
    }
  }
}

/**
 * Check every rule against the options commander collected (strings, or arrays of strings for repeatable ones),
 * replace numbers by their value, and throw one InputError listing every bad value. Absent options are skipped.
 */
export function checkOptions<T extends object>(opts: T, list: readonly OptionRule[]): T {
  const problems: Diagnostic[] = [];
  const out: Record<string, unknown> = { ...(opts as Record<string, unknown>) };
  for (const rule of list) {
    const v = out[rule.key];
    if (v === undefined || typeof v === 'number' || typeof v === 'boolean') continue;
    if (Array.isArray(v)) out[rule.key] = v.map((x: string) => check(rule, x, problems));
    else out[rule.key] = check(rule, String(v), problems);
  }
  if (problems.length) throw new InputError(problems);
  return out as T;
}
