import type { Command } from 'commander';
import { checkOptions, rules } from '../options.js';
import { action } from '../ui.js';

export interface ScoreCliOptions {
  marks: string[];
  prices?: string;
  priceSchedules?: string[];
  out?: string;
  json: boolean;
  lang?: 'fr' | 'en';
  allowMissing: boolean;
  spread?: number;
  date?: string;
  criteria: string[];
  force: boolean;
  templates?: string;
  regularity?: string;
  consensus?: string;
  final: boolean;
  lot?: number;
}

const OPTION_RULES = [
  rules.int('spread', '--spread', 1, 5),
  rules.int('lot', '--lot', 1, 999),
  rules.date('date', '--date'),
  rules.lang(),
  rules.folder('criteria', '--criteria'),
  rules.file('prices', '--prices'),
  rules.file('regularity', '--regularity'),
  rules.file('consensus', '--consensus'),
  rules.outFile('out', '--out'),
];

export function registerScore(program: Command): void {
  program
    .command('score')
    .description("Rank the offers from the committee's marks and the prices; write the rapport d'analyse des offres (DOCX).")
    .argument('<spec>', 'the spec YAML the tender was published with')
    .requiredOption('-m, --marks <files...>', 'filled XLSX grids made by generate, or CSV files bidder,criterion,mark,justification[,evaluator]; one or more per evaluator')
    .option('-p, --prices <file>', 'CSV bidder,price (XLSX grids carry their prices; with CSV marks, <spec name>-prices.csv beside the spec is used by default)')
    .option('--price-schedules <paths...>', "the bidders' filled price schedules (piece 06 of the DCE, one XLSX per bidder), or a folder of them: each scored price is computed as the RC defines it")
    .option('-o, --out <file>', 'report to write (default: <spec name>-rapport-analyse.docx, or -evaluation-report.docx with --lang en)')
    .option('--json', 'print the whole result as JSON on stdout (the report is still written when -o is given)', false)
    .option('--lang <lang>', "language of the report and the messages: fr or en (default: the spec's language)")
    .option('--allow-missing', 'rank even when marks are missing (they are listed; the ranking is provisional)', false)
    .option('--regularity <file>', 'CSV bidder,status,reason[,regularised][,price_justification]: each offer regular, irregular, unacceptable or inappropriate, examined before scoring')
    .option('--consensus <file>', "CSV bidder,criterion,mark,agreed_by,assessment: the committee's whole consensus mark per offer and sub-criterion, who agreed, and the collegial assessment")
    .option('--final', 'write the final report to sign; refused while any item is open (regularity, consensus, missing marks, price justifications)', false)
    .option('--spread <levels>', 'flag marks where evaluators differ by more than this many levels, 1 to 5 (default: the spec, else 2)')
    .option('--date <YYYY-MM-DD>', 'the committee’s date, printed on the report (default: left blank to be filled in by hand)')
    .option('--criteria <dir>', 'extra criteria folder, as for generate; repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--templates <dir>', "folder whose <lang>/labels.yaml overrides the report's words, key by key (as for generate)")
    .option('--lot <n>', 'a tender with lots: score this lot only (files without a "lot" column are taken as its); without it every lot is ranked, each line naming its lot')
    .option('-f, --force', 'overwrite an existing report', false)
    .addHelpText(
      'after',
      `
Examples:
  $ efc-tender score examples/sicoval-waste.yaml --marks examples/sicoval-waste-marks/*.csv
  $ efc-tender score examples/sicoval-waste.yaml --marks examples/sicoval-waste-marks/*.csv --prices examples/sicoval-waste-prices.csv -o rapport.docx
  $ efc-tender score spec.yaml --marks grids/*-grid.xlsx -o rapport.docx --date 2027-03-15
  $ efc-tender score spec.yaml --marks notes.csv --prices prix.csv --json > result.json
  $ efc-tender score spec.yaml --marks notes/*.csv --price-schedules offres/prix/ -o rapport.docx
  $ efc-tender score spec.yaml --marks a.csv b.csv --prices p.csv --lang en --allow-missing -o report.docx --force
  $ efc-tender score spec.yaml --marks notes/*.csv --regularity regularite.csv --consensus consensus.csv --final -o rapport.docx

Checks: marks outside the scale, marks without (or with too short) justification, wording that contradicts the
level, evaluators more than --spread levels apart, missing marks, abnormally low prices (two methods: a request
for justification, never an exclusion). Robustness: the smallest weight or mark change that changes the winner.
Without --final the report is provisional: it lists the open items as actions and proposes no award.
Exit codes: 0 ok, 1 input error (nothing written), 2 internal error.`,
    )
    .action(
      action(async (spec: string, opts: ScoreCliOptions) => {
        const { runScore } = await import('./score-run.js');
        await runScore(spec, checkOptions(opts, OPTION_RULES));
      }),
    );
}
