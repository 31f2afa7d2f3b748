import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, filesIn, ROOT, runCli, tempDir, type CliResult } from './helpers/cli.js';

/**
 * The output writer as users meet it, in separate processes: a full disk, two runs into one folder, Ctrl-C in a batch,
 * symlinks planted in the output folder. In every case: the previous files intact or a complete new set, no `.efc-*`
 * file left behind, and an exit code and message that say what happened.
 */

const SPEC = join(ROOT, 'examples', 'sicoval-waste.yaml');
/** The spec layout's three files: most cases here are about the writer, and three flat files keep them readable. */
const OUTPUTS = (stem: string): string[] => [`${stem}-grid.docx`, `${stem}-grid.xlsx`, `${stem}-spec.docx`];
const SPEC_LAYOUT = ['--layout', 'spec'];
/** Every file below a folder (the DCE layout has subfolders), as sorted relative paths. */
const tree = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((e) => !e.isDirectory()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort() : [];
const leftovers = (dir: string): string[] => filesIn(dir).filter((f) => f.startsWith('.efc-'));
/** Hashes of a folder's files (or of the given names only). */
const digest = (dir: string, names = filesIn(dir)): Record<string, string> => Object.fromEntries(names.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

/** A variant of the example with its own reference: its documents differ from the example's in every file. */
function variant(dir: string, stem: string, suffix: string): string {
  const file = join(dir, `${stem}.yaml`);
  writeFileSync(file, readFileSync(SPEC, 'utf8').replace(/(\n {2}reference: )(\S+)/, `$1$2-${suffix}`));
  return file;
}

/** The CLI in its own process, not waited for: for runs side by side and for signals. */
function start(args: readonly string[]): { child: ReturnType<typeof spawn>; done: Promise<CliResult & { signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) spawnSync('umount', [m]);
});

describe('a full disk', () => {
  it('keeps the previous set intact, says the disk is full and that nothing was written, and exits 1', (ctx) => {
    const base = tempDir('efc-full-');
    const mnt = join(base, 'small');
    mkdirSync(mnt);
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=300k', 'tmpfs', mnt], { encoding: 'utf8' });
    if (mount.status !== 0) {
      // The same path is covered without a mount by src/write/output-set.test.ts (ENOSPC injected on the 3rd file).
      ctx.skip(`cannot mount a small tmpfs here (${(mount.stderr || mount.error?.message || '').trim()}); see output-set.test.ts`);
    }
    mounts.push(mnt);
    const out = join(mnt, 'out');
    const spec = join(base, 'sicoval-waste.yaml');
    writeFileSync(spec, readFileSync(SPEC));
    expect(runCli(['generate', spec, '-o', out, '-q', ...SPEC_LAYOUT]).code).toBe(0);
    const before = digest(out);

    // The new set differs in all three files; leave room for the first two (and the staging folder), not the third.
    const changed = variant(base, 'sicoval-waste', 'NEW');
    const sizes = join(base, 'sizes');
    expect(runCli(['generate', changed, '-o', sizes, '-q', ...SPEC_LAYOUT]).code).toBe(0);
    const { bsize, bavail } = statfsSync(mnt);
    const blocks = (f: string): number => Math.ceil(statSync(join(sizes, f)).size / bsize);
    const room = blocks('sicoval-waste-spec.docx') + blocks('sicoval-waste-grid.docx') + Math.floor(blocks('sicoval-waste-grid.xlsx') / 2);
    writeFileSync(join(mnt, 'filler'), Buffer.alloc((bavail - room) * bsize));

    const r = runCli(['generate', changed, '-o', out, '--force', ...SPEC_LAYOUT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[disk-full]');
    expect(r.stderr).toMatch(/disque plein : sicoval-waste-grid\.xlsx n’a pas pu être écrit/);
    expect(r.stderr).toContain('aucun fichier de cet ensemble n’a été écrit (sicoval-waste-spec.docx, sicoval-waste-grid.docx, sicoval-waste-grid.xlsx)');
    // A French spec and no --lang: the whole account is French (the writer's words and the summary).
    expect(r.stderr).toContain('rien n’a été écrit');
    expect(r.stderr).not.toMatch(/internal error|erreur interne|bug in efc-tender/);
    expect(digest(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
  });
});

describe('two runs into one folder', () => {
  it('without --force: one writes its set, the other refuses every file and says so; nothing is overwritten', async () => {
    const base = tempDir('efc-race-');
    const out = join(base, 'out');
    const a = start(['generate', variant(base, 'lot', 'A'), '-o', out, ...SPEC_LAYOUT]);
    const bSpec = join(base, 'b');
    mkdirSync(bSpec);
    const b = start(['generate', variant(bSpec, 'lot', 'B'), '-o', out, ...SPEC_LAYOUT]);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    const codes = [ra.code, rb.code].sort();
    expect(codes).toEqual([0, 1]);
    const [winner, loser] = ra.code === 0 ? [ra, rb] : [rb, ra];
    expect(winner.stdout).toContain('✓');
    expect(loser.stderr.match(/\[output-exists\]/g)).toHaveLength(3);
    expect(loser.stderr).toContain('rien n’a été écrit');
    expect(filesIn(out)).toEqual(OUTPUTS('lot'));
    // The set on disk is the winner's, whole: the same bytes as that spec generated alone.
    const solo = join(base, 'solo');
    expect(runCli(['generate', ra.code === 0 ? join(base, 'lot.yaml') : join(bSpec, 'lot.yaml'), '-o', solo, '-q', ...SPEC_LAYOUT]).code).toBe(0);
    expect(digest(out)).toEqual(digest(solo));
  });

  it('with --force: both succeed one after the other, and the set on disk is one run’s, never a mix', async () => {
    const base = tempDir('efc-race-');
    const out = join(base, 'out');
    const runs = [3, 8].map((n) => start(['generate', SPEC, '-o', out, '--force', '--bidders', String(n), ...SPEC_LAYOUT]));
    const results = await Promise.all(runs.map((r) => r.done));
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    const refs = [3, 8].map((n) => {
      const dir = join(base, `ref-${n}`);
      expect(runCli(['generate', SPEC, '-o', dir, '--bidders', String(n), '-q', ...SPEC_LAYOUT]).code).toBe(0);
      return digest(dir);
    });
    expect(refs[0]).not.toEqual(refs[1]);
    expect([refs[0], refs[1]]).toContainEqual(digest(out));
    expect(leftovers(out)).toEqual([]);
  });

  it('refuses clearly, with exit 1, when the folder stays locked by another run', async () => {
    const out = tempDir('efc-locked-');
    const release = await lockfile.lock(out, { lockfilePath: join(out, '.efc-lock'), realpath: false, stale: 20_000 });
    try {
      const r = await start(['generate', SPEC, '-o', out, '--lang', 'en']).done;
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('[output-locked]');
      expect(r.stderr).toContain(`another efc-tender is already writing into ${out}`);
      expect(filesIn(out)).toEqual(['.efc-lock']);
    } finally {
      await release();
    }
  });
});

describe('a signal in the middle of a batch', () => {
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${sig}: every spec has all its files or none, no temporary file is left, and the exit code is ${code}`, async () => {
      const base = tempDir('efc-signal-');
      const specs = join(base, 'specs');
      mkdirSync(specs);
      for (let i = 0; i < 30; i++) variant(specs, `lot-${String(i).padStart(2, '0')}`, `V${i}`);
      const out = join(base, 'out');
      // The default layout: each spec is a tender file, a folder with a subfolder and a zip beside it.
      const run = start(['generate', specs, '-o', out, '--jobs', '2']);
      let exited = false;
      void run.done.then(() => (exited = true));
      // Send the signal as soon as the first tender file appears.
      while (!exited && !filesIn(out).some((f) => f.endsWith('-DCE.zip'))) await new Promise((r) => setTimeout(r, 20));
      expect(exited).toBe(false);
      run.child.kill(sig);
      const r = await run.done;
      expect([r.code, r.signal]).toEqual([code, null]);
      expect(leftovers(out)).toEqual([]);
      const files = tree(out);
      const stems = [...new Set(files.map((f) => f.replace(/(-DCE\.zip|\/.*)$/, '')))];
      // All or none, subfolder included: every stem on disk has its whole set, the same as the first one's.
      const set = (s: string): string[] => files.filter((f) => f.startsWith(`${s}/`) || f === `${s}-DCE.zip`).map((f) => f.replace(s, '{stem}'));
      for (const s of stems) expect(set(s)).toEqual(set(stems[0]!));
      expect(set(stems[0]!)).toContain('{stem}/interne/grille-notation.xlsx');
      expect(set(stems[0]!)).toHaveLength(9);
      expect(stems.length).toBeGreaterThan(0);
      expect(stems.length).toBeLessThan(30);
      expect(r.stderr).toContain(`interrompu (${sig}) : ${stems.length} spécification(s) écrite(s) en entier, ${30 - stems.length} non écrite(s)`);
      expect(r.stdout).toContain(`${stems.length} faite(s), 0 en échec, ${30 - stems.length} non lancée(s), ${stems.length * 9} fichiers écrits`);
    });
  }
});

describe('symlinks planted in the output folder', () => {
  it('are never followed: nothing outside the output folder changes', () => {
    const base = tempDir('efc-links-');
    const outside = join(base, 'outside');
    const out = join(base, 'out');
    mkdirSync(outside);
    mkdirSync(out);
    const victim = (f: string): string => join(outside, f);
    for (const f of OUTPUTS('sicoval-waste')) writeFileSync(victim(f), 'precious');
    // The old writer's temp names, .efc-tmp-<pid>-<name>, for the next few hundred process ids, and staging-like names.
    const last = Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
    for (let pid = last; pid < last + 300; pid++) for (const f of OUTPUTS('sicoval-waste')) symlinkSync(victim(f), join(out, `.efc-tmp-${pid}-${f}`));
    for (const s of ['', 'XXXXXX', 'aaaaaa']) symlinkSync(outside, join(out, `.efc-staging-${s}`));
    const before = digest(outside);
    const planted = readdirSync(out).length;

    const r = runCli(['generate', SPEC, '-o', out, ...SPEC_LAYOUT]);
    expect(r.code).toBe(0);
    expect(digest(outside)).toEqual(before);
    expect(readdirSync(out).length).toBe(planted + 3);

    // Symlinks at the target names: refused without --force; replaced (the links, not what they point to) with it.
    const out2 = join(base, 'out2');
    mkdirSync(out2);
    for (const f of OUTPUTS('sicoval-waste')) symlinkSync(victim(f), join(out2, f));
    const refused = runCli(['generate', SPEC, '-o', out2, ...SPEC_LAYOUT]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.match(/\[output-exists\]/g)).toHaveLength(3);
    expect(runCli(['generate', SPEC, '-o', out2, '--force', ...SPEC_LAYOUT]).code).toBe(0);
    expect(digest(outside)).toEqual(before);
    expect(digest(out2)).toEqual(digest(out, OUTPUTS('sicoval-waste')));
    expect(existsSync(join(out2, '.efc-lock'))).toBe(false);

    // The tender file (default layout): a symlink standing where the spec's folder goes is refused, never followed;
    // nothing of the set is written, not even the zip beside the folder.
    const out3 = join(base, 'out3');
    mkdirSync(out3);
    symlinkSync(outside, join(out3, 'sicoval-waste'));
    const dce = runCli(['generate', SPEC, '-o', out3, '--force']);
    expect(dce.code).toBe(1);
    expect(dce.stderr).toContain('[output-not-a-folder]');
    expect(digest(outside)).toEqual(before);
    expect(readdirSync(outside).sort()).toEqual(OUTPUTS('sicoval-waste'));
    expect(readdirSync(out3)).toEqual(['sicoval-waste']);
    rmSync(base, { recursive: true, force: true });
  });
});
