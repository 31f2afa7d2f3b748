import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { countBySeverity, lintFiles, RULES } from '../../lint/index.js';
import { formatJson, formatRuleList, formatStylish, ruleListJson, summaryLang } from '../../lint/reporter.js';
import { printable, printableDiagnostic } from '../../model/diagnostic.js';
import { InputError, inputError } from '../../model/errors.js';
import { t } from '../../wording/catalog.js';
import { localeLang } from '../../wording/lang.js';
import { localize } from '../messages.js';
import { getTerminalLang, makeColor, setTerminalLang } from '../ui.js';
import type { LintCliOptions } from './lint.js';

/** A folder stands for the *.yaml files directly inside it, sorted, so runs are reproducible. */
function expand(specs: readonly string[]): string[] {
  const empty: string[] = [];
  const files = specs.flatMap((s) => {
    let isDir = false;
    try {
      isDir = statSync(s).isDirectory();
    } catch {
      return [s]; // lintFile reports the unreadable file with the others
    }
    if (!isDir) return [s];
    const inside = readdirSync(s).filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => join(s, f));
    if (inside.length === 0) empty.push(s);
    return inside;
  });
  // A folder with no spec is a wrong path, not a clean bill of health.
  if (empty.length) throw new InputError(empty.map((dir) => ({ code: 'no-spec-in-folder', severity: 'error' as const, file: dir, message: `no *.yaml spec file in folder ${dir}`, hint: 'give the spec files, or the folder that holds them' })));
  return files;
}

export async function runLint(specs: readonly string[], opts: LintCliOptions): Promise<void> {
  const c = makeColor(process.stdout);
  if (opts.listRules) {
    process.stdout.write(opts.json ? ruleListJson(RULES.values(), opts.lang) : formatRuleList(RULES.values(), c, getTerminalLang()));
    return;
  }
  const files = expand(specs);
  const lang0 = getTerminalLang();
  if (files.length === 0) throw inputError('no-input', t(lang0, 'lint.noSpec'), { hint: t(lang0, 'lint.noSpecHint') });
  const raw = lintFiles(files, { criteriaDirs: opts.criteria });
  // Each file's findings speak its spec's language unless --lang says otherwise; the summary, the specs' common one.
  const words = { lang: opts.lang, fallback: localeLang(process.env) };
  setTerminalLang(summaryLang(raw, words));
  const results = raw.map((r) => ({ ...r, findings: r.findings.map((f) => localize(f)) }));
  // JSON escapes control characters itself; the terminal report shows them as \uXXXX (a file name is user text).
  const shown = results.map((r) => ({ ...r, file: printable(r.file), findings: r.findings.map((f) => printableDiagnostic(f)) }));
  process.stdout.write(opts.json ? formatJson(results, opts.lang) : formatStylish(shown, c, words));
  const n = countBySeverity(results.flatMap((r) => r.findings));
  const tooManyWarnings = opts.maxWarnings !== undefined && n.warning > opts.maxWarnings;
  if (tooManyWarnings && !opts.json) process.stdout.write(c.yellow(t(getTerminalLang(), 'lint.tooManyWarnings', { max: opts.maxWarnings! }) + '\n'));
  process.exitCode = n.error > 0 || tooManyWarnings ? 1 : 0;
}
