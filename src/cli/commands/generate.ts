import { Command, Option } from 'commander';
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
}

const positiveInt = (name: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new Error(`${name} must be a whole number from 1 to 200`);
  return n;
};

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('Generate the DOCX tender specification and the scoring grids (DOCX, XLSX) from spec YAML files.')
    .argument('<specs...>', 'spec YAML files, directories (every *.yaml below) or globs')
    .requiredOption('-o, --out <dir>', 'output directory')
    .addOption(new Option('--lang <lang>', "documents' language (default: the spec's language)").choices(['fr', 'en']))
    .option('--templates <dir>', 'folder whose fr/ and en/ templates override the bundled ones, file by file')
    .option('--criteria <dir>', 'extra criteria folder (libraries *.yaml, profiles/*.yaml); repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-f, --force', 'overwrite existing output files', false)
    .option('--bidders <n>', 'number of bidder columns in the XLSX grid', positiveInt('--bidders'), 5)
    .option('--no-lint', 'generate even when lint finds errors')
    .option('--lint-annex', 'print lint warnings in an annex of the specification', false)
    .addOption(new Option('--format <format>', 'docx: spec + grids; md: the specification as Markdown only').choices(['docx', 'md']).default('docx'))
    .option('--toc-page-numbers', 'lay the pages out to print page numbers in the table of contents (about 1 s per document)', false)
    .option('--json', 'print a machine-readable summary on stdout', false)
    .option('-q, --quiet', 'print only errors and the summary', false)
    .option('-j, --jobs <n>', 'parallel workers for several specs (default: number of cores)', positiveInt('--jobs'))
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

Writes <name>-spec.docx, <name>-grid.docx and <name>-grid.xlsx for each spec (<name> = file name without .yaml).
Nothing is written for a spec with errors; existing files are kept unless --force.`,
    )
    .action(
      action(async (specs: string[], opts: GenerateCliOptions) => {
        const { runGenerate } = await import('./generate-run.js');
        await runGenerate(specs, opts);
      }),
    );
}
