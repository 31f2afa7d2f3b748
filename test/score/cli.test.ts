import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const marksDir = 'examples/sicoval-waste-marks';
const marks = readdirSync(marksDir).filter((f) => f.endsWith('.csv')).map((f) => join(marksDir, f));
const run = (...args: string[]) => spawnSync('node', ['bin/efc-tender.js', 'score', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const base = ['examples/sicoval-waste.yaml', '--marks', ...marks, '--prices', 'examples/sicoval-waste-prices.csv'];

describe('efc-tender score (built CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'efc-score-cli-'));
  it('ranks the example, flags what the committee must check and writes the report', () => {
    const out = join(dir, 'rapport.docx');
    const r = run(...base, '-o', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1\s+Groupement Terres Communes/);
    expect(r.stdout).toContain('Ecocycle Occitanie'); // abnormally low price to question
    expect(existsSync(out)).toBe(true);
    // Same inputs → same bytes.
    const again = join(dir, 'rapport-2.docx');
    expect(run(...base, '-o', again).status).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
    // Never overwrite without --force.
    const refused = run(...base, '-o', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('output-exists');
    expect(run(...base, '-o', out, '--force').status).toBe(0);
  });

  it('--json gives the result as data', () => {
    const r = run(...base, '--json');
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { ok: boolean; result: { bidders: { id: string; rank: number }[]; abnormallyLow: { toQuestion: { bidder: string }[] }; marks: { needsConsensus: boolean }[]; robustness: { winner: string } } };
    expect(j.ok).toBe(true);
    expect(j.result.bidders[0]).toMatchObject({ id: 'Groupement Terres Communes', rank: 1 });
    expect(j.result.abnormallyLow.toQuestion.map((q) => q.bidder)).toEqual(['Ecocycle Occitanie']);
    expect(j.result.marks.filter((m) => m.needsConsensus)).toHaveLength(1);
    expect(j.result.robustness.winner).toBe('Groupement Terres Communes');
  });

  it('bad input: every problem with its file and line, exit 1, nothing written', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'bidder,criterion,mark,justification\nGroupement Terres Comunes,reflexive-governance,4,texte\nValoris Sud-Ouest,reflexive-governanse,4,texte\nValoris Sud-Ouest,cooperation-commitments,6,texte\n');
    const out = join(dir, 'never.docx');
    const r = run('examples/sicoval-waste.yaml', '--marks', bad, '--prices', 'examples/sicoval-waste-prices.csv', '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}:3:1`);
    expect(r.stderr).toContain('[unknown-criterion]');
    expect(r.stderr).toContain(`${bad}:4:1`);
    expect(r.stderr).toContain('[mark-out-of-scale]');
    expect(r.stderr).toMatch(new RegExp(`${bad}:2:1.*unknown bidder "Groupement Terres Comunes"; did you mean "Groupement Terres Communes"`));
    expect(existsSync(out)).toBe(false);
    const r2 = run('examples/sicoval-waste.yaml', '--marks', bad.replace('bad', 'missing'), '--prices', 'examples/sicoval-waste-prices.csv', '-o', out);
    expect(r2.status).toBe(1);
  });

  it('unknown bidder gets a suggestion; missing marks refuse the ranking unless --allow-missing', () => {
    const typo = join(dir, 'typo.csv');
    writeFileSync(typo, 'bidder,criterion,mark,justification\nValoris Sud Ouest,reflexive-governance,4,Gouvernance décrite avec un comité trimestriel.\n');
    const r = run('examples/sicoval-waste.yaml', '--marks', typo, '--prices', 'examples/sicoval-waste-prices.csv', '--json');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('unknown-bidder');
    expect(r.stdout).toContain('Valoris Sud-Ouest');
    const partial = run('examples/sicoval-waste.yaml', '--marks', marks[0]!, marks[1]!, join(dir, 'one.csv'), '--prices', 'examples/sicoval-waste-prices.csv');
    expect(partial.status).toBe(1);
    writeFileSync(join(dir, 'one.csv'), 'bidder,criterion,mark,justification,evaluator\nValoris Sud-Ouest,reflexive-governance,4,Gouvernance décrite avec un comité trimestriel.,Paul Roux\n');
    const missing = run('examples/sicoval-waste.yaml', '--marks', ...marks, join(dir, 'one.csv'), '--prices', 'examples/sicoval-waste-prices.csv', '--json');
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('marks-incomplete');
    const allowed = run('examples/sicoval-waste.yaml', '--marks', ...marks, join(dir, 'one.csv'), '--prices', 'examples/sicoval-waste-prices.csv', '--json', '--allow-missing');
    expect(allowed.status).toBe(0);
    expect((JSON.parse(allowed.stdout) as { result: { missing: unknown[] } }).result.missing).toHaveLength(47);
  });
});
