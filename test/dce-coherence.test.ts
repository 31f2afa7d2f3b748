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

/** The same input with one piece's text edited (`piece`: a registry id, or a file name for a per-lot file). */
function edit(input: CoherenceInput, piece: string, change: (text: string) => string): CoherenceInput {
  return { ...input, pieces: input.pieces.map((p) => (p.id === piece || p.file === piece ? { ...p, text: change(p.text) } : p)) };
}

describe('coherence of the tender file (Markdown texts)', () => {
  it.each(EXAMPLES)('%s: every reference resolves, weights, indicators and lots agree', async (name) => {
    const input = await mdInput(name);
    // The price schedule (piece 06) is a workbook, left out of a Markdown DCE but still a piece the RC cites.
    expect([...new Set(input.pieces.map((p) => p.id))].sort()).toEqual(['ae', 'cadre', 'ccap', 'cctp', 'grid-docx', 'prix', 'rc']);
    expect(input.pieces.find((p) => p.id === 'prix')).toMatchObject({ number: '06', workbook: true, text: '' });
    expect(checkCoherence(input).map((d) => d.message)).toEqual([]);
  });

  it.each(EXAMPLES)('%s in English', async (name) => {
    expect(checkCoherence(await mdInput(name, 'en')).map((d) => d.message)).toEqual([]);
  });

  it('a tender with lots: each per-lot file is a piece of the file, with its lot', async () => {
    const input = await mdInput('school-catering');
    expect(input.pieces.map((p) => [p.file, p.lot])).toEqual([
      ['01-RC.md', undefined],
      ['02-AE-lot-1.md', 1],
      ['02-AE-lot-2.md', 2],
      ['03-CCAP-lot-1.md', 1],
      ['03-CCAP-lot-2.md', 2],
      ['05-cadre-de-reponse-lot-1.md', 1],
      ['05-cadre-de-reponse-lot-2.md', 2],
      ['04-CCTP.md', undefined],
      ['06-DPGF.xlsx', undefined],
      ['interne/grille-notation-lot-1.md', 1],
      ['interne/grille-notation-lot-2.md', 2],
    ]);
  });
});

describe('the coherence check fails when the file is broken on purpose', () => {
  /** The diagnostics after one edit of one piece, as [file, kind, message]; the edit must have changed something. */
  async function broken(piece: string, from: string | RegExp, to: string, name = 'sicoval-waste'): Promise<{ file?: string; kind: unknown; message: string }[]> {
    const input = await mdInput(name);
    const before = input.pieces.filter((p) => p.id === piece || p.file === piece).map((p) => p.text);
    const mutated = edit(input, piece, (text) => text.replace(from, to));
    expect(mutated.pieces.filter((p) => p.id === piece || p.file === piece).map((p) => p.text)).not.toEqual(before);
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
    const found = await broken('rc', /l'article «\s*Critères d'attribution\s*»/u, "l'article « Critères de choix »");
    expect(found).toEqual([{ file: '01-RC.md', kind: 'coherence.ref-missing', message: expect.stringContaining('« article « Critères de choix » »') }]);
  });

  it('a piece number that the file does not have, or that names another piece', async () => {
    expect(await broken('ccap', /pièce n° 04/, 'pièce n° 07')).toEqual([{ file: '03-CCAP.md', kind: 'coherence.piece-missing', message: expect.stringContaining('« pièce n° 07 »') }]);
    const topic = await broken('rc', 'en annexe du cahier des clauses techniques particulières (pièce n° 04)', 'en annexe du cahier des clauses techniques particulières (pièce n° 03)');
    expect(topic.map((d) => [d.file, d.kind])).toContainEqual(['01-RC.md', 'coherence.piece-topic']);
    // The price schedule is a workbook, not written in Markdown: still a piece with its number and its title.
    const prices = await broken('rc', 'le cadre de réponse (mémoire technique et tableau des engagements) (pièce n° 05)', 'le cadre de réponse (mémoire technique et tableau des engagements) (pièce n° 06)');
    expect(prices).toEqual([{ file: '01-RC.md', kind: 'coherence.piece-topic', message: expect.stringContaining('la pièce n° 06 est « Cadre de prix') }]);
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
    const found = await broken('cadre', /^## (1\.\d+) Sobriété énergétique et matérielle/mu, '## $1 Sobriété de la flotte');
    expect(found.map((d) => [d.file, d.kind])).toEqual([['05-cadre-de-reponse.md', 'coherence.weight-label']]);
  });

  it('an indicator target, unit or id that differs', async () => {
    const target = await broken('cadre', '— omr-par-habitant | kg/hab/an | année | A1 | 175,71 |', '— omr-par-habitant | kg/hab/an | année | A1 | 176,71 |');
    expect(target).toEqual([{ file: '05-cadre-de-reponse.md', kind: 'coherence.indicator-target', message: expect.stringContaining('omr-par-habitant pour A1 est 176.71, dans 03-CCAP.md 175.71') }]);
    const cctp = await broken('cctp', /(Ordures ménagères résiduelles par habitant\*\* — Unité\s?: kg\/hab\/an \| Dimension écologique \| 190 \(2025\) \| )140 \(2032\)/u, '$1130 (2032)');
    expect(cctp).toEqual([{ file: '04-CCTP.md', kind: 'coherence.indicator-target', message: expect.stringContaining('omr-par-habitant pour 2032 est 130') }]);
    const unit = await broken('cctp', /(Ordures ménagères résiduelles par habitant\*\* — Unité\s?:) kg\/hab\/an/u, '$1 t/an');
    expect(unit.map((d) => [d.file, d.kind])).toEqual([['04-CCTP.md', 'coherence.indicator-unit']]);
    const example = await broken('ccap', '— omr-par-habitant | A1 | 175,71 |', '— omr-par-habitant | A1 | 175 |');
    expect(example.map((d) => [d.file, d.kind])).toEqual([['03-CCAP.md', 'coherence.indicator-target']]);
    const id = await broken('cadre', /^\| omr-par-habitant \| kg\/hab\/an \| année \| A2 /mu, '| omr-habitant | kg/hab/an | année | A2 ');
    expect(id.map((d) => [d.file, d.kind])).toEqual([['05-cadre-de-reponse.md', 'coherence.indicator-extra']]);
  });

  it('lots that differ between pieces', async () => {
    const input = await mdInput('sicoval-waste');
    const lots = edit(edit(input, 'rc', (x) => `${x}\n\nLot 1 : Collecte ; Lot 2 : Prévention\n`), 'cctp', (x) => `${x}\n\n- Lot 1 : Collecte\n`);
    expect(checkCoherence(lots).map((d) => [d.file, d.args?.kind])).toEqual([['04-CCTP.md', 'coherence.lots']]);
  });
});

