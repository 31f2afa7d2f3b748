import type { Command } from 'commander';
import { checkOptions, rules } from '../options.js';
import { action } from '../ui.js';

export interface MonitorCliOptions {
  measures: string[];
  out?: string;
  year?: number;
  json: boolean;
  lang?: 'fr' | 'en';
  jobs?: number;
  force: boolean;
}

export interface MonitorInitCliOptions {
  out?: string;
  lang?: 'fr' | 'en';
  force: boolean;
}

const RUN_RULES = [rules.int('year', '--year', 1, 99), rules.int('jobs', '--jobs', 1, 64), rules.lang(), rules.outFolder('out', '--out')];
const INIT_RULES = [rules.lang(), rules.outFile('out', '--out')];

export function registerMonitor(program: Command): void {
  const monitor = program
    .command('monitor')
    .description("Follow an awarded contract: read the period's measurements, compute the performance-linked pay to the cent (décompte DOCX, XLSX with live formulas, JSON) and write the steering committee's report.")
    .argument('<contracts...>', 'contract YAML files written by award (globs allowed, e.g. "contracts/*.yaml")')
    .option('-m, --measures <files...>', 'measurement files, CSV or XLSX (one per period or one for all); with several contracts, each contract reads <contract name>-measures.xlsx/.csv beside it when not given')
    .option('-o, --out <dir>', 'folder to write the décompte and the report into (default: the contract’s folder)')
    .option('-y, --year <n>', 'contract year to settle (default: the last year with a measurement)')
    .option('--json', 'print the settlement as JSON on stdout', false)
    .option('--lang <lang>', "language of the documents and messages: fr or en (default: the spec's language)")
    .option('-j, --jobs <n>', 'contracts followed in parallel (default: 1)')
    .option('-f, --force', 'overwrite existing outputs', false)
    .addHelpText(
      'after',
      `
Examples:
  $ efc-tender monitor init contract.yaml -o measures.xlsx
  $ efc-tender monitor contract.yaml --measures measures.xlsx -o out
  $ efc-tender monitor contract.yaml --measures y1.csv y2.csv y3.csv --year 3 -o out --json
  $ efc-tender monitor "territories/*/contract.yaml" --jobs 2 -o out

Measurement columns: indicator, period (Y1, Y1-Q2, Y1-M03 or A1, A1-T2, A1-M03), value, unit, source, date measured,
status (ok, estimated, late, contested, missing, missing-buyer); any other column is kept as an adjustment variable.
A contested value earns nothing until it is settled. Exit codes: 0 ok, 1 input error (nothing written), 2 internal error.`,
    )
    .action(
      action(async (contracts: string[], opts: MonitorCliOptions) => {
        const { runMonitor } = await import('./monitor-run.js');
        await runMonitor(contracts, checkOptions(opts, RUN_RULES));
      }),
    );
  monitor
    .command('init')
    .description('Write the measurement workbook of a contract: one row per indicator and period, with validated inputs, for the provider and the buyer to fill.')
    .argument('<contract>', 'contract YAML written by award')
    .option('-o, --out <file>', 'workbook to write (default: <contract name>-measures.xlsx beside the contract)')
    .option('--lang <lang>', "language of the workbook and messages: fr or en (default: the spec's language)")
    .option('-f, --force', 'overwrite an existing workbook', false)
    .action(
      action(async (contract: string, _opts: MonitorInitCliOptions, cmd: Command) => {
        const { runMonitorInit } = await import('./monitor-init-run.js');
        // `-o`, `--lang` and `-f` typed after `init` are parsed by the parent command too: read both.
        await runMonitorInit(contract, checkOptions(cmd.optsWithGlobals<MonitorInitCliOptions>(), INIT_RULES));
      }),
    );
}
