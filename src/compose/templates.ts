import Handlebars from 'handlebars';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError, isSystemError, toInputError } from '../model/errors.js';
import { BUNDLED_TEMPLATES_DIR } from '../load/paths.js';
import type { Block } from './document.js';
import { Literals } from './literal.js';
import { MarkupError, parseMarkup, type TableBuilder } from './markup.js';
import { isDocumentKey, t } from '../wording/catalog.js';
import { loadDocumentWords } from '../wording/overrides.js';
import { readTextInput } from '../load/text.js';
import { installRenderBudget } from './template-budget.js';
import { formatDate, formatEuros, formatNumber, formatPoints } from './format.js';
import { diagText } from '../wording/diagnostic.js';
import { getTerminalLang } from '../wording/lang.js';

/**
 * Templates: `templates/<lang>/<name>.hbs` for text; short labels come from the wording catalog (src/wording/), which
 * `<dir>/<lang>/labels.yaml` overrides key by key.
 * A user folder given with --templates is searched first, file by file, so a buyer can override one section.
 */
export interface TemplateSet {
  readonly lang: Lang;
  /**
   * Render the template `name` with `view` and parse its markup into blocks. The view's strings reach the blocks
   * literally (literal.ts); `tables` builds the data tables that `::table NAME` places.
   */
  blocks(name: string, view: object, tables: TableBuilder): Block[];
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
  const find = (rel: string): string | undefined => {
    for (const base of [overrideDir, BUNDLED_TEMPLATES_DIR]) {
      if (!base) continue;
      const f = join(base, lang, rel);
      if (existsSync(f)) return f;
    }
    return undefined;
  };
  if (overrideDir) checkOverrideDir(overrideDir);
  // Short labels come from the wording catalog, overridden key by key by the folder's <lang>/labels.yaml.
  const words = loadDocumentWords(lang, overrideDir);
  const label = (key: string, vars: Record<string, string | number> = {}): string => {
    if (!isDocumentKey(key)) throw new Error(`no document word "${key}" in the wording catalog (src/wording/${lang}/document.ts)`);
    return words.t(key, vars);
  };

  // Helpers are registered with `literalHelper`: they see the buyer's values decoded (see literal.ts) and what they
  // print from them is a value again, never markup. `t` prints catalogue wording, which belongs to the templates.
  hb.registerHelper('t', (key: string) => label(key));
  literalHelper(hb, 'pts', (hundredths) => formatPoints(hundredths as number, lang));
  literalHelper(hb, 'num', (x, decimals) => formatNumber(x as number, lang, typeof decimals === 'number' ? decimals : 0));
  literalHelper(hb, 'eur', (x) => formatEuros(x as number, lang));
  literalHelper(hb, 'date', (iso) => formatDate(iso as string, lang));
  literalHelper(hb, 'join', (xs, sep) => (Array.isArray(xs) ? xs.join(typeof sep === 'string' ? sep : ', ') : ''));
  literalHelper(hb, 'eq', (a, b) => a === b);
  literalHelper(hb, 'gt', (a, b) => (a as number) > (b as number));
  literalHelper(hb, 'lower', (s) => (typeof s === 'string' ? s.charAt(0).toLowerCase() + s.slice(1) : s));
  // A buyer's sentence followed by the template's own text ends with a full stop, unless it already ends a sentence.
  literalHelper(hb, 'sentence', (s) => (typeof s === 'string' ? endSentence(s) : s));
  // A buyer's item in an enumeration the template punctuates: " ;" after each item, a full stop after the last.
  literalHelper(hb, 'listItem', (s, last) => (typeof s === 'string' ? endListItem(s, last === true, lang) : s));

  const compiled = new Map<string, { tpl: HandlebarsTemplateDelegate; source: string }>();
  const compile = (name: string): { file: string; tpl: HandlebarsTemplateDelegate; source: string } => {
    const file = find(`${name}.hbs`);
    if (!file) throw new InputError([{ code: 'template-missing', severity: 'error', file: join(overrideDir ?? BUNDLED_TEMPLATES_DIR, lang, `${name}.hbs`), message: t(getTerminalLang(), 'template.missing', { name: `${lang}/${name}.hbs` }) }]);
    let entry = compiled.get(file);
    if (!entry) {
      // The one text reader: a size limit, any encoding a buyer's editor writes, a folder or a pipe refused.
      const source = readTextInput(file, { kind: 'template' }).text;
      let ast: hbs.AST.Program;
      try {
        ast = hb.parse(source); // compile() is lazy: parse now so a syntax error names the template and its line
      } catch (err) {
        throw templateError('template-syntax', file, err);
      }
      const problems = checkTemplate(hb, ast, file);
      if (problems.length) throw new InputError(problems);
      // noEscape: Handlebars' escaping is HTML's; the buyer's values are protected by literal.ts instead.
      entry = { tpl: hb.compile(source, { noEscape: true, strict: false }), source };
      compiled.set(file, entry);
    }
    return { file, ...entry };
  };

  return {
    lang,
    label,
    blocks(name, view, tables) {
      const { file, tpl, source } = compile(name);
      const literals = new Literals();
      let text: string;
      try {
        text = withinBudget(file, () => tpl(literals.encodeView(view), { data: { literals } }));
      } catch (err) {
        if (err instanceof InputError) throw err;
        throw templateError('template-error', file, err);
      }
      try {
        return parseMarkup(text, tables, literals.decode);
      } catch (err) {
        if (!(err instanceof MarkupError)) throw err;
        const line = sourceLine(source, err.directive, literals.decode);
        throw new InputError([{ code: 'template-markup', severity: 'error', file, line, col: line ? 1 : undefined, message: t(getTerminalLang(), 'template.markup', { detail: err.message }) }]);
      }
    },
  };
}

