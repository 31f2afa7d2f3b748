import type { ChalkInstance } from 'chalk';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatNumber } from '../wording/format.js';
import { plural, t } from '../wording/catalog.js';
import { getTerminalLang } from '../wording/lang.js';
import type { BatchSummary, SpecReport } from './run.js';

/**
 * What the user sees while a batch runs. On a terminal: one progress line on stderr, redrawn in place with \r, with
 * problems printed above it as they come. Elsewhere (a pipe, CI, --quiet): one plain line per spec on stdout, so logs
 * read top to bottom. --json: nothing until the summary. Specs are reported in input order, whatever the workers do.
 */

export type ReportMode = 'bar' | 'lines' | 'quiet' | 'json';

export function chooseMode(o: { json: boolean; quiet: boolean }, stderr: NodeJS.WriteStream = process.stderr): ReportMode {
  if (o.json) return 'json';
  if (o.quiet) return 'quiet';
  return stderr.isTTY ? 'bar' : 'lines';
}

export interface ReporterIo {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream & { columns?: number };
  /** Colours for out and err, decided by the caller (TTY, NO_COLOR). */
  readonly c: ChalkInstance;
  readonly printDiagnostics: (d: readonly Diagnostic[]) => void;
  readonly now?: () => number;
  /** Language of the progress and summary lines (the catalog's `batch.*`); the terminal language when not given. */
  readonly lang?: Lang;
}

const CLEAR = '\r\u001b[K';

export class Reporter {
  private total = 0;
  private done = 0;
  private failed = 0;
  private barShown = false;
  private lastDraw = 0;
  private readonly started: number;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly mode: ReportMode,
    private readonly io: ReporterIo,
  ) {
    this.started = this.now();
  }

  private get lang(): Lang {
    return this.io.lang ?? getTerminalLang();
  }

  private now(): number {
    return this.io.now?.() ?? performance.now();
  }

  /** The problems found before generating (bad inputs, conflicts) come first, before any file is written. */
  plan(total: number, problems: readonly Diagnostic[]): void {
    this.total = total;
    if (problems.length && this.mode !== 'json') this.above(() => this.io.printDiagnostics(problems));
    // A single spec needs no bar; a slow one still shows the clock moving.
    if (this.mode === 'bar' && total > 1) {
      this.draw(true);
      this.timer = setInterval(() => this.draw(true), 500);
      this.timer.unref();
    }
  }

  spec(r: SpecReport): void {
    this.done++;
    if (!r.ok) this.failed++;
    if (this.mode === 'json') return;
    const { c } = this.io;
    const problems = r.refusedUpFront ? [] : r.errors;
    const shown = this.mode === 'quiet' ? problems : [...problems, ...r.warnings];
    if (this.mode === 'lines') {
      const what = [r.written.join(', '), r.unchanged.length ? `${r.unchanged.join(', ')} ${c.dim(t(this.lang, 'batch.unchanged'))}` : ''].filter(Boolean).join(', ');
      this.io.out.write(r.ok ? `${c.green('✓')} ${r.file} → ${what}\n` : `${c.red('✗')} ${r.file}\n`);
    }
    if (shown.length) this.above(() => this.io.printDiagnostics(shown));
    this.draw(false);
  }

  /** Stop the clock and take the bar away: before the summary, or when the batch stops on a fatal error. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clearBar();
  }

  end(s: BatchSummary): void {
    this.stop();
    if (this.mode === 'json') return;
    const { c } = this.io;
    const specs = s.specs.length + s.notRun;
    const single = specs <= 1 && s.inputProblems.length === 0;
    if (!single || this.mode === 'quiet' || s.interrupted) this.io.out.write(summaryLine(s, this.lang, c) + '\n');
    if (s.interrupted) {
      this.io.err.write(t(this.lang, 'batch.interrupted', { signal: s.interrupted, written: s.done, notWritten: s.failed + s.notRun }) + '\n');
      return;
    }
    if (s.failed || s.inputProblems.length) this.io.err.write(outcomeLine(s, single, this.lang) + '\n');
  }

  /** Print above the bar: clear it, print, draw it again. */
  private above(print: () => void): void {
    this.clearBar();
    print();
    this.draw(true);
  }

  private clearBar(): void {
    if (this.barShown) this.io.err.write(CLEAR);
    this.barShown = false;
  }

  private draw(force: boolean): void {
    if (this.mode !== 'bar' || this.total <= 1) return;
    const now = this.now();
    if (!force && now - this.lastDraw < 80 && this.done < this.total) return; // at most ~12 redraws a second
    this.lastDraw = now;
    this.io.err.write(CLEAR + progressLine(this.done, this.total, this.failed, now - this.started, this.io.err.columns || 80, this.lang));
    this.barShown = true;
  }
}

