import type { Command } from 'commander';
import { checkOptions, rules } from '../options.js';
import { action } from '../ui.js';

export interface InterviewCliOptions {
  output?: string;
  lang?: 'fr' | 'en';
  resume?: string;
  edit?: string;
  answers?: string;
  generate?: string;
  criteria: string[];
  force: boolean;
}

const OPTION_RULES = [
  rules.lang(),
  rules.outFile('output', '--output'),
  rules.file('resume', '--resume'),
  rules.file('edit', '--edit'),
  rules.file('answers', '--answers'),
  rules.outFolder('generate', '--generate'),
  rules.folder('criteria', '--criteria'),
];

export function registerInterview(program: Command): void {
  program
    .command('interview')
    .description('Write a spec by answering questions, in the order of a territorial EFC approach (French by default).')
    .option('-o, --output <file>', 'spec file to write (default: spec.yaml, or the draft’s)')
    .option('--lang <lang>', 'language of the questions and of the spec: fr or en (default: fr, or the draft’s)')
    .option('--resume <draft>', 'continue an interrupted interview from its draft file')
    .option('--edit <spec>', 'reopen a spec: every answer pre-filled, change any from the summary; written back with a backup beside it')
    .option('--answers <file>', 'replay answers from a YAML file, without prompts (scripts, tests)')
    .option('--generate <dir>', 'generate the tender documents into <dir> once the spec is written')
    .option('--criteria <dir>', 'extra criteria folder (libraries, profiles); repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-f, --force', 'replace an existing output file without asking', false)
    .addHelpText(
      'after',
      `
Examples:
  $ efc-tender interview -o mobilite.yaml
  $ efc-tender interview --lang en -o mobility.yaml --generate out
  $ efc-tender interview --resume mobilite.draft.yaml
  $ efc-tender interview --edit mobilite.yaml
  $ efc-tender interview --answers answers.yaml -o spec.yaml --force

Answers are saved after each question in <output>.draft.yaml; Ctrl-C keeps them (resume with --resume).
An existing spec is never overwritten: --resume on it or -o onto it offers to open it for editing instead.
An answers file maps question ids to answers (e.g. "buyer.name: Sicoval"); a draft is one too.
With --answers, exit code 1 when answers are missing or invalid, or when the written spec has lint errors.`,
    )
    .action(
      action(async (opts: InterviewCliOptions) => {
        const { runInterview } = await import('./interview-run.js');
        await runInterview(checkOptions(opts, OPTION_RULES));
      }),
    );
}
