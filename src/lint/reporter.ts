import { formatPath } from '../model/diagnostic.js';
import type { Severity } from '../model/diagnostic.js';
import { countBySeverity, type FileResult } from './index.js';
import type { Rule } from './types.js';

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

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

function sev(s: Severity, c: Colors): string {
  const padded = s.padEnd(7);
  return s === 'error' ? c.red(padded) : s === 'warning' ? c.yellow(padded) : c.blue(padded);
}

/** eslint's "stylish" layout: one block per file, one line per finding (line:col, severity, message, rule id), then a summary. */
export function formatStylish(results: readonly FileResult[], c: Colors): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push(c.underline(r.file));
    const locs = r.findings.map((f) => (f.line ? `${f.line}:${f.col ?? 1}` : ''));
    const width = Math.max(...locs.map((l) => l.length));
    r.findings.forEach((f, i) => {
      const path = formatPath(f.path);
      const where = f.file && f.file !== r.file ? c.dim(` (in ${f.file})`) : '';
      out.push(`  ${c.dim(locs[i]!.padEnd(width))}  ${sev(f.severity, c)}  ${f.message}${where}${path ? c.dim(` (at ${path})`) : ''}  ${c.dim(f.code)}`);
      if (f.hint) out.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${c.dim('hint:')} ${f.hint}`);
    });
    out.push('');
  }
  out.push(summaryLine(results, c));
  return out.join('\n') + '\n';
}

export function summaryLine(results: readonly FileResult[], c: Colors): string {
  const n = countBySeverity(results.flatMap((r) => r.findings));
  const total = n.error + n.warning + n.info;
  const files = plural(results.length, 'file');
  if (total === 0) return c.green(`✔ ${files} checked, no problems`);
  const text = `${n.error ? '✖' : '!'} ${plural(total, 'problem')} in ${files} (${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}, ${n.info} info)`;
  return n.error ? c.red(c.bold(text)) : c.yellow(c.bold(text));
}

/** Machine-readable output: one entry per file with its counts and findings (Diagnostic fields plus rule data). */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((r) => {
    const n = countBySeverity(r.findings);
    return {
      file: r.file,
      errorCount: n.error,
      warningCount: n.warning,
      infoCount: n.info,
      findings: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        messageId: f.messageId,
        args: f.args,
        file: f.file,
        line: f.line,
        col: f.col,
        path: f.path,
        hint: f.hint,
        docs: f.docs,
      })),
    };
  });
  const n = countBySeverity(results.flatMap((r) => r.findings));
  return JSON.stringify({ ok: n.error === 0, errorCount: n.error, warningCount: n.warning, infoCount: n.info, files }, null, 2) + '\n';
}

export function formatRuleList(rules: Iterable<Rule>, c: Colors): string {
  const list = [...rules];
  const width = Math.max(...list.map((r) => r.meta.id.length));
  return list.map((r) => `${c.bold(r.meta.id.padEnd(width))}  ${sev(r.meta.severity, c)}  ${r.meta.description}`).join('\n') + '\n';
}

export function ruleListJson(rules: Iterable<Rule>): string {
  return JSON.stringify([...rules].map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description, docs: r.meta.docs })), null, 2) + '\n';
}
