import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCoherence, type CoherenceInput, type GridCsv } from '../src/dce/coherence.js';
import { coherenceInput } from '../src/dce/coherence-files.js';
import type { DceFile } from '../src/dce/build.js';
import { runCli, tempDir } from './helpers/cli.js';
import { sofficeConvert, xlsxSheetCsv } from './helpers/office.js';
import { workbookText } from '../src/dce/coherence-workbook.js';
import { docxReadBack } from './dce-coherence-readback.js';

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'];

/**
 * Generate the DCE of an example, then read every DOCX back through LibreOffice and each grid workbook (one per lot)
 * as CSV. The pieces are found as the Markdown check finds them (coherenceInput), from the files really written.
 */
async function readBack(name: string): Promise<CoherenceInput> {
  const out = tempDir();
  expect(runCli(['generate', `examples/${name}.yaml`, '-o', out, '--dce']).code).toBe(0);
  const dir = join(out, name);
  const written = [...readdirSync(dir).map((f) => f), ...readdirSync(join(dir, 'interne')).map((f) => `interne/${f}`)].sort();
  const docx = written.filter((f) => f.endsWith('.docx'));
  const texts = docxReadBack(docx.map((f) => join(dir, f)));
  const files: DceFile[] = [
    ...docx.map((f, k) => ({ name: `${name}/${f}`, data: texts[k]! })),
    ...written.filter((f) => f.endsWith('.xlsx')).map((f) => ({ name: `${name}/${f}`, data: Buffer.alloc(0) })),
  ];
  const grids: GridCsv[] = written
    .filter((f) => /^interne\/grille-notation(?:-lot-\d+)?\.xlsx$/u.test(f))
    .map((f) => ({ file: f, csv: xlsxSheetCsv(join(dir, f), 1), ...(/-lot-(\d+)\./u.test(f) ? { lot: Number(/-lot-(\d+)\./u.exec(f)![1]) } : {}) }));
  // The price schedule (piece 06, one per lot): saved again by LibreOffice, then read cell by cell.
  const saved = tempDir();
  const workbooks = await Promise.all(
    written.filter((f) => /^\d{2}-[^/]+\.xlsx$/u.test(f)).map(async (f) => ({ file: f, text: await workbookText(readFileSync(sofficeConvert(join(dir, f), 'xlsx', join(saved, f.replace(/\.xlsx$/u, ''))))) })),
  );
  return coherenceInput(files, 'fr', { gridCsv: grids, workbooks });
}

const gridsOf = (input: CoherenceInput): readonly GridCsv[] => (input.gridCsv === undefined ? [] : 'csv' in input.gridCsv ? [input.gridCsv as GridCsv] : (input.gridCsv as readonly GridCsv[]));

