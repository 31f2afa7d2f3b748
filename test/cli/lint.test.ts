/** CLI transcript tests for `efc-tender lint` (run the built CLI: npx tsc -p . first). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SPECS = 'test/fixtures/lint/specs';
const CRITERIA = ['--criteria', 'test/fixtures/lint/criteria'];

function cli(...args: string[]) {
  return cliEnv({}, ...args);
}

function cliEnv(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/efc-tender.js', 'lint', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('efc-tender lint', () => {
  it('--list-rules prints every rule with id, severity and description', () => {
    const r = cli('--list-rules', '--lang', 'en');
    expect(r.code).toBe(0);
    for (const id of ['legal/weights-sum', 'legal/environmental-criterion', 'efc/means-not-effects', 'efc/efc-share']) expect(r.out).toContain(id);
    expect(r.out).toMatch(/legal\/abnormally-low\s+error\s+Abnormally low offers/);
  });

  it('passes a clean spec (exit 0, summary line)', () => {
    const r = cli(`${SPECS}/valid.yaml`, ...CRITERIA, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 file checked, no problems');
  });

  it('fails weights summing to 95 with file, line:col and rule id (exit 1)', () => {
    const r = cli(`${SPECS}/weights-95.yaml`, ...CRITERIA, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${SPECS}/weights-95.yaml`);
    expect(r.out).toMatch(/62:5\s+error\s+award criteria weights sum to 95.*legal\/weights-sum/);
  });

  it('reports every file, grouped, and exits 1 when any has an error', () => {
    const r = cli(`${SPECS}/valid.yaml`, `${SPECS}/no-environmental.yaml`, `${SPECS}/weights-95.yaml`, ...CRITERIA, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('2 problems in 3 files (2 errors, 0 warnings, 0 info)');
    expect(r.out.indexOf('no-environmental.yaml')).toBeLessThan(r.out.indexOf('weights-95.yaml'));
  });

  it('--json gives per-file findings with rule ids and positions', () => {
    const r = cli(`${SPECS}/no-environmental.yaml`, ...CRITERIA, '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.ok).toBe(false);
    expect(j.files[0].findings[0]).toMatchObject({ rule: 'legal/environmental-criterion', severity: 'error', line: 60, col: 3 });
  });

  it('warnings pass unless --max-warnings is exceeded', () => {
    expect(cli(`${SPECS}/warnings-only.yaml`, ...CRITERIA).code).toBe(0);
    expect(cli(`${SPECS}/warnings-only.yaml`, ...CRITERIA, '--max-warnings', '1').code).toBe(0);
    const r = cli(`${SPECS}/warnings-only.yaml`, ...CRITERIA, '--max-warnings', '0');
    expect(r.code).toBe(1);
    expect(r.out).toContain('trop d’avertissements');
  });

  it('lints every *.yaml of a folder', () => {
    const r = cli(SPECS, ...CRITERIA, '--json');
    expect(JSON.parse(r.out).files.length).toBe(5);
  });

  it('reports an unreadable or invalid spec as an error of that file (exit 1)', () => {
    const r = cli(`${SPECS}/nope.yaml`, `${SPECS}/invalid-schema.yaml`, ...CRITERIA, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('file-not-found');
    expect(r.out).toMatch(/4:3\s+error\s+unknown key "nme"/);
  });

  it('speaks French for a French spec, whatever the locale; --lang en re-words the same findings', () => {
    const fr = cliEnv({ LANG: 'en_GB.UTF-8' }, `${SPECS}/weights-95.yaml`, ...CRITERIA);
    expect(fr.code).toBe(1);
    expect(fr.out).toMatch(/62:5\s+erreur\s+la pondération des critères d’attribution totalise 95 points.*legal\/weights-sum/);
    expect(fr.out).toContain('✖ 1 problème dans 1 fichier (1 erreur, 0 avertissement, 0 info)');
    const en = cliEnv({ LANG: 'fr_FR.UTF-8' }, `${SPECS}/weights-95.yaml`, ...CRITERIA, '--lang', 'en');
    expect(en.out).toMatch(/62:5\s+error\s+award criteria weights sum to 95/);
    const json = JSON.parse(cli(`${SPECS}/weights-95.yaml`, ...CRITERIA, '--json').out);
    expect(json.files[0].findings[0]).toMatchObject({ rule: 'legal/weights-sum', messageId: 'groups' });
    expect(json.files[0].findings[0].message).toMatch(/^la pondération/);
  });

  it('without a spec to read, follows the locale (French unless it says English)', () => {
    expect(cliEnv({ LANG: 'C.UTF-8' }, `${SPECS}/nope.yaml`).out).toContain('1 problème dans 1 fichier');
    expect(cliEnv({ LANG: 'en_GB.UTF-8' }, `${SPECS}/nope.yaml`).out).toContain('1 problem in 1 file');
    expect(cliEnv({ LANG: 'C', LC_ALL: 'en_US.UTF-8' }, '--list-rules').out).toMatch(/legal\/abnormally-low\s+error\s+Abnormally low offers/);
    expect(cliEnv({ LANG: 'fr_FR.UTF-8' }, '--list-rules').out).toMatch(/legal\/abnormally-low\s+erreur\s+Les offres anormalement basses/);
  });

  it('refuses to run without specs (exit 1)', () => {
    expect(cli().code).toBe(1);
  });
});
