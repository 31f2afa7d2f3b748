import { Command, CommanderError } from 'commander';
import { printable } from '../model/diagnostic.js';
import { t } from '../wording/catalog.js';
import { getTerminalLang, reportFailure, version } from './ui.js';
import { registerGenerate } from './commands/generate.js';
import { registerCommands } from './registry.js';

/**
 * The CLI: commander program, one file per command under ./commands. Command files import only light modules at
 * the top; the heavy ones (docx, exceljs, inquirer) are imported inside the action, so `--help` starts fast.
 */
export async function main(argv: readonly string[]): Promise<void> {
  // `efc-tender … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exitCode ??= 0;
    });
  }
  const program = new Command('efc-tender')
    .description('Write public tenders that buy usage performance and useful effects, not means (Economy of Functionality and Cooperation).')
    .version(version(), '-V, --version')
    .showHelpAfterError(t(getTerminalLang(), 'cli.helpAfterError'))
    // Commander echoes what the user typed ("unknown option '--x…'"): made printable like every other echo.
    // Set before the commands are added, which inherit it.
    .configureOutput({ writeErr: (s) => process.stderr.write(printable(s, true)) })
    .exitOverride();
  registerGenerate(program);
  registerCommands(program);
  program.addHelpText(
    'after',
    `
Examples:
  $ efc-tender generate examples/sicoval-waste.yaml -o out
  $ efc-tender lint examples/*.yaml
  $ efc-tender interview -o my-spec.yaml
  $ efc-tender score examples/sicoval-waste.yaml --marks examples/sicoval-waste-marks/*.csv -o report.docx

Exit codes: 0 ok, 1 invalid input, 2 internal error. Set NO_COLOR=1 to disable colours.`,
  );
  try {
    await program.parseAsync(argv as string[]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end "successfully"; usage mistakes are input errors.
      process.exitCode = err.exitCode === 0 ? 0 : 1;
      return;
    }
    reportFailure(err);
  }
}