describe('with lots, the check compares each lot with its own files', () => {
  const catering = (piece: string, from: string | RegExp, to: string): Promise<CoherenceInput> =>
    mdInput('school-catering').then((input) => {
      const mutated = edit(input, piece, (text) => text.replace(from, to));
      expect(mutated).not.toEqual(input);
      return mutated;
    });
  const found = async (input: Promise<CoherenceInput>): Promise<unknown[][]> => checkCoherence(await input).map((d) => [d.file, d.args?.kind, d.args?.number ?? d.args?.id]);

  it("a weight changed in lot 2's grid is compared with lot 2's table of the RC", async () => {
    // 1.10 is a sub-criterion of lot 2 only: lot 1 has another 1.10. Compared with the wrong lot, every label would differ.
    const input = catering('interne/grille-notation-lot-2.md', '| 1.10 | Sécurité sanitaire, allergies et régimes particuliers | 2,25 |', '| 1.10 | Sécurité sanitaire, allergies et régimes particuliers | 3,25 |');
    expect(await found(input)).toEqual([['interne/grille-notation-lot-2.md', 'coherence.weight', '1.10']]);
  });

  it("a weight changed in the RC's table for lot 2 shows in lot 2's grid and cadre de réponse, not lot 1's", async () => {
    const rc = (await mdInput('school-catering')).pieces.find((p) => p.id === 'rc')!.text;
    const lot2 = rc.search(/^## 7\.2 Lot n°\s?2\s?: Restauration des multi-accueils/mu);
    expect(lot2).toBeGreaterThan(0);
    const changed = rc.slice(0, lot2) + rc.slice(lot2).replace(/(\| 1\.10 \|\s+Sécurité sanitaire, allergies et régimes particuliers \| )2,25 \|/u, '$12,5 |');
    expect(changed).not.toBe(rc);
    const input = catering('rc', rc, changed);
    expect(await found(input)).toEqual([
      ['interne/grille-notation-lot-2.md', 'coherence.weight', '1.10'],
      ['05-cadre-de-reponse-lot-2.md', 'coherence.weight', '1.10'],
    ]);
  });

  it("an indicator target changed in lot 2's cadre de réponse is compared with lot 2's CCAP", async () => {
    const cadre = (await mdInput('school-catering')).pieces.find((p) => p.file === '05-cadre-de-reponse-lot-2.md')!.text;
    const row = /^\| \*\*[^|]+\*\* — ([a-z0-9-]+) \| [^|]+ \| [^|]+ \| A1 \| ([\d,]+) \|/mu.exec(cadre)!;
    const input = catering('05-cadre-de-reponse-lot-2.md', row[0], row[0].replace(`| A1 | ${row[2]} |`, '| A1 | 999 |'));
    expect(await found(input)).toEqual([['05-cadre-de-reponse-lot-2.md', 'coherence.indicator-target', row[1]]]);
  });

  it('a lot missing its file of a per-lot piece, or a per-lot file naming another lot', async () => {
    const input = await mdInput('school-catering');
    const missing = { ...input, pieces: input.pieces.filter((p) => p.file !== '02-AE-lot-2.md') };
    expect(checkCoherence(missing).map((d) => [d.file, d.args?.kind])).toEqual([['02-AE-lot-1.md', 'coherence.lots']]);
    const other = edit(input, '03-CCAP-lot-2.md', (x) => x.replace(/(\| \*\*Allotissement\*\* \| )Lot 2\s?: Restauration des multi-accueils \(petite enfance\) \|/u, '$1Lot 1 : Restauration scolaire et accueil de loisirs |'));
    expect(other).not.toEqual(input);
    expect(checkCoherence(other).map((d) => [d.file, d.args?.kind])).toEqual([['03-CCAP-lot-2.md', 'coherence.lots']]);
  });
});
