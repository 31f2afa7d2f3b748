import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, ROOT, runCli, tempDir } from './helpers/cli.js';

const measures = [1, 2, 3].map((y) => join(ROOT, `examples/monitor/sicoval-waste/mesures-A${y}.csv`));

describe('award → monitor init → monitor', () => {
  it('writes the contract, the workbook, then the décompte (DOCX, XLSX) and the committee report; --json gives the settlement', () => {
    const dir = tempDir('efc-monitor-cli-');
    const contract = join(dir, 'sicoval.yaml');
    const a = runCli(['award', join(ROOT, 'examples/sicoval-waste.yaml'), '--bidder', 'Écotri SCIC', '--date', '2027-01-15', '--commitments', join(ROOT, 'examples/monitor/sicoval-waste/engagements.csv'), '-o', contract]);
    expect(a.code, a.stderr).toBe(0);
    expect(readFileSync(contract, 'utf8')).toMatch(/reemploi-encombrants: \[ 7\.5, 9\.2, 10\.8, 12, 12, 12 \]/);
    const i = runCli(['monitor', 'init', contract, '-o', join(dir, 'mesures.xlsx')]);
    expect(i.code, i.stderr).toBe(0);
    const m = runCli(['monitor', contract, '--measures', ...measures, '--year', '2', '-o', join(dir, 'out'), '--json']);
    expect(m.code, m.stderr).toBe(0);
    const j = JSON.parse(m.stdout) as { year: number; years: { total_eur: string }[] };
    expect(j.year).toBe(2);
    expect(j.years.map((y) => y.total_eur)).toEqual(['27700.00', '131900.00']);
    expect(filesIn(join(dir, 'out'))).toEqual(['sicoval-decompte-A2.docx', 'sicoval-decompte-A2.xlsx', 'sicoval-rapport-copil-A2.docx']);
    // Nothing is overwritten without --force.
    const again = runCli(['monitor', contract, '--measures', ...measures, '--year', '2', '-o', join(dir, 'out')]);
    expect(again.code).toBe(1);
  }, 120_000);

  it('batch: contracts by glob, --jobs 2, one contract without measurements fails alone', () => {
    const dir = tempDir('efc-monitor-batch-');
    for (const name of ['a', 'b']) {
      const r = runCli(['award', join(ROOT, 'examples/sicoval-waste.yaml'), '--bidder', 'X', '--date', '2027-01-15', '-o', join(dir, `${name}.yaml`)]);
      expect(r.code, r.stderr).toBe(0);
    }
    copyFileSync(measures[0]!, join(dir, 'a-mesures.csv')); // b has none
    const r = runCli(['monitor', join(dir, '*.yaml'), '--jobs', '2', '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[monitor/no-measures]');
    expect(filesIn(join(dir, 'out'))).toEqual(['a-decompte-A1.docx', 'a-decompte-A1.xlsx', 'a-rapport-copil-A1.docx']);
  }, 120_000);

  it('a tender with lots: each lot is its own contract, --lot says which; the contract follows that lot’s indicators only', () => {
    const dir = tempDir('efc-monitor-lots-');
    const spec = join(ROOT, 'examples/school-catering.yaml');
    const none = runCli(['award', spec, '--bidder', 'X', '--date', '2028-01-03', '-o', join(dir, 'x.yaml')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('[award/lot-required]');
    const unknown = runCli(['award', spec, '--lot', '3', '--bidder', 'X', '--date', '2028-01-03', '-o', join(dir, 'x.yaml')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('[award/lot-unknown]');
    const undivided = runCli(['award', join(ROOT, 'examples/sicoval-waste.yaml'), '--lot', '1', '--bidder', 'X', '--date', '2027-01-15', '-o', join(dir, 'x.yaml')]);
    expect(undivided.code).toBe(1);
    expect(undivided.stderr).toContain('[award/lot-undivided]');
    expect(filesIn(dir)).toEqual([]);
    // Lot 2 (the crèches) keeps four shared indicators and has one of its own: its contract names exactly those it pays.
    const lot2 = join(dir, 'lot-2.yaml');
    const r = runCli(['award', spec, '--lot', '2', '--bidder', 'Petits Plats Bio', '--date', '2028-01-03', '-o', lot2]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(lot2, 'utf8');
    expect(text).toMatch(/^lot: 2$/m);
    expect(text).toContain('satisfaction-familles-creches');
    expect(text).not.toContain('satisfaction-enfants');
    // Lot 1's measurements name an indicator lot 2 does not have: refused at its line, not silently paid.
    const m = runCli(['monitor', lot2, '--measures', join(ROOT, 'examples/monitor/school-catering/mesures.csv'), '--year', '1', '-o', join(dir, 'out')]);
    expect(m.code).toBe(1);
    expect(m.stderr).toMatch(/mesures\.csv:\d+:\d+.*satisfaction-enfants/);
  }, 120_000);
});
