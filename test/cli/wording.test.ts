/** The wording catalog through the CLI: terminal language, and --templates overriding every document's words. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { filesIn, runCli, tempDir } from '../helpers/cli.js';
import { documentXml } from '../helpers/ooxml.js';

const marksDir = 'examples/sicoval-waste-marks';
const marks = readdirSync(marksDir).filter((f) => f.endsWith('.csv')).map((f) => join(marksDir, f));
const score = ['score', 'examples/sicoval-waste.yaml', '--marks', ...marks, '--prices', 'examples/sicoval-waste-prices.csv'];
const english = { LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** Every text of an XLSX (shared strings and inline strings), to find a label wherever exceljs put it. */
function xlsxText(file: string): string {
  const parts = unzipSync(readFileSync(file), { filter: (f) => f.name.endsWith('.xml') });
  return Object.values(parts).map((p) => new TextDecoder().decode(p)).join('\n');
}

describe('terminal language', () => {
  it('score speaks French for a French spec, even under an English locale; --lang en switches', () => {
    const fr = runCli([...score, '-o', join(tempDir(), 'rapport.docx')], { env: english });
    expect(fr.code, fr.stderr).toBe(0);
    expect(fr.stdout).toContain('Classement — SICO-2027-DEC-01');
    expect(fr.stdout).toMatch(/Rang\s+Soumissionnaire/);
    expect(fr.stdout).toMatch(/82,45/);
    const en = runCli([...score, '--lang', 'en', '-o', join(tempDir(), 'report.docx')], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('Ranking — SICO-2027-DEC-01');
    expect(en.stdout).toMatch(/82\.45/);
  });

  it("score's input errors are counted in the spec's language", () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'bidder,criterion,mark,justification\nFoo,zzz,9,x\n');
    const r = runCli(['score', 'examples/sicoval-waste.yaml', '--marks', bad, '--prices', 'examples/sicoval-waste-prices.csv', '-o', join(dir, 'r.docx')], { env: english });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[unknown-criterion]');
    expect(r.stderr).toMatch(/\berreur\b/);
    expect(r.stderr).toContain('2 problèmes trouvés ; rien n’a été écrit.');
    expect(filesIn(dir)).toEqual(['bad.csv']);
  });
});

describe('--templates DIR/<lang>/labels.yaml overrides the words of every document', () => {
  it('reaches the grid DOCX, the XLSX grid and the evaluation report', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tpl', 'fr'), { recursive: true });
    writeFileSync(
      join(dir, 'tpl', 'fr', 'labels.yaml'),
      ['grid.title: Grille de la commission locale', 'xlsx.rank: Place obtenue', 'report.title: Rapport de la commission locale', 'report.s9: Visas'].join('\n') + '\n',
    );
    const out = join(dir, 'out');
    const g = runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--templates', join(dir, 'tpl')]);
    expect(g.code, g.stderr).toBe(0);
    expect(documentXml(join(out, 'sicoval-waste', 'interne', 'grille-notation.docx'))).toContain('Grille de la commission locale');
    expect(xlsxText(join(out, 'sicoval-waste', 'interne', 'grille-notation.xlsx'))).toContain('Place obtenue');
    const report = join(dir, 'rapport.docx');
    // The title and the signature block are those of the final report (the committee's files settle every item).
    const s = runCli([...score, '--regularity', 'examples/sicoval-waste-regularity.csv', '--consensus', 'examples/sicoval-waste-consensus.csv', '--final', '-o', report, '--templates', join(dir, 'tpl')]);
    expect(s.code, s.stderr).toBe(0);
    const xml = documentXml(report);
    expect(xml).toContain('Rapport de la commission locale');
    expect(xml).toContain('Visas');
  });

  it('an unknown key or a bad file is an input error naming the file, and nothing is written', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tpl', 'fr'), { recursive: true });
    const labels = join(dir, 'tpl', 'fr', 'labels.yaml');
    writeFileSync(labels, 'grid.titel: Grille\n');
    const out = join(dir, 'out');
    const r = runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--templates', join(dir, 'tpl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${labels}:1:1`);
    expect(r.stderr).toContain('[labels-unknown-key]');
    expect(r.stderr).toContain('grid.title');
    expect(filesIn(out)).toEqual([]);
    writeFileSync(labels, 'total: [\n');
    const s = runCli([...score, '-o', join(dir, 'r.docx'), '--templates', join(dir, 'tpl')]);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain(labels);
    expect(s.stderr).toContain('[yaml-syntax]');
    expect(filesIn(dir)).toEqual(['tpl']);
  });
});
