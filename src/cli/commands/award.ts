import type { Command } from 'commander';
import { checkOptions, rules } from '../options.js';
import { action } from '../ui.js';

export interface AwardCliOptions {
  bidder: string;
  date: string;
  commitments?: string;
  out?: string;
  lang?: 'fr' | 'en';
  force: boolean;
  lot?: number;
}

const OPTION_RULES = [rules.date('date', '--date'), rules.lang(), rules.file('commitments', '--commitments'), rules.outFile('out', '--out'), rules.int('lot', '--lot', 1, 999)];

export function registerAward(program: Command): void {
  program
    .command('award')
    .description('Write the contract after award: the spec it rests on (with its hash), the winning bidder, the award date and its committed targets per indicator and contract year.')
    .argument('<spec>', 'the spec YAML the tender was published with')
    .requiredOption('-b, --bidder <name>', 'the winning bidder, as named in its offer')
    .requiredOption('-d, --date <YYYY-MM-DD>', 'the award (notification) date')
    .option('-c, --commitments <file>', "the bidder's filled commitments table: CSV or XLSX (indicator, year, commitment) or YAML { id: [year 1, year 2, …] }; without it, the CCAP's reference targets")
    .option('--lot <n>', 'a tender with lots: the lot awarded (each lot is a separate contract, with its own indicators and pay)')
    .option('-o, --out <file>', 'contract to write (default: <spec name>-contract.yaml beside the spec)')
    .option('--lang <lang>', "language of the messages: fr or en (default: the spec's language)")
    .option('-f, --force', 'overwrite an existing contract', false)
    .addHelpText(
      'after',
      `
Examples:
  $ efc-tender award examples/sicoval-waste.yaml --bidder "Écotri SCIC" --date 2027-01-15 -o contract.yaml
  $ efc-tender award examples/school-catering.yaml --lot 1 --bidder "Cuisine commune de Belrieu" --date 2028-01-03 -o lot-1.yaml
  $ efc-tender award spec.yaml --bidder "Mobilités rurales" --date 2027-02-01 --commitments engagements.csv -o contract.yaml

Exit codes: 0 ok, 1 input error (nothing written), 2 internal error.`,
    )
    .action(
      action(async (spec: string, opts: AwardCliOptions) => {
        const { runAward } = await import('./award-run.js');
        await runAward(spec, checkOptions(opts, OPTION_RULES));
      }),
    );
}
