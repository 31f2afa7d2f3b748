import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { prepare } from '../src/generate/pipeline.js';
import { renderDce } from '../src/dce/build.js';
import { checkCoherence, type CoherenceInput } from '../src/dce/coherence.js';
import { coherenceInput } from '../src/dce/coherence-files.js';
import { ROOT } from './helpers/cli.js';

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'];
const catalog = loadCatalog();

async function mdInput(name: string, lang?: 'fr' | 'en'): Promise<CoherenceInput> {
  const { loaded, grid } = prepare(join(ROOT, 'examples', `${name}.yaml`), catalog, lang);
  return coherenceInput(await renderDce(loaded, grid, catalog, { format: 'md' }), grid.lang, { loaded });
}

/** The same input with one piece's text edited: how each mutation test breaks the file on purpose. */
function edit(input: CoherenceInput, id: string, change: (text: string) => string): CoherenceInput {
  return { ...input, pieces: input.pieces.map((p) => (p.id === id ? { ...p, text: change(p.text) } : p)) };
}

describe('coherence of the tender file (Markdown texts)', () => {
  it.each(EXAMPLES)('%s: every reference resolves, weights, indicators and lots agree', async (name) => {
    const input = await mdInput(name);
    expect(input.pieces.map((p) => p.id).sort()).toEqual(['ae', 'cadre', 'ccap', 'cctp', 'grid-docx', 'rc']);
    expect(checkCoherence(input).map((d) => d.message)).toEqual([]);
  });

  it.each(EXAMPLES)('%s in English', async (name) => {
    expect(checkCoherence(await mdInput(name, 'en')).map((d) => d.message)).toEqual([]);
  });
});

describe('the coherence check fails when the file is broken on purpose', () => {
  /** The diagnostics after one edit of one piece, as [file, kind, message]; the edit must have changed something. */
  async function broken(id: string, from: string | RegExp, to: string): Promise<{ file?: string; kind: unknown; message: string }[]> {
    const input = await mdInput('school-catering');
    const before = input.pieces.find((p) => p.id === id)!.text;
    const mutated = edit(input, id, (text) => text.replace(from, to));
    expect(mutated.pieces.find((p) => p.id === id)!.text).not.toBe(before);
    return checkCoherence(mutated).map((d) => ({ file: d.file, kind: d.args?.kind, message: d.message }));
  }

  it('an article of the CCAP that does not exist', async () => {
    const found = await broken('ae', 'Avance (article 6 du CCAP)', 'Avance (article 16 du CCAP)');
    expect(found).toEqual([{ file: '02-AE.md', kind: 'coherence.ref-missing', message: expect.stringContaining('« article 16 du CCAP » renvoie à 03-CCAP.md') }]);
  });

  it('an article of the CCAP about something else than the sentence says', async () => {
    const found = await broken('ae', 'Avance (article 6 du CCAP)', 'Avance (article 7 du CCAP)');
    expect(found).toEqual([{ file: '02-AE.md', kind: 'coherence.ref-topic', message: expect.stringContaining('« Modalités de règlement »') }]);
  });

  it('an article of the RC cited by title that it does not have', async () => {
    const found = await broken('rc', /l'article «\s*Méthode de notation\s*»/u, "l'article « Méthode de calcul »");
    expect(found).toEqual([{ file: '01-RC.md', kind: 'coherence.ref-missing', message: expect.stringContaining('« article « Méthode de calcul » »') }]);
  });

  it('a piece number that the file does not have, or that names another piece', async () => {
    expect(await broken('ccap', /pièce n° 04/, 'pièce n° 07')).toEqual([{ file: '03-CCAP.md', kind: 'coherence.piece-missing', message: expect.stringContaining('« pièce n° 07 »') }]);
    const topic = await broken('rc', 'en annexe du cahier des clauses techniques particulières (pièce n° 04)', 'en annexe du cahier des clauses techniques particulières (pièce n° 03)');
    expect(topic.map((d) => [d.file, d.kind])).toContainEqual(['01-RC.md', 'coherence.piece-topic']);
  });

  it('an annex that the cited piece does not have', async () => {
    // The RC sends bidders to the glossary in the CCTP's annex: a CCTP without it breaks that reference.
    const found = await broken('cctp', /^# Annexe — Glossaire$/mu, '# Glossaire');
    expect(found.map((d) => [d.file, d.kind])).toEqual([['01-RC.md', 'coherence.annex-missing']]);
  });

  it('a weight that differs between the RC and the grid', async () => {
    const found = await broken('grid-docx', /(\| 1\.1 \| Engagements chiffrés de performance d'usage \| )[\d,]+ \|/u, '$19,9 |');
    expect(found).toEqual([{ file: 'interne/grille-notation.md', kind: 'coherence.weight', message: expect.stringMatching(/1\.1 Engagements chiffrés de performance d'usage vaut 9\.9 points, 01-RC\.md en donne \d/u) }]);
  });

  it('a sub-criterion the cadre de réponse leaves out or titles differently', async () => {
    const found = await broken('cadre', /^## (1\.\d+) Coopération autour du temps du repas/mu, '## $1 Coopération autour de la cantine');
    expect(found.map((d) => [d.file, d.kind])).toEqual([['05-cadre-de-reponse.md', 'coherence.weight-label']]);
  });

  it('an indicator target, unit or id that differs', async () => {
    const target = await broken('cadre', "| **Part des produits biologiques en valeur d'achat HT** — part-bio | % | année | A1 | 26,5 |", "| **Part des produits biologiques en valeur d'achat HT** — part-bio | % | année | A1 | 27,5 |");
    expect(target).toEqual([{ file: '05-cadre-de-reponse.md', kind: 'coherence.indicator-target', message: expect.stringContaining('part-bio pour A1 est 27.5, dans 03-CCAP.md 26.5') }]);
    const cctp = await broken('cctp', /(biologiques en valeur d'achat HT\*\* — Unité\s?: % \| Dimension écologique \| 16 \(2025\) \| )30 \(2029\)/u, '$135 (2029)');
    expect(cctp).toEqual([{ file: '04-CCTP.md', kind: 'coherence.indicator-target', message: expect.stringContaining('part-bio pour 2029 est 35') }]);
    const unit = await broken('cctp', /(biologiques en valeur d'achat HT\*\* — Unité\s?:) %/u, '$1 points');
    expect(unit.map((d) => [d.file, d.kind])).toEqual([['04-CCTP.md', 'coherence.indicator-unit']]);
    const example = await broken('ccap', "— part-bio | A1 | 26,5 |", '— part-bio | A1 | 25 |');
    expect(example.map((d) => [d.file, d.kind])).toEqual([['03-CCAP.md', 'coherence.indicator-target']]);
    const id = await broken('cadre', /^\| part-bio \| % \| année \| A2 /mu, '| part-biologique | % | année | A2 ');
    expect(id.map((d) => [d.file, d.kind])).toEqual([['05-cadre-de-reponse.md', 'coherence.indicator-extra']]);
  });

  it('lots that differ between pieces', async () => {
    const input = await mdInput('school-catering');
    const lots = edit(edit(input, 'rc', (x) => `${x}\n\nLot 1 : Repas des écoles ; Lot 2 : Goûters\n`), 'cctp', (x) => `${x}\n\n- Lot 1 : Repas des écoles\n`);
    expect(checkCoherence(lots).map((d) => [d.file, d.args?.kind])).toEqual([['04-CCTP.md', 'coherence.lots']]);
  });
});
