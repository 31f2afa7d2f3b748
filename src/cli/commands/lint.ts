import { Option, type Command } from 'commander';
import { checkOptions, rules } from '../options.js';
import { action } from '../ui.js';

interface LintCliOptions {
  json: boolean;
  listRules: boolean;
  criteria: string[];
  maxWarnings?: number;
  lang?: 'fr' | 'en';
}

const OPTION_RULES = [rules.int('maxWarnings', '--max-warnings', 0, 1_000_000), rules.lang(), rules.folder('criteria', '--criteria')];

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('Check specs before publication: legal rules (weights, environmental criterion, price formula…) and EFC rules (effects, not means).')
    .argument('[specs...]', 'spec YAML files or folders (every *.yaml directly inside)')
    .option('--json', 'print findings as JSON on stdout', false)
    .option('--list-rules', 'print every rule with its id, severity and description', false)
    .option('--criteria <dir>', 'extra criteria folder (libraries *.yaml, profiles/*.yaml); repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addOption(new Option('--lang <lang>', "language of the messages: fr or en (default: each spec's language, else the locale)"))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this (a whole number ≥ 0)')
    .addHelpText(
      'after',
      `
Examples:
  $ efc-tender lint examples/*.yaml
  $ efc-tender lint my-spec.yaml --max-warnings 0
  $ efc-tender lint my-spec.yaml --json > findings.json
  $ efc-tender lint my-spec.yaml --criteria my-criteria
  $ efc-tender lint --list-rules

Exit codes: 0 no error (and warnings within --max-warnings), 1 errors found or invalid input, 2 internal error.
Each rule is documented in the README under its id, with a passing and a failing example.`,
    )
    .action(
      action(async (specs: string[], opts: LintCliOptions) => {
        const { runLint } = await import('./lint-run.js');
        await runLint(specs, checkOptions(opts, OPTION_RULES));
      }),
    );
}

export type { LintCliOptions };
