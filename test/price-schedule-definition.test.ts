import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { prepare } from '../src/generate/pipeline.js';
import { renderDce } from '../src/dce/build.js';
import { DCE_PIECES } from '../src/dce/pieces.js';
import { cellValue } from '../src/load/xlsx-cell.js';
import { Workbook } from '../src/util/exceljs.js';
import { ROOT } from './helpers/cli.js';

const catalog = loadCatalog();

/** The grid workbooks' price-sheet cells and the RC's text of one example's DCE. */
async function dce(name: string, lang?: 'fr' | 'en'): Promise<{ rc: string; grids: Map<string, string[]> }> {
  const { loaded, grid } = prepare(join(ROOT, 'examples', `${name}.yaml`), catalog, lang);
  const md = await renderDce(loaded, grid, catalog, { format: 'md' });
  const rc = md.find((f) => /\/01-RC\.md$/u.test(f.name))!.data as string;
  // The grid as the registry writes it, next to the pieces it cites (the price schedule is piece 06).
  const files = await renderDce(loaded, grid, catalog, { format: 'docx', pieces: DCE_PIECES.filter((p) => ['rc', 'prix', 'grid-xlsx'].includes(p.id)) });
  const grids = new Map<string, string[]>();
  for (const f of files.filter((x) => /interne\/grille-notation.*\.xlsx$/u.test(x.name))) {
    const wb = new Workbook();
    await wb.xlsx.load(f.data as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.worksheets.find((w) => /^(Prix|Prices?)$/u.test(w.name))!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => {
      const v = cellValue(c.value);
      if (typeof v === 'string') texts.push(v);
    }));
    grids.set(f.name, texts);
  }
  return { rc, grids };
}

/** The RC's paragraph under "Prix noté" / "Price marked", spaces folded (the writers typeset, the workbook too). */
const rcDefinition = (rc: string, heading: string): string => {
  const lines = rc.split('\n');
  const at = lines.findIndex((l) => l.replace(/^#+\s*(?:[\d.]+\s+)?/u, '') === heading);
  return lines.slice(at + 1).find((l) => l.trim())!.replace(/\\/gu, '');
};
const fold = (s: string): string => s.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();

describe('the scoring grid’s price sheet defines the scored price as the RC does', () => {
  it.each(['sicoval-waste', 'rural-mobility'])('%s: the RC’s sentences, word for word, under their heading', async (name) => {
    const { rc, grids } = await dce(name);
    const def = rcDefinition(rc, 'Prix noté');
    expect(def).toMatch(/^Le prix noté est le montant total toutes taxes comprises de l'offre pour toute la durée du marché/u);
    const [texts] = [...grids.values()];
    expect(texts).toContain('Prix noté, tel que le définit le règlement de la consultation');
    expect(texts.map(fold)).toContain(fold(def));
  });

  it('school-catering: each lot’s grid names the PSE of its lot, the rest as in the RC', async () => {
    const { rc, grids } = await dce('school-catering');
    const def = fold(rcDefinition(rc, 'Prix noté'));
    expect(def).toContain('de chaque PSE retenue parmi PSE1 et PSE2 est alors ajouté au prix noté de chaque offre');
    const lot1 = [...grids.entries()].find(([f]) => f.endsWith('-lot-1.xlsx'))![1].map(fold);
    const lot2 = [...grids.entries()].find(([f]) => f.endsWith('-lot-2.xlsx'))![1].map(fold);
    expect(lot1).toContain(def);
    // Lot 2 prices PSE2 only (PSE1 is lot 1's): the same sentence, for its PSE.
    expect(lot2).toContain(def.replace('parmi PSE1 et PSE2', 'parmi PSE2'));
  });

  it('in English too', async () => {
    const { rc, grids } = await dce('sicoval-waste', 'en');
    const def = fold(rcDefinition(rc, 'Price marked'));
    expect(def).toMatch(/^The price marked is the total amount of the tender including VAT/u);
    expect([...grids.values()][0]!.map(fold)).toContain(def);
  });
});
