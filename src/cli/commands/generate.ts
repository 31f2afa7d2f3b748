import type { Command } from 'commander';
import { checkOptions, rules } from '../options.js';
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
  dce: boolean;
}

/** Checked before any work; commander only collects the strings (src/cli/options.ts). */
const OPTION_RULES = [
  rules.int('jobs', '--jobs', 1, 200),
  rules.int('bidders', '--bidders', 1, 200),
  rules.lang(),
  rules.choice('format', '--format', ['docx', 'md']),
  rules.folder('templates', '--templates'),
  rules.folder('criteria', '--criteria'),
  rules.outFolder('out', '--out'),
];

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('Generate the DOCX tender specification and the scoring grids (DOCX, XLSX) from spec YAML files.')
    .argument('<specs...>', 'spec YAML files, directories (every *.yaml below) or globs')
    .requiredOption('-o, --out <dir>', 'output directory')
    .option('--lang <lang>', "documents' language: fr or en (default: the spec's language)")
    .option('--templates <dir>', 'folder whose fr/ and en/ templates override the bundled ones, file by file')
    .option('--criteria <dir>', 'extra criteria folder (libraries *.yaml, profiles/*.yaml); repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-f, --force', 'overwrite existing output files', false)
    .option('--bidders <n>', 'number of bidder columns in the XLSX grid (1 to 200)', '5')
    .option('--no-lint', 'generate even when lint finds errors')
    .option('--lint-annex', 'print lint warnings in an annex of the specification', false)
    .option('--format <format>', 'docx: spec + grids; md: the specification as Markdown only', 'docx')
    .option('--dce', 'write the tender file (DCE): <name>/ with numbered pieces (RC, CCTP…), <name>/interne/ (scoring grids) and <name>-DCE.zip (the pieces to publish)', false)
    .option('--toc-page-numbers', 'lay the pages out to print page numbers in the table of contents (about 1 s per document)', false)
    .option('--json', 'print a machine-readable summary on stdout', false)
    .option('-q, --quiet', 'print only errors and the summary', false)
    .option('-j, --jobs <n>', 'parallel workers for several specs, 1 to 200 (default: number of cores)')
    .addHelpText(
      'after',
      `
Examples:
  $ efc-tender generate examples/sicoval-waste.yaml -o out
  $ efc-tender generate examples/ -o out --force --jobs 2
  $ efc-tender generate 'territories/**/*.yaml' -o out --json
  $ efc-tender generate examples/rural-mobility.yaml -o out --lang en --bidders 8
  $ efc-tender generate my-spec.yaml -o out --templates my-templates --lint-annex
  $ efc-tender generate my-spec.yaml -o final --toc-page-numbers   # publication copy
  $ efc-tender generate examples/sicoval-waste.yaml -o out --dce    # the tender file (DCE) and its upload zip

Writes <name>-spec.docx, <name>-grid.docx and <name>-grid.xlsx for each spec (<name> = file name without .yaml);
with --dce, the tender file instead: <name>/01-RC.docx, <name>/04-CCTP.docx…, <name>/interne/, <name>-DCE.zip.
Nothing is written for a spec with errors; existing files are kept unless --force.`,
    )
    .action(
      action(async (specs: string[], opts: GenerateCliOptions) => {
        const checked = checkOptions(opts, OPTION_RULES);
        const { runGenerate } = await import('./generate-run.js');
        await runGenerate(specs, checked);
      }),
    );
}
