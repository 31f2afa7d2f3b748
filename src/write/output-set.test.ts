import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../util/fs.js';
import { lockFolder, writeOutputSet } from './lock.js';
import { OutputSetError, writeSetSync, type OutputData } from './output-set.js';

const made: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'efc-set-'));
  made.push(d);
  return d;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SET = (v: string): OutputData[] => [
  { name: 'x-spec.docx', data: `spec ${v}` },
  { name: 'x-grid.docx', data: new Uint8Array(Buffer.from(`grid ${v}`)) },
  { name: 'x-grid.xlsx', data: `xlsx ${v}` },
];
const contents = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, lstatSync(join(dir, f)).isSymbolicLink() ? '-> link' : readFileSync(join(dir, f), 'utf8')]));
const enospc = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

function thrown(fn: () => unknown): OutputSetError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(OutputSetError);
    return err as OutputSetError;
  }
  throw new Error('expected a failure');
}

describe('writeSetSync', () => {
  it('writes every file of a set, leaves no staging folder, and makes ordinary files', () => {
    const dir = join(temp(), 'out', 'deep');
    const r = writeSetSync(dir, SET('1'), { force: false });
    expect(r.written).toEqual(SET('1').map((f) => join(dir, f.name)));
    expect(contents(dir)).toEqual({ 'x-grid.docx': 'grid 1', 'x-grid.xlsx': 'xlsx 1', 'x-spec.docx': 'spec 1' });
    expect(statSync(join(dir, 'x-spec.docx')).nlink).toBe(1); // the staging name is gone
    expect(statSync(join(dir, 'x-spec.docx')).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it('refuses the whole set when any file exists, naming every one, and changes nothing', () => {
    const dir = temp();
    writeFileSync(join(dir, 'x-grid.docx'), 'keep');
    writeFileSync(join(dir, 'x-grid.xlsx'), 'keep too');
    const e = thrown(() => writeSetSync(dir, SET('1'), { force: false, lang: 'en' }));
    expect(e.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['output-exists', join(dir, 'x-grid.docx')],
      ['output-exists', join(dir, 'x-grid.xlsx')],
    ]);
    expect(e.written).toEqual([]);
    expect(contents(dir)).toEqual({ 'x-grid.docx': 'keep', 'x-grid.xlsx': 'keep too' });
  });

  it('with force, replaces the set and leaves files that already hold the same bytes untouched', () => {
    const dir = temp();
    writeSetSync(dir, SET('1'), { force: false });
    const set2 = SET('2').map((f, k) => (k === 2 ? SET('1')[2]! : f));
    const before = statSync(join(dir, 'x-grid.xlsx')).ino;
    const r = writeSetSync(dir, set2, { force: true });
    expect(r.written).toEqual([join(dir, 'x-spec.docx'), join(dir, 'x-grid.docx')]);
    expect(r.unchanged).toEqual([join(dir, 'x-grid.xlsx')]);
    expect(statSync(join(dir, 'x-grid.xlsx')).ino).toBe(before);
    expect(contents(dir)).toEqual({ 'x-grid.docx': 'grid 2', 'x-grid.xlsx': 'xlsx 1', 'x-spec.docx': 'spec 2' });
  });

  it('disk full on the third file: the previous set stays intact, the message says the disk is full and that none was written', () => {
    const dir = temp();
    writeSetSync(dir, SET('old'), { force: false });
    const e = thrown(() =>
      writeSetSync(dir, SET('new'), {
        force: true,
        lang: 'en',
        fault: (step, k) => {
          if (step === 'write' && k === 2) throw enospc();
        },
      }),
    );
    expect(e.diagnostics).toHaveLength(1);
    expect(e.diagnostics[0]).toMatchObject({ code: 'disk-full', file: join(dir, 'x-grid.xlsx') });
    expect(e.diagnostics[0]!.message).toMatch(/^disk full: x-grid\.xlsx could not be written in .*none of this set was written \(x-spec\.docx, x-grid\.docx, x-grid\.xlsx\); the files already there are intact$/);
    expect([e.written, e.notWritten]).toEqual([[], SET('new').map((f) => join(dir, f.name))]);
    expect(contents(dir)).toEqual({ 'x-grid.docx': 'grid old', 'x-grid.xlsx': 'xlsx old', 'x-spec.docx': 'spec old' });
    // In French by default.
    const fr = thrown(() => writeSetSync(dir, SET('new'), { force: true, fault: (s, k) => void (s === 'write' && k === 0 && (() => { throw enospc(); })()) }));
    expect(fr.diagnostics[0]!.message).toMatch(/^disque plein : x-spec\.docx n’a pas pu être écrit/);
  });

  it('a rename failing half-way is rolled back: the old files come back, the new ones go', () => {
    const dir = temp();
    writeSetSync(dir, SET('old').slice(0, 2), { force: false }); // the xlsx did not exist before
    const e = thrown(() =>
      writeSetSync(dir, SET('new'), {
        force: true,
        fault: (step, k) => {
          if (step === 'place' && k === 2) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        },
      }),
    );
    expect(e.diagnostics[0]!.code).toBe('output-write-failed');
    expect(e.written).toEqual([]);
    expect(contents(dir)).toEqual({ 'x-grid.docx': 'grid old', 'x-spec.docx': 'spec old' });
    // Without force, the files linked into place so far are removed again.
    const dir2 = temp();
    thrown(() => writeSetSync(dir2, SET('new'), { force: false, fault: (step, k) => void (step === 'place' && k === 1 && (() => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); })()) }));
    expect(readdirSync(dir2)).toEqual([]);
  });

  it('never overwrites a file another program creates after the check (no check-then-write gap), and undoes its own', () => {
    const dir = temp();
    const e = thrown(() =>
      writeSetSync(dir, SET('mine'), {
        force: false,
        fault: (step, k, name) => {
          if (step === 'place' && k === 1) writeFileSync(join(dir, name), 'theirs'); // between the check and the link
        },
      }),
    );
    expect(e.diagnostics.map((d) => [d.code, d.file])).toEqual([['output-exists', join(dir, 'x-grid.docx')]]);
    expect(contents(dir)).toEqual({ 'x-grid.docx': 'theirs' });
  });

  it('refuses a folder in the way, even with force, and never removes it', () => {
    const dir = temp();
    mkdirSync(join(dir, 'x-grid.docx'));
    writeFileSync(join(dir, 'x-grid.docx', 'inside'), 'mine');
    const e = thrown(() => writeSetSync(dir, SET('1'), { force: true }));
    expect(e.diagnostics.map((d) => d.code)).toEqual(['output-not-a-file']);
    expect(readFileSync(join(dir, 'x-grid.docx', 'inside'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['x-grid.docx']);
  });

  it('an unwritable folder is an input problem (exit 1), not a crash', () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: a file standing where the folder should be gives the same kind of failure.
      const base = temp();
      writeFileSync(join(base, 'file'), 'x');
      expect(thrown(() => writeSetSync(join(base, 'file', 'out'), SET('1'), { force: false })).diagnostics[0]!.code).toBe('output-write-failed');
      return;
    }
    const dir = temp();
    chmodSync(dir, 0o500);
    expect(thrown(() => writeSetSync(dir, SET('1'), { force: false })).diagnostics[0]!.code).toBe('output-write-failed');
  });
});

