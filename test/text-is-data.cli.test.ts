import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, runCli, tempDir } from './helpers/cli.js';

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
