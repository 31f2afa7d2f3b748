import { at, type Severity } from '../model/diagnostic.js';
import { docsAnchor, message, text } from './messages.js';
import type { LintContext, LintFinding, Report, Rule } from './types.js';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Run rules over one spec. Findings are data: code = rule id, message id and arguments; `message` and `hint` are
 * worded in the spec's language (French for a French spec), and the data lets a reader re-word them (--lang, annex). A rule that crashes is our bug: it throws.
 */
export function runRules(ctx: LintContext, rules: Iterable<Rule>): LintFinding[] {
  const out: LintFinding[] = [];
  const lang = ctx.loaded.spec.language;
  for (const rule of rules) {
    const report = (r: Report): void => {
      const pos = r.pos ?? (r.path ? ctx.loaded.source.positionOf(r.path) : undefined);
      out.push({
        code: rule.meta.id,
        rule: rule.meta.id,
        severity: r.severity ?? rule.meta.severity,
        messageId: r.messageId,
        args: r.args ?? {},
        message: message(rule.meta, r.messageId, r.args, lang),
        ...at(pos ?? { file: ctx.loaded.source.file, line: 1, col: 1 }),
        path: r.path,
        hint: text(r.hint, lang, r.args),
        hintText: r.hint,
        docs: rule.meta.docs || docsAnchor(rule.meta.id),
      });
    };
    rule.check({ ...ctx, report });
  }
  return sortFindings(out);
}

/** Deterministic order: file, line, column, then severity, rule, message id and message. */
export function sortFindings<T extends LintFinding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      cmp(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.col ?? 0) - (b.col ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cmp(a.code, b.code) ||
      cmp(a.messageId, b.messageId) || // the message id, not the sentence: the order must not depend on the language
      cmp(a.message, b.message),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
