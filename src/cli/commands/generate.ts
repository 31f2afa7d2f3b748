import { Option, type Command } from 'commander';
import type { Diagnostic } from '../../model/diagnostic.js';
import { InputError } from '../../model/errors.js';
import { DEFAULT_LAYOUT, OUTPUT_LAYOUTS, type OutputLayout } from '../../generate/layout.js';
import { checkOptions, optionProblem, rules } from '../options.js';
import { action } from '../ui.js';

export interface GenerateCliOptions {
  out: string;
  lang?: 'fr' | 'en';
  templates?: string;
  criteria: string[];
  force: boolean;
  bidders: number;
  lint: boolean;
  lintAnnex: boolean;
  format: 'docx' | 'md';
  json: boolean;
  quiet: boolean;
  jobs?: number;
  tocPageNumbers: boolean;
  /** As typed (absent: the default, DEFAULT_LAYOUT); resolved by withLayout before generate-run sees it. */
  layout?: OutputLayout;
  /** The former option, kept so scripts do not break: --layout dce. */
  dce: boolean;
}

/** Checked before any work; commander only collects the strings (src/cli/options.ts). */
const OPTION_RULES = [
  rules.int('jobs', '--jobs', 1, 200),
  rules.int('bidders', '--bidders', 1, 200),
  rules.lang(),
  rules.choice('format', '--format', ['docx', 'md']),
  rules.choice('layout', '--layout', OUTPUT_LAYOUTS),
  rules.folder('templates', '--templates'),
  rules.folder('criteria', '--criteria'),
  rules.outFolder('out', '--out'),
];

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('Generate the tender file (DCE: RC, AE, CCAP, CCTP, cadre de réponse, price schedule, scoring grids, upload zip) from spec YAML files.')
    .argument('<specs...>', 'spec YAML files, directories (every *.yaml below) or globs')
    .requiredOption('-o, --out <dir>', 'output directory')
    .option('--lang <lang>', "documents' language: fr or en (default: the spec's language)")
    .option('--templates <dir>', 'folder whose fr/ and en/ templates override the bundled ones, file by file')
    .option('--criteria <dir>', 'extra criteria folder (libraries *.yaml, profiles/*.yaml); repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-f, --force', 'overwrite existing output files', false)
    .option('--bidders <n>', 'number of bidder columns in the XLSX grid (1 to 200)', '5')
    .option('--no-lint', 'generate even when lint finds errors')
    .option('--layout <layout>', 'dce (default): the tender file, <name>/ with numbered pieces, <name>/interne/ (scoring grids) and <name>-DCE.zip (the pieces to publish); spec: one specification document and the scoring grids, <name>-spec.docx, <name>-grid.docx, <name>-grid.xlsx')
    .addOption(new Option('--dce', 'the former name of --layout dce').default(false).hideHelp())
    .option('--format <format>', 'docx, or md: the documents as Markdown (DCE: every piece, no workbook; spec: the specification only)', 'docx')
    .option('--lint-annex', 'print lint warnings in an annex of the specification (with --layout spec)', false)
    .option('--toc-page-numbers', 'lay the pages out to print page numbers in the table of contents (about 1 s per document)', false)
    .option('--json', 'print a machine-readable summary on stdout', false)
    .option('-q, --quiet', 'print only errors and the summary', false)
    .option('-j, --jobs <n>', 'parallel workers for several specs, 1 to 200 (default: number of cores)')
    .addHelpText(
      'after',
      `
Examples:
  $ efc-tender generate examples/sicoval-waste.yaml -o out          # the tender file (DCE) and its upload zip
  $ efc-tender generate examples/ -o out --force --jobs 2
  $ efc-tender generate 'territories/**/*.yaml' -o out --json
  $ efc-tender generate examples/rural-mobility.yaml -o out --lang en --bidders 8
  $ efc-tender generate my-spec.yaml -o out --templates my-templates
  $ efc-tender generate my-spec.yaml -o final --toc-page-numbers   # publication copy
  $ efc-tender generate my-spec.yaml -o out --format md            # every piece as Markdown, to review or diff
  $ efc-tender generate my-spec.yaml -o out --layout spec --lint-annex   # one specification + grids, warnings annexed

Writes, for each spec (<name> = file name without .yaml), the tender file: <name>/01-RC.docx, 02-AE, 03-CCAP,
04-CCTP, 05-cadre-de-reponse (.docx), 06-<price schedule>.xlsx, <name>/interne/ (buyer only: scoring grids) and
<name>-DCE.zip (exactly the publishable pieces). With --layout spec: <name>-spec.docx, <name>-grid.docx, <name>-grid.xlsx.
Nothing is written for a spec with errors; existing files are kept unless --force.`,
    )
    .action(
      action(async (specs: string[], opts: GenerateCliOptions) => {
        const checked = withLayout(opts);
        const { runGenerate } = await import('./generate-run.js');
        await runGenerate(specs, checked);
      }),
    );
}

/**
 * checkOptions, then the layout: --layout as given, else --dce (its former name), else the default. Every problem at
 * once: --dce with --layout spec, and --lint-annex outside the spec layout (the DCE's pieces are published: lint
 * warnings have no place in them), are refused rather than one of them silently ignored.
 */
function withLayout(opts: GenerateCliOptions): GenerateCliOptions & { layout: OutputLayout } {
  const problems: Diagnostic[] = [];
  let checked = opts;
  try {
    checked = checkOptions(opts, OPTION_RULES);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    problems.push(...err.diagnostics);
  }
  const given = OUTPUT_LAYOUTS.find((l) => l === opts.layout);
  if (opts.dce && given && given !== 'dce') problems.push(optionProblem('layout-conflict', { option: '--dce', asked: 'dce', layout: given }));
  const layout: OutputLayout = given ?? (opts.dce ? 'dce' : DEFAULT_LAYOUT);
  if (opts.lintAnnex && layout !== 'spec') problems.push(optionProblem('option-needs-layout', { option: '--lint-annex', needed: 'spec', layout }));
  if (problems.length) throw new InputError(problems);
  return { ...checked, layout };
}
