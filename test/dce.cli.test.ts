import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT, filesIn, runCli, tempDir } from './helpers/cli.js';

const tree = (dir: string): string[] => (existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).map((p) => p.replace(/\\/g, '/')).sort() : []);

describe('generate --dce', () => {
  it('writes the DCE folder, the buyer-only folder and a zip of exactly the publishable pieces; reruns are byte-identical', () => {
    const out = tempDir();
    const r = runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--dce']);
    expect(r.code, r.stderr).toBe(0);
    expect(tree(out)).toEqual([
      'sicoval-waste',
      'sicoval-waste-DCE.zip',
      'sicoval-waste/01-RC.docx',
      'sicoval-waste/02-AE.docx',
      'sicoval-waste/03-CCAP.docx',
      'sicoval-waste/04-CCTP.docx',
      'sicoval-waste/05-cadre-de-reponse.docx',
      'sicoval-waste/06-DPGF.xlsx',
      'sicoval-waste/interne',
      'sicoval-waste/interne/grille-notation.docx',
      'sicoval-waste/interne/grille-notation.xlsx',
    ]);
    const zip = unzipSync(readFileSync(join(out, 'sicoval-waste-DCE.zip')));
    expect(Object.keys(zip)).toEqual(['01-RC.docx', '02-AE.docx', '03-CCAP.docx', '04-CCTP.docx', '05-cadre-de-reponse.docx', '06-DPGF.xlsx']);
    for (const [name, bytes] of Object.entries(zip)) expect(Buffer.from(bytes).equals(readFileSync(join(out, 'sicoval-waste', name)))).toBe(true);

    const again = tempDir();
    // Another time zone: the zip dates come from the spec, not the clock or the machine.
    expect(runCli(['generate', 'examples/sicoval-waste.yaml', '-o', again, '--dce'], { env: { TZ: 'Pacific/Kiritimati' } }).code).toBe(0);
    for (const f of tree(out).filter((f) => /\.(docx|xlsx|zip)$/.test(f))) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    // Same folder again: without --force nothing is replaced; with --force every file is unchanged.
    expect(runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--dce']).code).toBe(1);
    const forced = runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--dce', '--force', '--json']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).summary).toMatchObject({ filesWritten: 0, filesUnchanged: 9 });
  });

  it('--format md writes the pieces as Markdown, without the workbook', () => {
    const out = tempDir();
    expect(runCli(['generate', 'examples/rural-mobility.yaml', '-o', out, '--dce', '--format', 'md']).code).toBe(0);
    expect(tree(out)).toEqual(['rural-mobility', 'rural-mobility-DCE.zip', 'rural-mobility/01-RC.md', 'rural-mobility/02-AE.md', 'rural-mobility/03-CCAP.md', 'rural-mobility/04-CCTP.md', 'rural-mobility/05-cadre-de-reponse.md', 'rural-mobility/interne', 'rural-mobility/interne/grille-notation.md']);
    const rc = readFileSync(join(out, 'rural-mobility', '01-RC.md'), 'utf8');
    expect(rc).toContain('Variantes');
    expect(Object.keys(unzipSync(readFileSync(join(out, 'rural-mobility-DCE.zip'))))).toEqual(['01-RC.md', '02-AE.md', '03-CCAP.md', '04-CCTP.md', '05-cadre-de-reponse.md']);
  });

  it('writes nothing when the consultation contradicts the procedure, and says where', () => {
    const out = tempDir();
    const spec = join(tempDir(), 'bad.yaml');
    const y = readFileSync(join(ROOT, 'examples', 'school-catering.yaml'), 'utf8').replace('  offer_validity_days: 120\n', '  offer_validity_days: 120\n  negotiation: planned\n');
    writeFileSync(spec, y);
    const line = y.split('\n').findIndex((l) => l.includes('negotiation: planned')) + 1;
    const r = runCli(['generate', spec, '-o', out, '--dce']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(`bad.yaml:${line}:`);
    expect(r.stdout + r.stderr).toContain('consultation-negotiation');
    expect(filesIn(out)).toEqual([]);
  });

  it('--layout spec writes the three files of the layout before the DCE', () => {
    const out = tempDir();
    expect(runCli(['generate', 'examples/school-catering.yaml', '-o', out, '--layout', 'spec']).code).toBe(0);
    expect(filesIn(out)).toEqual(['school-catering-grid.docx', 'school-catering-grid.xlsx', 'school-catering-spec.docx']);
  });
});
