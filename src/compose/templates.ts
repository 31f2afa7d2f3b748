import Handlebars from 'handlebars';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../model/common.js';
import { InputError } from '../model/errors.js';
import { BUNDLED_TEMPLATES_DIR } from '../load/paths.js';
import { readTextInput } from '../load/text.js';
import { installRenderBudget } from './template-budget.js';
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
  const withinBudget = installRenderBudget(hb);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const find = (rel: string): string | undefined => {
    for (const base of [overrideDir, BUNDLED_TEMPLATES_DIR]) {
      if (!base) continue;
      const f = join(base, lang, rel);
      if (existsSync(f)) return f;
    }
    return undefined;
  };
  const labelsFile = find('labels.yaml');
  const bundledLabels = parseYaml(readTextInput(join(BUNDLED_TEMPLATES_DIR, lang, 'labels.yaml'), { kind: 'labels' }).text) as Record<string, string>;
  const labels: Record<string, string> = labelsFile && labelsFile !== join(BUNDLED_TEMPLATES_DIR, lang, 'labels.yaml')
    ? { ...bundledLabels, ...(parseYaml(readTextInput(labelsFile, { kind: 'labels' }).text) as Record<string, string>) }
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
        const source = readTextInput(file, { kind: 'template' }).text;
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
        return withinBudget(file, () => tpl!(view));
      } catch (err) {
        if (err instanceof InputError) throw err;
        throw templateError('template-error', file, err);
      }
    },
  };
}

/** Handlebars messages span several lines ("Parse error on line 3: … Expecting 'OPEN_ENDBLOCK', got 'EOF'"). */
function templateError(code: string, file: string, err: unknown): InputError {
  const text = String((err as Error).message ?? err);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const line = Number(/line (\d+)/.exec(text)?.[1] ?? 0) || undefined;
  const message = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : lines[0] ?? 'template error';
  return new InputError([{ code, severity: 'error', file, line, col: line ? 1 : undefined, message }]);
}
