import Handlebars from 'handlebars';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError, isSystemError, toInputError } from '../model/errors.js';
import { readYamlFile } from '../load/yaml.js';
import { BUNDLED_TEMPLATES_DIR } from '../load/paths.js';
import { formatDate, formatEuros, formatNumber, formatPoints } from './format.js';

/**
 * Templates: `templates/<lang>/<name>.hbs` for text and `templates/<lang>/labels.yaml` for short labels.
 * A user folder given with --templates is searched first, file by file, so a buyer can override one section.
 */
export interface TemplateSet {
  readonly lang: Lang;
  render(name: string, view: object): string;
  label(key: string, vars?: Record<string, string | number>): string;
}

const sets = new Map<string, TemplateSet>();

/** One template set per (language, override folder), compiled once per process: batch runs reuse it. */
export function loadTemplates(lang: Lang, overrideDir?: string): TemplateSet {
  const key = `${lang}|${overrideDir ?? ''}`;
  let set = sets.get(key);
  if (!set) {
    set = createTemplateSet(lang, overrideDir);
    sets.set(key, set);
  }
  return set;
}

function createTemplateSet(lang: Lang, overrideDir?: string): TemplateSet {
  const hb = Handlebars.create();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const find = (rel: string): string | undefined => {
    for (const base of [overrideDir, BUNDLED_TEMPLATES_DIR]) {
      if (!base) continue;
      const f = join(base, lang, rel);
      if (existsSync(f)) return f;
    }
    return undefined;
  };
  if (overrideDir) checkOverrideDir(overrideDir);
  const labelsFile = find('labels.yaml');
  const bundledLabels = parseYaml(readFileSync(join(BUNDLED_TEMPLATES_DIR, lang, 'labels.yaml'), 'utf8')) as Record<string, string>;
  const labels: Record<string, string> = labelsFile && labelsFile !== join(BUNDLED_TEMPLATES_DIR, lang, 'labels.yaml')
    ? { ...bundledLabels, ...userLabels(labelsFile) }
    : bundledLabels;

  const label = (key: string, vars: Record<string, string | number> = {}): string => {
    const text = labels[key];
    if (text === undefined) throw new Error(`missing label "${key}" in templates/${lang}/labels.yaml`);
    return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
  };

  hb.registerHelper('t', (key: string) => label(key));
  hb.registerHelper('pts', (tenths: number) => formatPoints(tenths, lang));
  hb.registerHelper('num', (x: number, decimals?: unknown) => formatNumber(x, lang, typeof decimals === 'number' ? decimals : 0));
  hb.registerHelper('eur', (x: number) => formatEuros(x, lang));
  hb.registerHelper('date', (iso: string) => formatDate(iso, lang));
  hb.registerHelper('join', (xs: unknown[], sep?: unknown) => (Array.isArray(xs) ? xs.join(typeof sep === 'string' ? sep : ', ') : ''));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: number, b: number) => a > b);
  hb.registerHelper('lower', (s: string) => (typeof s === 'string' ? s.charAt(0).toLowerCase() + s.slice(1) : s));

  return {
    lang,
    label,
    render(name, view) {
      const file = find(`${name}.hbs`);
      if (!file) throw new Error(`missing template ${lang}/${name}.hbs`);
      let tpl = compiled.get(file);
      if (!tpl) {
        let source: string;
        try {
          source = readFileSync(file, 'utf8');
        } catch (err) {
          throw toInputError(err, { file, action: 'read' }) ?? err; // a folder named like a template, no permission…
        }
        try {
          hb.parse(source); // compile() is lazy: parse now so a syntax error names the template and its line
        } catch (err) {
          throw templateError('template-syntax', file, err);
        }
        // noEscape: the output is document text, not HTML.
        tpl = hb.compile(source, { noEscape: true, strict: false });
        compiled.set(file, tpl);
      }
      try {
        return tpl(view);
      } catch (err) {
        throw templateError('template-error', file, err);
      }
    },
  };
}

/** A --templates folder that does not exist is a typo, not a wish for the bundled wording: refused. */
function checkOverrideDir(dir: string): void {
  const args = { option: '--templates', file: dir };
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (err) {
    if (isSystemError(err) && err.code === 'ENOENT') throw new InputError([{ code: 'folder-not-found', severity: 'error', file: dir, message: `templates folder ${dir} does not exist`, args }]);
    throw toInputError(err, { file: dir, action: 'read' }) ?? err;
  }
  if (!isDir) throw new InputError([{ code: 'not-a-folder', severity: 'error', file: dir, message: `templates folder ${dir} is a file, not a folder`, args }]);
}

/** A user's labels.yaml: a YAML mapping of label keys to texts; anything else is refused with its line. */
function userLabels(file: string): Record<string, string> {
  const src = readYamlFile(file);
  const data = src.data;
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError([{ code: 'labels-format', severity: 'error', message: 'labels.yaml must map label keys to texts (key: text), not hold a list or a single value', ...src.positionOf([]), hint: 'copy the bundled templates/<lang>/labels.yaml and change the texts' }]);
  }
  const problems: Diagnostic[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string' && typeof value !== 'number') {
      problems.push({ code: 'labels-format', severity: 'error', message: `label "${key}" must be a text`, ...src.positionOf([key]), path: [key] });
    }
  }
  if (problems.length) throw new InputError(problems);
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]));
}

/** Handlebars messages span several lines ("Parse error on line 3: … Expecting 'OPEN_ENDBLOCK', got 'EOF'"). */
function templateError(code: string, file: string, err: unknown): InputError {
  const text = String((err as Error).message ?? err);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const line = Number(/line (\d+)/.exec(text)?.[1] ?? 0) || undefined;
  const message = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : lines[0] ?? 'template error';
  return new InputError([{ code, severity: 'error', file, line, col: line ? 1 : undefined, message }]);
}
