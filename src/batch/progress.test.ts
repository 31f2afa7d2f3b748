import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic.js';
import { progressLine, Reporter, type ReportMode } from './progress.js';
import type { BatchSummary, SpecReport } from './run.js';

// The English wording is asked for explicitly (the terminal language would otherwise follow the locale); one test
// checks the French wording of the same run.
function capture(mode: ReportMode, lang: 'fr' | 'en' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  let t = 0;
  const reporter = new Reporter(mode, {
    out: { write: (s: string) => (out.push(s), true) } as unknown as NodeJS.WritableStream,
    err: { write: (s: string) => (err.push(s), true), columns: 60 } as unknown as NodeJS.WritableStream & { columns: number },
    c: new Chalk({ level: 0 }),
    printDiagnostics: (ds: readonly Diagnostic[]) => ds.forEach((d) => err.push(`${d.file}: ${d.code}\n`)),
    now: () => (t += 100),
    lang,
  });
  return { reporter, out, err };
}

const ok = (file: string): SpecReport => ({ file, ok: true, written: [`out/${file}-spec.docx`], unchanged: [], warnings: [], errors: [] });
const bad = (file: string): SpecReport => ({ file, ok: false, written: [], unchanged: [], warnings: [], errors: [{ code: 'yaml-syntax', severity: 'error', message: 'x', file, line: 3, col: 1 }] });
const summary = (specs: SpecReport[]): BatchSummary => ({
  specs,
  inputProblems: [],
  done: specs.filter((s) => s.ok).length,
  failed: specs.filter((s) => !s.ok).length,
  filesWritten: specs.reduce((n, s) => n + s.written.length, 0),
  filesUnchanged: 0,
  notRun: 0,
  durationMs: 1234,
  workers: 2,
});

describe('Reporter', () => {
  it('prints one plain line per spec and a summary when not on a terminal', () => {
    const { reporter, out, err } = capture('lines');
    const specs = [ok('a'), bad('b'), ok('c')];
    reporter.plan(3, []);
    specs.forEach((s) => reporter.spec(s));
    reporter.end(summary(specs));
    expect(out.join('')).toBe('✓ a → out/a-spec.docx\n✗ b\n✓ c → out/c-spec.docx\n3 specs: 2 done, 1 failed, 2 files written in 1.2 s (2 workers)\n');
    expect(err.join('')).toContain('b: yaml-syntax');
    expect(err.join('')).toContain('1 of 3 specs failed');
    expect(err.join('')).not.toContain('\r');
  });

  it('redraws a single progress line on a terminal and clears it before printing', () => {
    const { reporter, out, err } = capture('bar');
    const specs = [ok('a'), bad('b')];
    reporter.plan(2, []);
    specs.forEach((s) => reporter.spec(s));
    reporter.end(summary(specs));
    const e = err.join('');
    expect(e).toContain('\r\u001b[K[');
    expect(e).toContain('2/2  1 failed');
    expect(e.indexOf('b: yaml-syntax')).toBeGreaterThan(e.indexOf('0/2'));
    expect(e.endsWith('1 of 2 specs failed (1 problem); nothing was written for it, the other was written in full.\n')).toBe(true);
    expect(out.join('')).toBe('2 specs: 1 done, 1 failed, 1 file written in 1.2 s (2 workers)\n');
  });

  it('prints nothing but the JSON in --json mode, and only errors and the summary with --quiet', () => {
    const j = capture('json');
    j.reporter.plan(2, [{ code: 'output-conflict', severity: 'error', message: 'x', file: 'a' }]);
    j.reporter.spec(bad('b'));
    j.reporter.end(summary([bad('b')]));
    expect([...j.out, ...j.err]).toEqual([]);
    const q = capture('quiet');
    q.reporter.plan(2, []);
    q.reporter.spec({ ...ok('a'), warnings: [{ code: 'w', severity: 'warning', message: 'w' }] });
    q.reporter.end(summary([ok('a')]));
    expect(q.out.join('')).toMatch(/^1 spec: 1 done, 0 failed/);
    expect(q.err).toEqual([]);
  });
});

describe('Reporter, saying exactly what was written', () => {
  it('never says "the others were written" when every spec failed', () => {
    const { reporter, err } = capture('lines');
    const specs = [bad('a'), bad('b'), bad('c')];
    reporter.plan(3, []);
    specs.forEach((s) => reporter.spec(s));
    reporter.end(summary(specs));
    expect(err.join('')).toContain('all 3 specs failed (3 problems); nothing was written.\n');
    expect(err.join('')).not.toContain('others');
  });

  it('counts unchanged files, and says when only the inputs had problems', () => {
    const { reporter, out, err } = capture('lines');
    const same: SpecReport = { ...ok('a'), written: [], unchanged: ['out/a-spec.docx'] };
    reporter.plan(2, []);
    [same, ok('b')].forEach((s) => reporter.spec(s));
    reporter.end({ ...summary([same, ok('b')]), filesUnchanged: 1, inputProblems: [{ code: 'no-spec', severity: 'error', message: 'x' }] });
    expect(out.join('')).toContain('✓ a → out/a-spec.docx (unchanged)\n');
    expect(out.join('')).toContain('2 specs: 2 done, 0 failed, 1 file written, 1 unchanged in 1.2 s');
    expect(err.join('')).toContain('1 problem found in the inputs; all 2 specs were written.\n');
  });

  it('on an interruption, says how many specs were written in full and how many not', () => {
    const { reporter, out, err } = capture('lines');
    reporter.plan(30, []);
    [ok('a'), ok('b')].forEach((s) => reporter.spec(s));
    reporter.end({ ...summary([ok('a'), ok('b')]), notRun: 28, interrupted: 'SIGINT' });
    expect(out.join('')).toContain('30 specs: 2 done, 0 failed, 28 not run, 2 files written');
    expect(err.join('')).toContain('interrupted (SIGINT): 2 spec(s) written in full, 28 not written');
  });
});

describe('Reporter, in French', () => {
  it('words the summary, the outcome and the interruption from the French catalog', () => {
    const { reporter, out, err } = capture('lines', 'fr');
    const specs = [ok('a'), bad('b'), ok('c')];
    reporter.plan(3, []);
    specs.forEach((s) => reporter.spec(s));
    reporter.end(summary(specs));
    expect(out.join('')).toContain('3 spécifications : 2 faite(s), 1 en échec, 2 fichiers écrits en 1,2 s (2 processus)\n');
    expect(err.join('')).toContain('1 spécification sur 3 a échoué (1 problème) : rien n’a été écrit pour elle ; les 2 autres ont été écrites en entier.\n');
    const i = capture('lines', 'fr');
    i.reporter.plan(30, []);
    i.reporter.end({ ...summary([ok('a')]), notRun: 29, interrupted: 'SIGTERM' });
    expect(i.err.join('')).toContain('interrompu (SIGTERM) : 1 spécification(s) écrite(s) en entier, 29 non écrite(s)');
    expect(progressLine(10, 40, 2, 5000, 70, 'fr')).toContain('10/40  2 en échec  0:05 (reste 0:15)');
  });
});

describe('progressLine', () => {
  it('fits the terminal and shows counts, failures and an estimate', () => {
    const line = progressLine(10, 40, 2, 5000, 70, 'en');
    expect(line.length).toBeLessThan(70);
    expect(line).toContain('10/40  2 failed  0:05 (eta 0:15)');
    expect(progressLine(40, 40, 0, 5000, 20, 'en').length).toBeLessThan(20);
  });
});