/** Register a helper that sees decoded values and whose string result is a value (a token), not template text. */
function literalHelper(hb: typeof Handlebars, name: string, fn: (...args: unknown[]) => unknown): void {
  hb.registerHelper(name, (...args: unknown[]) => {
    const options = args.pop() as Handlebars.HelperOptions;
    const literals = (options.data as { literals?: Literals } | undefined)?.literals;
    if (!literals) return fn(...args, options);
    const result = fn(...args.map(literals.reveal));
    return typeof result === 'string' ? literals.encode(result) : result;
  });
}

/**
 * An item of an enumeration introduced by a colon: French puts " ;" after each item and a full stop after the last
 * (English ";" and "."). An item the buyer already punctuated is left as typed.
 */
export function endListItem(text: string, last: boolean, lang: Lang): string {
  const trimmed = text.trimEnd();
  if (!trimmed || /[.!?…:;][\s"'»”’)\]]*$/u.test(trimmed)) return text;
  if (last) return `${trimmed}.`;
  return lang === 'fr' ? `${trimmed} ;` : `${trimmed};`;
}

export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed || /[.!?…:;][\s"'»”’)\]]*$/u.test(trimmed)) return text;
  return `${trimmed}.`;
}

const BUILT_IN_ONE_ARGUMENT = new Set(['if', 'unless', 'with', 'each']);

/**
 * What Handlebars would only find when it runs (a helper that does not exist, `#if` without its argument, a partial
 * never registered) is found here, with the line, so a template error is the author's input error, not our crash.
 */
function checkTemplate(hb: typeof Handlebars, ast: hbs.AST.Program, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const at = (node: hbs.AST.Node, message: string): void => {
    problems.push({ code: 'template-error', severity: 'error', file, line: node.loc.start.line, col: node.loc.start.column + 1, message });
  };
  const call = (node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression, block: boolean): void => {
    if (node.path.type !== 'PathExpression') return;
    const path = node.path as hbs.AST.PathExpression;
    const name = path.original;
    const args = node.params.length + (node.hash?.pairs.length ?? 0);
    if (BUILT_IN_ONE_ARGUMENT.has(name) && node.params.length !== 1) at(node, t(getTerminalLang(), 'template.one-argument', { helper: `${block ? '#' : ''}${name}` }));
    else if (args > 0 && !path.data && path.parts.length === 1 && !(name in hb.helpers)) at(node, t(getTerminalLang(), 'template.unknown-helper', { name }));
  };
  const visitor = new Handlebars.Visitor(); // the module's, not the environment's: create() copies only the runtime
  const base = {
    mustache: visitor.MustacheStatement.bind(visitor),
    block: visitor.BlockStatement.bind(visitor),
    sexpr: visitor.SubExpression.bind(visitor),
  };
  visitor.MustacheStatement = (node) => {
    call(node, false);
    base.mustache(node);
  };
  visitor.BlockStatement = (node) => {
    call(node, true);
    base.block(node);
  };
  visitor.SubExpression = (node) => {
    call(node, false);
    base.sexpr(node);
  };
  visitor.PartialStatement = (node) => {
    const name = (node.name as hbs.AST.PathExpression).original;
    if (!(name in hb.partials)) at(node, t(getTerminalLang(), 'template.unknown-partial', { name }));
  };
  visitor.accept(ast);
  return problems;
}

/**
 * The template line of a markup directive that failed. Rendering loses line numbers, so the directive is matched
 * against the template's directive lines, each `{{…}}` in them standing for any text.
 */
function sourceLine(source: string, directive: string, decode: (s: string) => string): number | undefined {
  const wanted = decode(directive).trim();
  const lines = source.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (!line.startsWith('::')) continue;
    const pattern = line.split(/\{\{[^}]*\}\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    if (new RegExp(`^${pattern}$`, 's').test(wanted)) return k + 1;
  }
  return undefined;
}

/** A --templates folder that does not exist is a typo, not a wish for the bundled wording: refused. */
function checkOverrideDir(dir: string): void {
  const args = { option: '--templates', file: dir };
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (err) {
    if (isSystemError(err) && err.code === 'ENOENT') throw new InputError([{ code: 'folder-not-found', severity: 'error', file: dir, ...diagText('folder-not-found', args, getTerminalLang()), args }]);
    throw toInputError(err, { file: dir, action: 'read' }) ?? err;
  }
  if (!isDir) throw new InputError([{ code: 'not-a-folder', severity: 'error', file: dir, ...diagText('not-a-folder', args, getTerminalLang()), args }]);
}

/** Handlebars messages span several lines ("Parse error on line 3: … Expecting 'OPEN_ENDBLOCK', got 'EOF'"). */
function templateError(code: string, file: string, err: unknown): InputError {
  const text = String((err as Error).message ?? err);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const line = Number(/line (\d+)/.exec(text)?.[1] ?? 0) || undefined;
  const detail = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : lines[0] ?? '?';
  const message = t(getTerminalLang(), 'template.error', { detail });
  return new InputError([{ code, severity: 'error', file, line, col: line ? 1 : undefined, message }]);
}