/** "3 specs: 2 done, 1 failed, 2 files written in 1.2 s (2 workers)", in the catalog's words (`batch.*`). */
export function summaryLine(s: BatchSummary, lang: Lang, c: ChalkInstance): string {
  const specs = s.specs.length + s.notRun;
  const failed = t(lang, 'batch.failed', { n: s.failed });
  return t(lang, 'batch.summary', {
    specs: plural(lang, 'batch.spec', specs),
    done: s.done,
    failed: s.failed ? c.red(failed) : failed,
    notRun: s.notRun ? t(lang, 'batch.notRun', { n: s.notRun }) : '',
    files: plural(lang, 'batch.fileWritten', s.filesWritten),
    unchanged: s.filesUnchanged ? t(lang, 'batch.filesUnchanged', { n: s.filesUnchanged }) : '',
    secs: formatNumber(s.durationMs / 1000, lang, 1),
    how: s.workers ? plural(lang, 'batch.workers', s.workers) : t(lang, 'batch.inProcess'),
  });
}

/** "[██████░░░░░░]  12/50  2 failed  0:04 (eta 0:11)", fitted to the terminal's width. */
export function progressLine(done: number, total: number, failed: number, elapsedMs: number, columns: number, lang: Lang = getTerminalLang()): string {
  const clock = (ms: number): string => {
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };
  const eta = done > 0 && done < total ? ` ${t(lang, 'batch.eta', { time: clock((elapsedMs / done) * (total - done)) })}` : '';
  const text = `  ${done}/${total}${failed ? `  ${t(lang, 'batch.failed', { n: failed })}` : ''}  ${clock(elapsedMs)}${eta}`;
  const width = Math.max(10, Math.min(40, columns - text.length - 3));
  const filled = total ? Math.round((done / total) * width) : 0;
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${text}`.slice(0, Math.max(1, columns - 1));
}

/**
 * What happened, said exactly: each spec's files are written all or none, so a failed spec wrote nothing — unless a
 * rollback itself failed, and then its diagnostic (printed above) lists what was written.
 */
export function outcomeLine(s: BatchSummary, single: boolean, lang: Lang = getTerminalLang()): string {
  const n = s.specs.flatMap((r) => r.errors).length + s.inputProblems.length;
  const found = plural(lang, 'batch.problemsFound', n);
  const problems = plural(lang, 'batch.problem', n);
  const partial = s.specs.some((r) => !r.ok && r.written.length > 0);
  const specs = s.specs.length;
  if (partial) return t(lang, 'batch.outcome.partial', { found });
  if (single) return t(lang, 'batch.outcome.single', { found });
  if (s.failed === 0) return plural(lang, 'batch.outcome.inputsOnly', specs, { found });
  if (s.done === 0) return plural(lang, 'batch.outcome.allFailed', specs, { problems });
  return plural(lang, 'batch.outcome.someFailed', s.failed, { specs, problems, others: plural(lang, 'batch.othersWritten', s.done) });
}
