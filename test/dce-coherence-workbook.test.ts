import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { prepare } from '../src/generate/pipeline.js';
import { renderDce } from '../src/dce/build.js';
import { DCE_PIECES } from '../src/dce/pieces.js';
import { checkCoherence, type CoherenceInput } from '../src/dce/coherence.js';
import { coherenceInput } from '../src/dce/coherence-files.js';
import { dceWorkbookTexts, type WorkbookText } from '../src/dce/coherence-workbook.js';
import { ROOT } from './helpers/cli.js';

const catalog = loadCatalog();

/** The Markdown DCE plus the price schedule workbook(s), read back cell by cell. */
async function input(name: string, lang?: 'fr' | 'en'): Promise<{ input: CoherenceInput; workbooks: WorkbookText[] }> {
  const { loaded, grid } = prepare(join(ROOT, 'examples', `${name}.yaml`), catalog, lang);
  const md = await renderDce(loaded, grid, catalog, { format: 'md' });
  const xlsx = await renderDce(loaded, grid, catalog, { format: 'docx', pieces: DCE_PIECES.filter((p) => p.id === 'prix') });
  const workbooks = await dceWorkbookTexts(xlsx);
  return { input: coherenceInput(md, grid.lang, { loaded, workbooks }), workbooks };
}

/** The same input with one workbook's text edited (by file name). */
function editBook(input: CoherenceInput, file: string, from: string | RegExp, to: string): CoherenceInput {
  const pieces = input.pieces.map((p) => (p.file === file ? { ...p, text: p.text.replace(from, to) } : p));
  expect(pieces.find((p) => p.file === file)!.text).not.toBe(input.pieces.find((p) => p.file === file)!.text);
  return { ...input, pieces };
}

const messages = (i: CoherenceInput): string[] => checkCoherence(i).map((d) => d.message);

describe('coherence of the price schedule workbook (piece 06) with the other pieces', () => {
  it.each(['sicoval-waste', 'rural-mobility', 'school-catering'])('%s: the workbook is read and agrees', async (name) => {
    const { input: i, workbooks } = await input(name);
    expect(workbooks.length).toBe(name === 'school-catering' ? 2 : 1);
    const books = i.pieces.filter((p) => p.id === 'prix');
    expect(books.every((b) => b.workbook && b.text.includes('| A1 |'))).toBe(true);
    expect(messages(i)).toEqual([]);
  });

  it('in English too', async () => {
    expect(messages((await input('school-catering', 'en')).input)).toEqual([]);
  });

  it('reads each lot’s PSE and reference scenario from its own workbook', async () => {
    const { input: i } = await input('school-catering');
    const lot1 = i.pieces.find((p) => p.file === '06-DPGF-lot-1.xlsx')!;
    const lot2 = i.pieces.find((p) => p.file === '06-DPGF-lot-2.xlsx')!;
    expect([lot1.lot, lot2.lot]).toEqual([1, 2]);
    expect(lot1.text).toContain("| PSE1 | Fourniture des goûters de l'accueil périscolaire du soir |");
    expect(lot1.text).toContain('| PSE2 | Ateliers de sensibilisation');
    expect(lot2.text).not.toContain('| PSE1 |');
    expect(lot2.text).toContain('satisfaction-familles-creches');
  });

  it('fails when an indicator id of the reference scenario is altered', async () => {
    const { input: i } = await input('sicoval-waste');
    const file = i.pieces.find((p) => p.id === 'prix')!.file;
    const m = messages(editBook(i, file, /— (\S+) \| /u, '— indicateur-inconnu | '));
    expect(m.some((x) => x.includes(file) && x.includes('indicateur-inconnu'))).toBe(true);
    // …and the indicator it replaced is missing from the workbook.
    expect(m.some((x) => x.includes(file) && /n’y figure pas/u.test(x))).toBe(true);
  });

  it('fails when a target of the reference scenario differs from the CCAP', async () => {
    const { input: i } = await input('school-catering');
    const broken = editBook(i, '06-DPGF-lot-2.xlsx', /(— part-bio \| % \| [^|]+\| )[\d.]+/u, '$1 99');
    const m = messages(broken);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/06-DPGF-lot-2\.xlsx : la cible de l’indicateur part-bio pour A1 est 99/u);
  });

  it('fails when a PSE line differs between the workbook, the AE and the RC', async () => {
    const { input: i } = await input('school-catering');
    // A PSE renamed in one lot's workbook: the AE of that lot and the RC say otherwise.
    const renamed = messages(editBook(i, '06-DPGF-lot-1.xlsx', '| PSE1 | Fourniture des goûters', '| PSE1 | Fourniture des collations'));
    expect(renamed.filter((x) => x.startsWith('02-AE-lot-1.md') && x.includes('PSE1'))).toHaveLength(1);
    expect(renamed.some((x) => x.startsWith('06-DPGF-lot-1.xlsx') && x.includes('01-RC.md'))).toBe(true);
    // A PSE dropped from a workbook: the AE of that lot still prices it.
    const dropped = messages(editBook(i, '06-DPGF-lot-2.xlsx', /\| PSE2 \|[^\n]*\n/u, ''));
    expect(dropped).toEqual([expect.stringMatching(/^02-AE-lot-2\.md : .*PSE2 ne figure pas dans 06-DPGF-lot-2\.xlsx/u)]);
  });

  it('fails when a lot’s workbook is missing', async () => {
    const { input: i } = await input('school-catering');
    const m = messages({ ...i, pieces: i.pieces.filter((p) => p.file !== '06-DPGF-lot-2.xlsx') });
    expect(m.some((x) => x.startsWith('06-DPGF-lot-1.xlsx') && x.includes('lots'))).toBe(true);
  });
});
