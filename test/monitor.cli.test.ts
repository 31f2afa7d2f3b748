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
});