describe('the tender file read back through LibreOffice is coherent', () => {
  const inputs = new Map<string, CoherenceInput>();
  const input = async (name: string): Promise<CoherenceInput> => inputs.get(name) ?? (inputs.set(name, await readBack(name)), inputs.get(name)!);

  it.each(EXAMPLES)('%s: references resolve; weights, indicators and lots agree in every piece', async (name) => {
    const found = checkCoherence(await input(name));
    expect(found.map((d) => d.message)).toEqual([]);
    // The read-back really holds what is compared: the RC's criteria table, the CCAP's targets, the workbooks' weights.
    const texts = (await input(name)).pieces.map((p) => p.text).join('\n');
    expect(texts).toMatch(/^# Article 8 — Rémunération liée à la performance$/mu);
    expect(texts).toMatch(/^\| N° \| Critère et sous-critères \| Pondération \(points\) \|$/mu);
    const books = (await input(name)).pieces.filter((p) => p.id === 'prix');
    expect(books.map((b) => [b.number, b.workbook])).toEqual(books.map(() => ['06', true]));
    // The workbooks' reference scenario, as LibreOffice saved it: the CCAP's table of targets, header for header.
    for (const b of books) expect(b.text).toMatch(/^\| Indicateur \| Unité \| Période de mesure \| A1 \|/mu);
    const grids = gridsOf(await input(name));
    expect(grids.length).toBe(name === 'school-catering' ? 2 : 1);
    for (const g of grids) expect(g.csv).toMatch(/^1\.1,/mu);
  });

  it('fails on a weight changed in the workbook, naming the workbook and the sub-criterion', async () => {
    const base = await input('sicoval-waste');
    const [grid] = gridsOf(base);
    const csv = grid!.csv.replace(/^(1\.1,[^,]*,[^,]*,)[\d.]+,/mu, '$19.9,');
    expect(csv).not.toBe(grid!.csv);
    const found = checkCoherence({ ...base, gridCsv: { ...grid!, csv } });
    expect(found.map((d) => [d.file, d.args?.kind, d.args?.number])).toEqual([['interne/grille-notation.xlsx', 'coherence.weight', '1.1']]);
  });

  it("fails on a weight changed in lot 2's workbook, naming lot 2's workbook only", async () => {
    const base = await input('school-catering');
    const grids = gridsOf(base).map((g) => (g.lot === 2 ? { ...g, csv: g.csv.replace(/^(1\.10,[^,]*,"[^"]*",)[\d.]+,/mu, '$19.9,') } : g));
    expect(grids).not.toEqual(gridsOf(base));
    const found = checkCoherence({ ...base, gridCsv: grids });
    expect(found.map((d) => [d.file, d.args?.kind, d.args?.number])).toEqual([['interne/grille-notation-lot-2.xlsx', 'coherence.weight', '1.10']]);
  });

  it('fails on a cross-reference or an indicator target broken in the read-back text', async () => {
    const base = await input('sicoval-waste');
    const broken = (id: string, from: RegExp, to: string): CoherenceInput => ({ ...base, pieces: base.pieces.map((p) => (p.id === id ? { ...p, text: p.text.replace(from, to) } : p)) });
    const ref = checkCoherence(broken('ae', /article 6 du CCAP/u, 'article 16 du CCAP'));
    expect(ref.map((d) => [d.file, d.args?.kind, d.args?.ref])).toEqual([['02-AE.docx', 'coherence.ref-missing', 'article 16 du CCAP']]);
    const target = checkCoherence(broken('cadre', /(— omr-par-habitant \| kg\/hab\/an \| année \| A1 \| )175,71/u, '$1176,71'));
    expect(target.map((d) => [d.file, d.args?.kind, d.args?.id])).toEqual([['05-cadre-de-reponse.docx', 'coherence.indicator-target', 'omr-par-habitant']]);
    // An indicator id altered in the price schedule's reference scenario (LibreOffice's copy).
    const id = checkCoherence(broken('prix', /— omr-par-habitant \|/u, '— omr-par-hab |'));
    expect(id.map((d) => [d.file, d.args?.kind, d.args?.id])).toEqual([
      ['06-DPGF.xlsx', 'coherence.indicator-extra', 'omr-par-hab'],
      ['06-DPGF.xlsx', 'coherence.indicator-missing', 'omr-par-habitant'],
    ]);
  });

  it('fails on a PSE line changed in a lot’s price schedule (LibreOffice’s copy)', async () => {
    const base = await input('school-catering');
    const pieces = base.pieces.map((p) => (p.file === '06-DPGF-lot-2.xlsx' ? { ...p, text: p.text.replace('| PSE2 |', '| PSE3 |') } : p));
    expect(pieces).not.toEqual(base.pieces);
    const found = checkCoherence({ ...base, pieces });
    expect(found.map((d) => [d.file, d.args?.kind, d.args?.code])).toEqual([
      ['02-AE-lot-2.docx', 'coherence.pse-missing', 'PSE3'],
      ['02-AE-lot-2.docx', 'coherence.pse-extra', 'PSE2'],
      ['06-DPGF-lot-2.xlsx', 'coherence.pse-extra', 'PSE3'],
    ]);
  });
});