describe('symlinks planted in the output folder', () => {
  it('are never followed: neither at the names the old writer used, nor at the targets, nor as a staging folder', () => {
    const root = temp();
    const outside = join(root, 'outside');
    const dir = join(root, 'out');
    mkdirSync(outside);
    mkdirSync(dir);
    const victims = SET('x').map((f) => join(outside, `victim-${f.name}`));
    victims.forEach((v) => writeFileSync(v, 'precious'));
    // The old writer's temp names (.efc-tmp-<pid>-<name>), and names shaped like our staging folders.
    SET('x').forEach((f, k) => symlinkSync(victims[k]!, join(dir, `.efc-tmp-${process.pid}-${f.name}`)));
    for (const suffix of ['', 'AAAAAA', 'XXXXXX', '000000']) symlinkSync(outside, join(dir, `.efc-staging-${suffix}`));
    writeFileAtomic(join(dir, 'x-spec.docx'), 'new spec');
    writeSetSync(dir, SET('1').slice(1), { force: false });
    victims.forEach((v) => expect(readFileSync(v, 'utf8')).toBe('precious'));
    expect(readdirSync(outside).sort()).toEqual(victims.map((v) => v.slice(outside.length + 1)).sort());
    // A symlink at a target: refused without force; with force the link itself is replaced, its target untouched.
    const dir2 = join(root, 'out2');
    mkdirSync(dir2);
    symlinkSync(victims[0]!, join(dir2, 'x-spec.docx'));
    expect(thrown(() => writeSetSync(dir2, SET('2'), { force: false })).diagnostics[0]!.code).toBe('output-exists');
    writeSetSync(dir2, SET('2'), { force: true });
    expect(lstatSync(join(dir2, 'x-spec.docx')).isFile()).toBe(true);
    expect(readFileSync(victims[0]!, 'utf8')).toBe('precious');
    expect(readdirSync(dir2).filter((f) => f.startsWith('.efc-'))).toEqual([]);
  });
});

