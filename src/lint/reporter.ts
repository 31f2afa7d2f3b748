import type { Lang } from '../model/common.js';
import { formatPath } from '../model/diagnostic.js';
import type { Severity } from '../model/diagnostic.js';
import { plural, t } from '../wording/catalog.js';
import { countBySeverity, type FileResult } from './index.js';
import { message, ruleDescriptionIn, text, withLot } from './messages.js';
import { RULES } from './registry.js';
import type { LintFinding, Rule } from './types.js';

/** The subset of chalk the reporter uses, so the core does not depend on the terminal. */
export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function sev(s: Severity, c: Colors, lang: Lang): string {
  const width = Math.max(...SEVERITIES.map((x) => t(lang, `cli.severity.${x}`).length));
  const padded = t(lang, `cli.severity.${s}`).padEnd(width);
  return s === 'error' ? c.red(padded) : s === 'warning' ? c.yellow(padded) : c.blue(padded);
}

/** A finding's message and hint in `lang`: re-worded from its data; load and selection diagnostics keep their text. */
export function findingText(f: LintFinding, lang: Lang): { message: string; hint?: string } {
  const rule = RULES.get(f.rule);
  if (!rule || f.messageId === 'input') return { message: f.message, hint: f.hint };
  return { message: withLot(message(rule.meta, f.messageId, f.args, lang), f.lot, lang), hint: f.hintText ? text(f.hintText, lang, f.args) : f.hint };
}

/**
 * eslint's "stylish" layout: one block per file, one line per finding (line:col, severity, message, rule id), then a
 * summary. Each file's findings speak `lang` when given (--lang), else the file's spec language; the summary speaks
 * `lang`, else the specs' common language, else `fallback` (the locale).
 */
export function formatStylish(results: readonly FileResult[], c: Colors, o: { lang?: Lang; fallback?: Lang } = {}): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const lang = o.lang ?? r.lang ?? o.fallback ?? 'fr';
    out.push(c.underline(r.file));
    const locs = r.findings.map((f) => (f.line ? `${f.line}:${f.col ?? 1}` : ''));
    const width = Math.max(...locs.map((l) => l.length));
    const sevWidth = Math.max(...SEVERITIES.map((x) => t(lang, `cli.severity.${x}`).length));
    r.findings.forEach((f, i) => {
      const { message: msg, hint } = findingText(f, lang);
      const path = formatPath(f.path);
      const where = f.file && f.file !== r.file ? c.dim(` ${t(lang, 'lint.inFile', { file: f.file })}`) : '';
      out.push(`  ${c.dim(locs[i]!.padEnd(width))}  ${sev(f.severity, c, lang)}  ${msg}${where}${path ? c.dim(` ${t(lang, 'cli.at', { path })}`) : ''}  ${c.dim(f.code)}`);
      if (hint) out.push(`  ${' '.repeat(width)}  ${' '.repeat(sevWidth)}  ${c.dim(t(lang, 'cli.hint'))} ${hint}`);
    });
    out.push('');
  }
  out.push(summaryLine(results, c, summaryLang(results, o)));
  return out.join('\n') + '\n';
}

/** --lang, else the language every spec shares, else the fallback (the locale), else French. */
export function summaryLang(results: readonly FileResult[], o: { lang?: Lang; fallback?: Lang } = {}): Lang {
  if (o.lang) return o.lang;
  const langs = new Set(results.map((r) => r.lang));
  const [only] = [...langs];
  return langs.size === 1 && only ? only : (o.fallback ?? 'fr');
}

export function summaryLine(results: readonly FileResult[], c: Colors, lang: Lang = 'fr'): string {
  const n = countBySeverity(results.flatMap((r) => r.findings));
  const total = n.error + n.warning + n.info;
  const files = plural(lang, 'lint.file', results.length);
  if (total === 0) return c.green(plural(lang, 'lint.clean', results.length, { files }));
  const line = t(lang, 'lint.summary', {
    mark: n.error ? '✖' : '!',
    problems: plural(lang, 'lint.problem', total),
    files,
    errors: plural(lang, 'lint.error', n.error),
    warnings: plural(lang, 'lint.warning', n.warning),
    infos: n.info,
  });
  return n.error ? c.red(c.bold(line)) : c.yellow(c.bold(line));
}

/** Machine-readable output: one entry per file with its counts and findings (Diagnostic fields plus rule data). */
export function formatJson(results: readonly FileResult[], lang?: Lang): string {
  const files = results.map((r) => {
    const n = countBySeverity(r.findings);
    return {
      file: r.file,
      errorCount: n.error,
      warningCount: n.warning,
      infoCount: n.info,
      findings: r.findings.map((f) => {
        const worded = lang ? findingText(f, lang) : { message: f.message, hint: f.hint };
        return {
          rule: f.rule,
          severity: f.severity,
          message: worded.message,
          messageId: f.messageId,
          args: f.args,
          file: f.file,
          line: f.line,
          col: f.col,
          path: f.path,
          hint: worded.hint,
          docs: f.docs,
          ...(f.lot !== undefined ? { lot: f.lot } : {}),
        };
      }),
    };
  });
  const n = countBySeverity(results.flatMap((r) => r.findings));
  return JSON.stringify({ ok: n.error === 0, errorCount: n.error, warningCount: n.warning, infoCount: n.info, files }, null, 2) + '\n';
}

export function formatRuleList(rules: Iterable<Rule>, c: Colors, lang: Lang = 'fr'): string {
  const list = [...rules];
  const width = Math.max(...list.map((r) => r.meta.id.length));
  return list.map((r) => `${c.bold(r.meta.id.padEnd(width))}  ${sev(r.meta.severity, c, lang)}  ${ruleDescriptionIn(r.meta.id, lang)}`).join('\n') + '\n';
}

export function ruleListJson(rules: Iterable<Rule>, lang?: Lang): string {
  return JSON.stringify([...rules].map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: lang ? ruleDescriptionIn(r.meta.id, lang) : r.meta.description, docs: r.meta.docs })), null, 2) + '\n';
}
