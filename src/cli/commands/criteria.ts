import { Command, Option } from 'commander';
import { checkOptions, rules } from '../options.js';
import { terminalLang } from '../../wording/lang.js';
import { action } from '../ui.js';

export interface CriteriaCliOptions {
  function?: string;
  library?: string;
  lang: 'fr' | 'en';
  json: boolean;
  criteria: string[];
}

// Default: the locale's language (French unless it says English), as for every command's messages.
const langOption = () => new Option('--lang <lang>', 'language of labels and texts: fr or en (default: the locale, French unless it says English)').default(terminalLang());
const OPTION_RULES = [rules.lang(), rules.folder('criteria', '--criteria')];
const checked = (opts: CriteriaCliOptions): CriteriaCliOptions => checkOptions(opts, OPTION_RULES);
const extraDirs = () => new Option('--criteria <dir>', 'extra criteria folder; repeatable').argParser((v: string, acc: string[] = []) => [...acc, v]).default([] as string[]);

/** criteria list / show / functions / profiles: browse the bundled libraries without writing a spec. */
export function registerCriteria(program: Command): void {
  const cmd = program.command('criteria').description('Browse the criteria libraries, life functions and weighting profiles.');
  cmd
    .command('list')
    .description('List the criteria of the libraries (id, library, family, effects or means, default).')
    .option('--function <id>', 'only the criteria that apply to this life function (e.g. se-deplacer)')
    .option('--library <id>', 'only the criteria of this library')
    .addOption(langOption())
    .addOption(extraDirs())
    .option('--json', 'print JSON on stdout', false)
    .addHelpText('after', '\nExamples:\n  $ efc-tender criteria list --function gerer-dechets\n  $ efc-tender criteria list --library efc-core --json')
    .action(action(async (opts: CriteriaCliOptions) => (await import('./criteria-run.js')).listCriteria(checked(opts))));
  cmd
    .command('show')
    .description('Show one criterion: question, evidence asked, the six anchored levels, indicators.')
    .argument('<id>', 'criterion id (see criteria list)')
    .addOption(langOption())
    .addOption(extraDirs())
    .option('--json', 'print JSON on stdout', false)
    .addHelpText('after', '\nExamples:\n  $ efc-tender criteria show <id>\n  $ efc-tender criteria show <id> --lang en --json')
    .action(action(async (id: string, opts: CriteriaCliOptions) => (await import('./criteria-run.js')).showCriterion(id, checked(opts))));
  cmd
    .command('functions')
    .description('List the life functions, their stakes and typical indicators.')
    .addOption(langOption())
    .addOption(extraDirs())
    .option('--json', 'print JSON on stdout', false)
    .addHelpText('after', '\nExample:\n  $ efc-tender criteria functions')
    .action(action(async (opts: CriteriaCliOptions) => (await import('./criteria-run.js')).listFunctions(checked(opts))));
  cmd
    .command('profiles')
    .description('List the weighting profiles and the points they give each award criterion.')
    .addOption(langOption())
    .addOption(extraDirs())
    .option('--json', 'print JSON on stdout', false)
    .addHelpText('after', '\nExample:\n  $ efc-tender criteria profiles')
    .action(action(async (opts: CriteriaCliOptions) => (await import('./criteria-run.js')).listProfiles(checked(opts))));
}
