import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { filesIn, runCli, tempDir } from './helpers/cli.js';
import { docxText, spaces } from './helpers/hostile.js';
import { xlsxCells } from './helpers/xlsx-cells.js';

/**
 * A `--templates` folder whose French `<piece>/<name>.hbs` is `source`; generate the example with it. The spec/
 * templates make the single specification of `--layout spec` (the CCTP of a DCE reads 01, 03, 04 and 05 of them);
 * rc/, ae/, ccap/, cctp/ and response/ make the DCE's pieces (the default layout).
 */
function generateWith(name: string, source: string, { piece = 'spec', layout = 'spec' }: { piece?: string; layout?: 'spec' | 'dce' } = {}) {
  const dir = tempDir();
  mkdirSync(join(dir, 'tpl', 'fr', piece), { recursive: true });
  writeFileSync(join(dir, 'tpl', 'fr', piece, `${name}.hbs`), source);
  const out = join(dir, 'out');
  const r = runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--templates', join(dir, 'tpl'), '--layout', layout]);
  return { ...r, written: filesIn(out) };
}

describe('a broken template is the author’s input error: exit 1, its file and line, nothing written', () => {
  it.each([
    ['an unknown table', '07-criteria', '# Critères\n\nTexte.\n::table nope\n', '07-criteria.hbs:4:1', ['[template-markup]', 'unknown table "nope"']],
    ['an unknown table whose name comes from the data', '09-technical-brief', '# Mémoire\n\n{{#each grid.qualityCriteria}}\n::table levels:{{label}}\n{{/each}}\n', '09-technical-brief.hbs:4:1', ['[template-markup]', 'unknown table "levels:']],
    ['an unknown directive', '04-solution', '# Solution\n\n::tabel criteria\n', '04-solution.hbs:3:1', ['[template-markup]', 'unknown directive "::tabel criteria"']],
    ['an unknown helper', '01-context', '# Contexte\n\nNous sommes {{shout buyer.name}}.\n', '01-context.hbs:3:13', ['[template-error]', 'shout']],
    ['an unknown helper in a sub-expression', '08-marking', '# Notation\n\n{{#if (bigger 1 2)}}oui{{/if}}\n', '08-marking.hbs:3:7', ['[template-error]', 'bigger']],
    ['#if without its argument', '02-object', '# Objet\n{{#if}}x{{/if}}\n', '02-object.hbs:2:1', ['[template-error]', '{{#if}}']],
    ['an unknown partial', '05-cooperation', '# Coopération\n\n{{> signature}}\n', '05-cooperation.hbs:3:1', ['[template-error]', 'signature']],
    ['bad Handlebars syntax', '06-remuneration', '# Rémunération\n\n{{#each fields}}\n- {{label}}\n', '06-remuneration.hbs:5:1', ['[template-syntax]']],
  ])('%s', (_, name, source, where, words) => {
    const r = generateWith(name, source);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(where);
    for (const w of words) expect(r.stderr).toContain(w);
    expect(r.stderr).not.toContain('internal error');
    expect(r.written).toEqual([]);
  });

  // The same refusals for the templates of the tender file's pieces, in the default layout: nothing of the DCE is
  // written, not even the pieces whose templates are fine, nor the zip.
  it.each([
    ['an unknown table in the RC', 'rc', '07-criteria', '# Critères\n\n::table nope\n', 'rc/07-criteria.hbs:3:1', ['[template-markup]', 'unknown table "nope"']],
    ['bad Handlebars syntax in the CCAP', 'ccap', 'price', '# Prix\n\n{{#each lines}}\n- {{label}}\n', 'ccap/price.hbs:5:1', ['[template-syntax]']],
    ['an unknown helper in a section the CCTP shares with the specification', 'spec', '01-context', '# Contexte\n\nNous sommes {{shout buyer.name}}.\n', 'spec/01-context.hbs:3:13', ['[template-error]', 'shout']],
    ['an unknown helper in the cadre de réponse', 'response', 'body', '# Cadre\n\n{{shout buyer.name}}\n', 'response/body.hbs:3:1', ['[template-error]', 'shout']],
  ])('DCE: %s', (_, piece, name, source, where, words) => {
    const r = generateWith(name, source, { piece, layout: 'dce' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(where);
    for (const w of words) expect(r.stderr).toContain(w);
    expect(r.stderr).not.toContain('internal error');
    expect(r.written).toEqual([]);
  });

  it('reports every unknown helper of a template at once', () => {
    const r = generateWith('03-effects', '# Effets\n\n{{upper territory.name}}\n\n{{shout territory.name}}\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('03-effects.hbs:3:1');
    expect(r.stderr).toContain('03-effects.hbs:5:1');
  });

  it('a template may still place tables and markup of its own around the data', () => {
    const r = generateWith('07-criteria', '# Critères\n\n**Pondération** de _{{buyer.name}}_ :\n\n::table criteria\n::pagebreak\n');
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('text is data in monitoring: the holder, measurement sources and comments reach the décompte and the report literally', () => {
  it('award → monitor with hostile text: found whole in the DOCX runs, string cells (never formulas) in the XLSX', async () => {
    const dir = tempDir('efc-hostile-monitor-');
    // The holder's name (award --bidder) is printed in the décompte and the report.
    const bidder = '=HYPERLINK("http://x.invalid","clic") <w:t>faux</w:t> {{x}} **SCIC** droite\u202Egauche\u200Bzéro';
    const contract = join(dir, 'contrat.yaml');
    const a = runCli(['award', 'examples/sicoval-waste.yaml', '--bidder', bidder, '--date', '2027-01-15', '-o', contract]);
    expect(a.code, a.stderr).toBe(0);
    // Measurements: hostile sources (printed in the décompte's table) and a comment on an estimated value (in the report).
    const sources = ["+cmd|' /C calc'!A0", '@SUM(1+1) ::pagebreak', '-2+3 </w:t></w:r><w:r><w:t>injecté'];
    const comment = '=1+1 # Titre {{#if x}}y{{/if}} ' + 'Anticonstitutionnellement'.repeat(8);
    const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
    const lines = readFileSync('examples/monitor/sicoval-waste/mesures-A1.csv', 'utf8').split('\n');
    const rows = lines.map((l, i) => {
      if (i === 0 || i > 3 || !l) return l;
      const cells = l.split(';');
      cells[4] = q(sources[i - 1]!);
      if (i === 2) [cells[6], cells[7]] = ['estimé', q(comment)];
      return cells.join(';');
    });
    const measures = join(dir, 'mesures.csv');
    writeFileSync(measures, rows.join('\n'));
    const out = join(dir, 'out');
    const m = runCli(['monitor', contract, '--measures', measures, '--year', '1', '-o', out]);
    expect(m.code, m.stderr).toBe(0);
    expect(filesIn(out)).toEqual(['contrat-decompte-A1.docx', 'contrat-decompte-A1.xlsx', 'contrat-rapport-copil-A1.docx']);

    const decompte = spaces(docxText(readFileSync(join(out, 'contrat-decompte-A1.docx'))));
    const report = spaces(docxText(readFileSync(join(out, 'contrat-rapport-copil-A1.docx'))));
    expect(decompte).toContain(spaces(bidder));
    for (const s of sources) expect(decompte).toContain(spaces(s));
    expect(report).toContain(spaces(bidder));
    expect(report).toContain(spaces(comment));

    const cells = await xlsxCells(readFileSync(join(out, 'contrat-decompte-A1.xlsx')));
    // The décompte workbook holds figures and the spec's labels (it names neither the holder nor a source today): any
    // cell that holds one of these texts is a string, and no formula is made of them.
    const hostileCell = (t: string): boolean => /HYPERLINK|cmd\||SUM\(1\+1\)|faux|injecté|Anticonstitutionnellement/.test(t);
    expect(cells.filter((c) => c.kind !== 'string' && hostileCell(c.text))).toEqual([]);
    expect(cells.filter((c) => c.kind === 'formula').length).toBeGreaterThan(0);
    // No value became markup in any part of the three files.
    for (const file of filesIn(out)) {
      for (const [part, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(join(out, file))), { filter: (e) => e.name.endsWith('.xml') }))) {
        const xml = new TextDecoder().decode(bytes);
        expect(xml, `${file} ${part}`).not.toContain('<w:t>faux');
        expect(xml, `${file} ${part}`).not.toContain('<w:t>injecté');
      }
    }
  }, 180_000);
});
