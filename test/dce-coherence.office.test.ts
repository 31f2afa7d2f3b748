import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCoherence, type CoherenceInput } from '../src/dce/coherence.js';
import { DCE_PIECES, pieceNumber } from '../src/dce/pieces.js';
import { DOCUMENT_WORDS } from '../src/wording/catalog.js';
import { runCli, tempDir } from './helpers/cli.js';
import { xlsxSheetCsv } from './helpers/office.js';
import { docxReadBack } from './dce-coherence-readback.js';

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'];

/** Generate the DCE of an example, then read every DOCX back through LibreOffice and the grid workbook as CSV. */
function readBack(name: string): CoherenceInput {
  const out = tempDir();
  expect(runCli(['generate', `examples/${name}.yaml`, '-o', out, '--dce']).code).toBe(0);
  const dir = join(out, name);
  const docs = DCE_PIECES.filter((p) => p.kind === 'document').map((p) => ({
    p,
    file: p.publishable && p.number !== undefined ? `${pieceNumber(p.number)}-${p.file}.docx` : `interne/${p.file}.docx`,
  }));
  const texts = docxReadBack(docs.map((d) => join(dir, d.file)));
  const pieces = docs.map(({ p, file }, k) => ({ id: p.id, number: p.publishable && p.number !== undefined ? pieceNumber(p.number) : undefined, title: DOCUMENT_WORDS.fr[p.titleKey], file, text: texts[k]! }));
  return { lang: 'fr', pieces, gridCsv: { file: 'interne/grille-notation.xlsx', csv: xlsxSheetCsv(join(dir, 'interne', 'grille-notation.xlsx'), 1) } };
}

describe('the tender file read back through LibreOffice is coherent', () => {
  const inputs = new Map<string, CoherenceInput>();
  const input = (name: string): CoherenceInput => inputs.get(name) ?? (inputs.set(name, readBack(name)), inputs.get(name)!);

  it.each(EXAMPLES)('%s: references resolve; weights, indicators and lots agree in every piece', (name) => {
    const found = checkCoherence(input(name));
    expect(found.map((d) => d.message)).toEqual([]);
    // The read-back really holds what is compared: the RC's criteria table, the CCAP's targets, the workbook's weights.
    const texts = input(name).pieces.map((p) => p.text).join('\n');
    expect(texts).toMatch(/^# Article 8 — Rémunération liée à la performance$/mu);
    expect(texts).toMatch(/^\| N° \| Critère et sous-critères \| Pondération \(points\) \|$/mu);
    expect(input(name).gridCsv!.csv).toMatch(/^1\.1,/mu);
  });

  it('fails on a weight changed in the workbook, naming the workbook and the sub-criterion', () => {
    const base = input('school-catering');
    const csv = base.gridCsv!.csv.replace(/^(1\.1,[^,]*,[^,]*,)[\d.]+,/mu, "$19.9,");
    expect(csv).not.toBe(base.gridCsv!.csv);
    const found = checkCoherence({ ...base, gridCsv: { ...base.gridCsv!, csv } });
    expect(found.map((d) => [d.file, d.args?.kind, d.args?.number])).toEqual([['interne/grille-notation.xlsx', 'coherence.weight', '1.1']]);
  });

  it('fails on a cross-reference or an indicator target broken in the read-back text', () => {
    const base = input('school-catering');
    const broken = (id: string, from: RegExp, to: string): CoherenceInput => ({ ...base, pieces: base.pieces.map((p) => (p.id === id ? { ...p, text: p.text.replace(from, to) } : p)) });
    const ref = checkCoherence(broken('ae', /article 6 du CCAP/u, 'article 16 du CCAP'));
    expect(ref.map((d) => [d.file, d.args?.kind, d.args?.ref])).toEqual([['02-AE.docx', 'coherence.ref-missing', 'article 16 du CCAP']]);
    const target = checkCoherence(broken('cadre', /(— part-bio \| % \| année \| A1 \| )26,5/u, '$127,5'));
    expect(target.map((d) => [d.file, d.args?.kind, d.args?.id])).toEqual([['05-cadre-de-reponse.docx', 'coherence.indicator-target', 'part-bio']]);
  });
});
