import { existsSync } from 'node:fs';
import { t } from '../../wording/catalog.js';
import { loadCatalog } from '../../load/catalog.js';
import { printable } from '../../model/diagnostic.js';
import { EXIT, InputError } from '../../model/errors.js';
import { optionProblem } from '../options.js';
import { DefaultsAsker } from '../../interview/defaults-asker.js';
import { InquirerAsker } from '../../interview/inquirer-asker.js';
import { fill, M } from '../../interview/messages.js';
import { Session } from '../../interview/session.js';
import { makeColor, printDiagnostics } from '../ui.js';
import type { InterviewCliOptions } from './interview.js';

const isPromptExit = (err: unknown): boolean => err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');

/**
 * interview: interactive on a terminal, replayed from --answers otherwise. Never hangs on a pipe: without a
 * terminal and without --answers it explains what to do and exits 1.
 */
export async function runInterview(opts: InterviewCliOptions): Promise<void> {
  const lang = opts.lang ?? 'fr';
  if (opts.resume && opts.answers) {
    throw new InputError([optionProblem('option-conflict', { option: '--resume', other: '--answers' })]);
  }
  if (opts.edit && (opts.answers || opts.resume)) {
    throw new InputError([optionProblem('option-conflict', { option: '--edit', other: opts.answers ? '--answers' : '--resume' })]);
  }
  const interactive = !opts.answers;
  if (interactive && !process.stdin.isTTY && opts.edit) {
    // Editing is a conversation; without a terminal, say how to change the file instead (nothing is touched).
    process.stderr.write(t(lang, 'interview.edit.needsTerminal', { file: printable(opts.edit) }) + '\n');
    process.exitCode = EXIT.input;
    return;
  }
  if (interactive && !process.stdin.isTTY) {
    process.stderr.write(M.notATerminal[lang] + '\n');
    process.exitCode = EXIT.input;
    return;
  }
  const catalog = loadCatalog(opts.criteria);

  if (!interactive) {
    const session = new Session({ catalog, asker: new DefaultsAsker(), lang: opts.lang, interactive, output: opts.output, answersFile: opts.answers, force: opts.force });
    const result = await session.run();
    process.stdout.write(printable(result.review, true) + '\n'); // the review quotes the user's answers
    if (result.diagnostics.length) printDiagnostics(result.diagnostics);
    if (result.written) process.stderr.write(t(lang, 'cli.written', { file: printable(result.written) }) + '\n');
    if (result.diagnostics.some((d) => d.severity === 'error')) process.exitCode = EXIT.input;
    else if (opts.generate) await generate(result.written!, opts);
    return;
  }

  // Ctrl-C while a prompt is on screen rejects it (ExitPromptError); between prompts SIGINT aborts the next one.
  const abort = new AbortController();
  const onSigint = (): void => abort.abort();
  process.on('SIGINT', onSigint);
  const asker = new InquirerAsker({ signal: abort.signal, lang }, makeColor(process.stdout));
  const session = new Session({ catalog, asker, lang: opts.lang, interactive, output: opts.output, resume: opts.resume, edit: opts.edit, force: opts.force });
  const draft = session.draftPath!;
  try {
    const result = await session.run();
    if (result.written && opts.generate) await generate(result.written, opts);
  } catch (err) {
    if (isPromptExit(err)) {
      process.stderr.write((existsSync(draft) ? fill(M.interrupted[session.lang], { draft: printable(draft) }) : M.interruptedEmpty[session.lang]) + '\n');
      process.exitCode = EXIT.input;
      return;
    }
    if (existsSync(draft)) process.stderr.write(fill(M.crashed[session.lang], { draft: printable(draft) }) + '\n');
    throw err;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/**
 * --generate: runs the `generate` command itself on the spec just written, so its defaults, checks and output
 * stay those of `efc-tender generate` (no second pipeline).
 */
async function generate(spec: string, opts: InterviewCliOptions): Promise<void> {
  const { main } = await import('../main.js');
  const extra = opts.criteria.flatMap((d) => ['--criteria', d]);
  await main(['node', 'efc-tender', 'generate', spec, '-o', opts.generate!, ...extra, ...(opts.force ? ['--force'] : [])]);
}
