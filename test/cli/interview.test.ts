/** CLI tests for `efc-tender interview` (replay, non-terminal stdin) and `criteria` (run the built CLI: npx tsc -p . first). */
import { spawnSync } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/spec.js';
import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.js';

const FIX = 'test/fixtures/interview';

describe('efc-tender interview --answers', () => {
  it('replays the waste answers into a spec that reads back, lints and generates', () => {
    const dir = tempDir();
    const out = join(dir, 'waste.yaml');
    const r = runCli(['interview', '--answers', `${FIX}/waste-answers.yaml`, '-o', out, '--generate', join(dir, 'out')]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Critères retenus');
    const { spec } = loadSpec(out);
    expect(spec.life_function).toBe('gerer-dechets');
    expect(spec.tender).toMatchObject({ consultation_start: '2027-01-15', document_date: '2027-01-15', procedure: 'dialogue-competitif' });
    expect(spec.usage_performance.map((i) => i.id)).toEqual(['dma-per-inhabitant', 'work-accident-frequency']);
    expect(spec.remuneration).toMatchObject({ fixed_share: 80, performance_share: 20 });
    // Key order follows the examples: identity first, criteria and scoring last.
    const text = readFileSync(out, 'utf8');
    const keys = [...text.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]);
    expect(keys.slice(0, 5)).toEqual(['version', 'language', 'buyer', 'territory', 'tender']);
    expect(keys.slice(-3)).toEqual(['criteria', 'price', 'scoring']);
    expect(runCli(['lint', out]).code).toBe(0);
    // --generate runs generate itself, with its default: the tender file.
    expect(readFileSync(join(dir, 'out', 'waste', '01-RC.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'out', 'waste-DCE.zip')).subarray(0, 2).toString()).toBe('PK');
    // Same answers, same bytes.
    const again = join(dir, 'again.yaml');
    runCli(['interview', '--answers', `${FIX}/waste-answers.yaml`, '-o', again]);
    expect(readFileSync(again, 'utf8')).toBe(text.replaceAll('waste.yaml', 'again.yaml'));
  });

  it('replays the mobility answers (wrapped form) with the criteria retained', () => {
    const dir = tempDir();
    const out = join(dir, 'mobility.yaml');
    const r = runCli(['interview', '--answers', `${FIX}/mobility-answers.yaml`, '-o', out]);
    expect(r.code).toBe(0);
    const { spec } = loadSpec(out);
    expect(spec.criteria).toMatchObject({ profile: 'efc-50', libraries: ['efc-core', 'mobility'], include: ['mobility-affordability'] });
    expect(spec.price.formula).toBe('mean-gap');
    expect(spec.usage_performance[1]!.baseline).toBeUndefined();
  });

  it('replays answers with two lots and the tender file’s decisions under CI with no stdin: one DCE per lot, same bytes twice', () => {
    const dir = tempDir();
    const out = join(dir, 'waste-lots.yaml');
    const run = (file: string) =>
      spawnSync(process.execPath, [BIN, 'interview', '--answers', `${FIX}/waste-lots-answers.yaml`, '-o', file], {
        cwd: ROOT,
        stdio: [openSync('/dev/null', 'r'), 'pipe', 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, CI: 'true', NO_COLOR: '1' },
        timeout: 60_000,
      });
    const r = run(out);
    expect(r.stderr).not.toMatch(/\berreur\b|\berror\b/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 lots :');
    expect(r.stdout).toContain('Lot 2 : Réemploi et réparation — 1 indicateur propre, sa propre pondération');
    expect(r.stdout).toContain('Remise des offres : 2027-03-15 à 16:00 ; questions jusqu’au 2027-03-01');
    expect(r.stdout).toContain('Validité des offres : 150 jours');
    const { spec } = loadSpec(out);
    expect(spec.tender.lots.map((l) => [l.number, l.title, l.indicators])).toEqual([
      [1, 'Prévention et collecte', undefined],
      [2, 'Réemploi et réparation', ['dma-per-inhabitant']],
    ]);
    expect(spec.consultation).toMatchObject({ deadline: { date: '2027-03-15', time: '16:00' }, cpv: '90511000-2', buyer_profile: 'https://marches.example.fr', offer_validity_days: 150 });
    expect(spec.consultation.lots_not_divided_reason).toBeUndefined();
    const gen = runCli(['generate', out, '-o', join(dir, 'dce'), '--dce', '--format', 'md']);
    expect(gen.stderr).not.toMatch(/error|erreur/i);
    expect(gen.code).toBe(0);
    const rc = readFileSync(join(dir, 'dce', 'waste-lots', '01-RC.md'), 'utf8');
    expect(rc).toContain('Réemploi et réparation');
    expect(rc).toContain('90511000-2');
    expect(rc).toContain('150 jours');
    expect(readFileSync(join(dir, 'dce', 'waste-lots', '02-AE-lot-2.md'), 'utf8')).toContain('Réemploi et réparation');
    const again = join(dir, 'again.yaml');
    expect(run(again).status).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8').replaceAll('waste-lots.yaml', 'again.yaml'));
  });

  it('--lang en overrides the answers file’s language: English review, English spec', () => {
    const out = join(tempDir(), 'en.yaml');
    const r = runCli(['interview', '--answers', `${FIX}/waste-answers.yaml`, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Criteria retained');
    expect(loadSpec(out).spec.language).toBe('en');
  });

  it('never overwrites an existing output without --force', () => {
    const dir = tempDir();
    const out = join(dir, 'spec.yaml');
    writeFileSync(out, 'mine\n');
    const r = runCli(['interview', '--answers', `${FIX}/waste-answers.yaml`, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('output-exists');
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
    expect(runCli(['interview', '--answers', `${FIX}/waste-answers.yaml`, '-o', out, '--force']).code).toBe(0);
  });

  it('reports every missing or invalid answer with its line, exit 1, nothing written', () => {
    const dir = tempDir();
    const answers = join(dir, 'answers.yaml');
    writeFileSync(answers, 'buyer.name: Sicoval\ntender.duration_months: douze\nlife_fonction: gerer-dechets\n');
    const r = runCli(['interview', '--answers', answers, '-o', join(dir, 'spec.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/answers\.yaml:2:1 .*answer-invalid/);
    expect(r.stderr).toMatch(/answers\.yaml:3:1 .*did you mean "life_function"/);
    expect(r.stderr).toContain('answer-missing');
    expect(r.stderr).toContain('rien n’a été écrit'); // the interview's language (French unless --lang en)
  });
});

describe('efc-tender interview without a terminal', () => {
  it('--edit explains how to edit the file instead, exit 1, the spec untouched', () => {
    const dir = tempDir();
    const spec = join(dir, 'mobilite.yaml');
    const text = readFileSync('examples/rural-mobility.yaml', 'utf8');
    writeFileSync(spec, text);
    const r = spawnSync(process.execPath, [BIN, 'interview', '--edit', spec], { cwd: ROOT, stdio: [openSync('/dev/null', 'r'), 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('efc-tender lint');
    expect(r.stderr).toContain('terminal');
    expect(readFileSync(spec, 'utf8')).toBe(text);
    const both = runCli(['interview', '--edit', spec, '--answers', `${FIX}/waste-answers.yaml`]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--edit');
  });

  it('says so and points to --answers when stdin is /dev/null (exit 1, no hang)', () => {
    const r = spawnSync(process.execPath, [BIN, 'interview', '-o', join(tempDir(), 'x.yaml')], { cwd: ROOT, stdio: [openSync('/dev/null', 'r'), 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--answers');
    expect(r.stderr).toContain('terminal');
  });

  it('says so in English with --lang en when stdin is a pipe', () => {
    const r = runCli(['interview', '--lang', 'en'], { input: 'Sicoval\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('standard input is not one');
    expect(r.stderr).toContain('--answers answers.yaml');
  });
});

describe('efc-tender criteria', () => {
  it('lists the criteria of a life function, as JSON too', () => {
    const r = runCli(['criteria', 'list', '--function', 'se-deplacer', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; library: string; functions: string[] }[];
    expect(rows.some((x) => x.library === 'mobility')).toBe(true);
    expect(rows.every((x) => x.functions.includes('*') || x.functions.includes('se-deplacer'))).toBe(true);
    expect(rows.some((x) => x.library === 'waste')).toBe(false);
    expect(runCli(['criteria', 'list']).stdout).toMatch(/usage-performance-commitments\s+efc-core/);
  });

  it('shows one criterion with its six levels, and suggests a near id when unknown', () => {
    const r = runCli(['criteria', 'show', 'usage-performance-commitments']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Niveaux de notation');
    expect(r.stdout.match(/^ {2}[0-5] {2}/gm)).toHaveLength(6);
    const bad = runCli(['criteria', 'show', 'usage-performance-commitment']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('[unknown-criterion]');
    expect(bad.stderr).toContain('vouliez-vous dire « usage-performance-commitments »');
  });

  it('rejects an unknown life function with a suggestion', () => {
    const r = runCli(['criteria', 'list', '--function', 'se-deplaser']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('se-deplacer');
  });
});
