import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { countBySeverity, lintFiles, RULES } from '../../lint/index.js';
import { formatJson, formatRuleList, formatStylish, ruleListJson, summaryLang } from '../../lint/reporter.js';
import { inputError } from '../../model/errors.js';
import { t } from '../../wording/catalog.js';
import { localeLang } from '../../wording/lang.js';
import { getTerminalLang, makeColor, setTerminalLang } from '../ui.js';
import type { LintCliOptions } from './lint.js';

/** A folder stands for the *.yaml files directly inside it, sorted, so runs are reproducible. */
function expand(specs: readonly string[]): string[] {
  return specs.flatMap((s) => {
    let isDir = false;
    try {
      isDir = statSync(s).isDirectory();
    } catch {
      return [s]; // lintFile reports the unreadable file with the others
    }
    return isDir ? readdirSync(s).filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => join(s, f)) : [s];
  });
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
  const results = lintFiles(files, { criteriaDirs: opts.criteria });
  // Each file's findings speak its spec's language unless --lang says otherwise; the summary, the specs' common one.
  const words = { lang: opts.lang, fallback: localeLang(process.env) };
  setTerminalLang(summaryLang(results, words));
  process.stdout.write(opts.json ? formatJson(results, opts.lang) : formatStylish(results, c, words));
  const n = countBySeverity(results.flatMap((r) => r.findings));
  const tooManyWarnings = opts.maxWarnings !== undefined && n.warning > opts.maxWarnings;
  if (tooManyWarnings && !opts.json) process.stdout.write(c.yellow(t(getTerminalLang(), 'lint.tooManyWarnings', { max: opts.maxWarnings! }) + '\n'));
  process.exitCode = n.error > 0 || tooManyWarnings ? 1 : 0;
}