describe('the folder lock', () => {
  it('makes a second writer wait, then apply the no-overwrite rule; or refuse clearly when the folder stays taken', async () => {
    const dir = temp();
    const first = await lockFolder(dir);
    expect(existsSync(join(dir, '.efc-lock'))).toBe(true);
    const refused = await lockFolder(dir, { waitMs: 0, lang: 'en' }).then(
      () => undefined,
      (err: OutputSetError) => err,
    );
    expect(refused?.diagnostics[0]).toMatchObject({ code: 'output-locked', file: dir });
    expect(refused?.diagnostics[0]!.message).toContain('another efc-tender is already writing into');
    // The first run writes and lets go while the second one waits: the second then refuses to overwrite.
    const second = writeOutputSet(dir, SET('second'), { force: false, waitMs: 5000 });
    writeSetSync(dir, SET('first'), { force: false });
    await first.release();
    const e = await second.then(() => undefined, (err: OutputSetError) => err);
    expect(e?.diagnostics.map((d) => d.code)).toEqual(['output-exists', 'output-exists', 'output-exists']);
    expect(contents(dir)).toEqual({ 'x-grid.docx': 'grid first', 'x-grid.xlsx': 'xlsx first', 'x-spec.docx': 'spec first' });
  });
});

describe('writeSetSync with subfolders (a DCE)', () => {
  const DCE = (v: string): OutputData[] => [
    { name: 'x/01-RC.docx', data: `rc ${v}` },
    { name: 'x/interne/grille.xlsx', data: `grid ${v}` },
    { name: 'x-DCE.zip', data: `zip ${v}` },
  ];
  const tree = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).map((p) => p.replace(/\\/g, '/')).sort();

  it('makes the subfolders and writes every file below them', () => {
    const dir = temp();
    const r = writeSetSync(dir, DCE('1'), { force: false });
    expect(r.written).toEqual([join(dir, 'x', '01-RC.docx'), join(dir, 'x', 'interne', 'grille.xlsx'), join(dir, 'x-DCE.zip')]);
    expect(tree(dir)).toEqual(['x', 'x-DCE.zip', 'x/01-RC.docx', 'x/interne', 'x/interne/grille.xlsx']);
    expect(readFileSync(join(dir, 'x', 'interne', 'grille.xlsx'), 'utf8')).toBe('grid 1');
  });

  it('a failure half-way leaves nothing, not even the folders it made', () => {
    const dir = temp();
    const e = thrown(() => writeSetSync(dir, DCE('1'), { force: false, fault: (step, k) => { if (step === 'place' && k === 2) throw enospc(); } }));
    expect(e.diagnostics[0]!.code).toBe('disk-full');
    expect(tree(dir)).toEqual([]);
  });

  it('keeps an existing subfolder and its other files on rollback; refuses existing files without --force', () => {
    const dir = temp();
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'notes.txt'), 'mine');
    thrown(() => writeSetSync(dir, DCE('1'), { force: false, fault: (step, k) => { if (step === 'place' && k === 1) throw enospc(); } }));
    expect(tree(dir)).toEqual(['x', 'x/notes.txt']);
    writeSetSync(dir, DCE('1'), { force: false });
    expect(thrown(() => writeSetSync(dir, DCE('2'), { force: false })).diagnostics.map((d) => d.code)).toEqual(['output-exists', 'output-exists', 'output-exists']);
    writeSetSync(dir, DCE('2'), { force: true });
    expect(readFileSync(join(dir, 'x', '01-RC.docx'), 'utf8')).toBe('rc 2');
  });

  it('refuses a symlink (or a file) standing where a subfolder goes, and writes nothing through it', () => {
    const dir = temp();
    const elsewhere = temp();
    symlinkSync(elsewhere, join(dir, 'x'));
    const e = thrown(() => writeSetSync(dir, DCE('1'), { force: true, lang: 'en' }));
    expect(e.diagnostics.map((d) => d.code)).toContain('output-not-a-folder');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it.each(['../x.docx', 'x/../../y.docx', '/abs/x.docx', 'x//y.docx', 'x/./y.docx', 'x/.efc-staging-1/y', 'x\\y.docx', ''])('treats %j as a bug (callers check names)', (name) => {
    expect(() => writeSetSync(temp(), [{ name, data: 'x' }], { force: false })).toThrow(/invalid or repeated output name/);
  });
});
