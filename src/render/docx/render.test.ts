import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../compose/document.js';
import { composeGridDocument } from '../../compose/grid-document.js';
import { composeSpecDocument } from '../../compose/spec-document.js';
import { loadTemplates } from '../../compose/templates.js';
import { loadCatalog } from '../../load/catalog.js';
import { loadSpec } from '../../load/spec.js';
import { selectCriteria } from '../../select/select.js';
import { fixtureModel } from '../../../test/fixtures/docx/fixture-model.js';
import { renderDocx } from './index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function exampleModels(): { spec: DocumentModel; grid: DocumentModel } {
  const catalog = loadCatalog();
  const loaded = loadSpec(join(ROOT, 'examples', 'sicoval-waste.yaml'));
  const grid = selectCriteria(loaded, catalog);
  return {
    spec: composeSpecDocument(loaded.spec, grid, catalog, loadTemplates(grid.lang), {}),
    grid: composeGridDocument(grid, { spec: loaded.spec, bidders: 5, lang: grid.lang }),
  };
}

const part = (docx: Uint8Array, name: string): string => strFromU8(unzipSync(docx)[name]!);
const rowsOf = (xml: string): string[] => [...xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);

describe('DOCX writer', () => {
  it('escapes text and drops the characters XML forbids', async () => {
    const xml = part(await renderDocx(fixtureModel), 'word/document.xml');
    expect(xml).toContain('1. Un «\u00a0titre\u00a0» &amp; &lt;balise&gt;'); // French typography (typography.ts) is applied by the writer
    expect(xml).toContain('l&apos;en-tête &quot;B&quot;');
    expect(xml).toContain('contrôlesupprimé');
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
  });

  it('declares the document language in the default run properties', async () => {
    expect(part(await renderDocx(fixtureModel), 'word/styles.xml')).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="fr-FR"/);
    const en = { ...fixtureModel, meta: { ...fixtureModel.meta, lang: 'en' as const } };
    expect(part(await renderDocx(en), 'word/styles.xml')).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"/);
  });

  /** Whether each row keeps with the next: every paragraph of it says keepNext. */
  const keeps = (rows: readonly string[]): boolean[] => rows.map((r) => [...r.matchAll(/<w:p>/g)].length === [...r.matchAll(/<w:keepNext\/>/g)].length);

  it('never splits a row, repeats the header, and keeps header, first row and total with their neighbours', async () => {
    const xml = part(await renderDocx(fixtureModel), 'word/document.xml');
    const table = xml.match(/<w:tbl>.*?<\/w:tbl>/)![0];
    const rows = rowsOf(table); // header, 3 body rows, footer
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    // A short table (3 body rows) keeps all its rows together: it moves whole rather than splitting.
    expect(keeps(rows)).toEqual([true, true, true, true, false]);
  });

  it('lets a long table break, but never leaves its header, first row or last row alone', async () => {
    const table = { type: 'table' as const, columns: [{ header: 'N°', width: 1 }, { header: 'Ligne', width: 5 }], rows: Array.from({ length: 12 }, (_, k) => [String(k + 1), `ligne ${k + 1}`]) };
    const model = { ...fixtureModel, sections: [{ orientation: 'portrait' as const, blocks: [table] }] };
    const rows = rowsOf(part(await renderDocx(model), 'word/document.xml').match(/<w:tbl>.*?<\/w:tbl>/)![0]);
    expect(keeps(rows)).toEqual([true, true, ...Array(9).fill(false), true, false]);
  });

  it('keeps a paragraph that ends with a colon with what it introduces, and only those', async () => {
    const xml = part(await renderDocx(fixtureModel), 'word/document.xml');
    const body = xml.replace(/<w:tbl>.*?<\/w:tbl>/g, '');
    const kept = [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((m) => m[0]).filter((p) => p.includes('<w:keepNext/>'));
    expect(kept.map((p) => p.replace(/<[^>]+>/g, ''))).toEqual(['Éléments attendus\u00a0:']);
  });

  it('makes a column at least as wide as its longest word', async () => {
    const xml = part(await renderDocx(fixtureModel), 'word/document.xml');
    const grid = [...xml.match(/<w:tblGrid>.*?<\/w:tblGrid>/)![0].matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    // Relative widths 1 : 8 : 1 on 14 570 twips would give the "Développement" column 1 457.
    expect(grid[2]).toBeGreaterThan(1700);
    expect(grid[1]! / grid[0]!).toBeCloseTo(8, 2);
  });

  it('links every table of contents entry to a bookmarked heading, numbered from 1', async () => {
    const xml = part(await renderDocx(exampleModels().spec), 'word/document.xml');
    const anchors = [...xml.matchAll(/<w:hyperlink w:history="1" w:anchor="_Toc(\d+)"><w:r><w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => [Number(m[1]), m[2]]);
    const bookmarks = [...xml.matchAll(/<w:bookmarkStart w:name="_Toc(\d+)" w:id="(\d+)"\/><w:r><w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => [Number(m[1]), m[3]]);
    expect(anchors.length).toBeGreaterThan(20);
    expect(anchors).toEqual(bookmarks);
    expect(anchors.map(([n]) => n)).toEqual(anchors.map((_, k) => k + 1));
  });

  it('bookmarks nothing in a document without a table of contents', async () => {
    expect(part(await renderDocx(exampleModels().grid), 'word/document.xml')).not.toContain('w:bookmarkStart');
  });

  it('stamps the model date, never the clock, on docProps/core.xml and every zip entry', async () => {
    const docx = await renderDocx(fixtureModel);
    const core = part(docx, 'docProps/core.xml');
    expect(core.match(/<dcterms:(created|modified)[^>]*>[^<]*</g)?.map((s) => s.replace(/.*>/, '').replace('<', ''))).toEqual(['2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z']);
    const v = new DataView(docx.buffer, docx.byteOffset, docx.byteLength);
    const dosDate = ((2026 - 1980) << 9) | (12 << 5) | 1;
    let locals = 0;
    for (let i = 0; i + 4 <= docx.length; i++) {
      if (v.getUint32(i, true) !== 0x04034b50) continue;
      expect(v.getUint16(i + 12, true)).toBe(dosDate);
      expect(v.getUint16(i + 10, true)).toBe(12 << 11); // noon
      locals++;
    }
    expect(locals).toBe(Object.keys(unzipSync(docx)).length);
  });

  it('gives a document the same bytes, bookmark ids included, whatever was rendered before it in the process', async () => {
    const { spec, grid } = exampleModels();
    const first = await renderDocx(fixtureModel);
    const firstSpec = await renderDocx(spec, { tocPageNumbers: true });
    await renderDocx(grid);
    expect((await renderDocx(fixtureModel)).equals(first)).toBe(true);
    expect((await renderDocx(spec, { tocPageNumbers: true })).equals(firstSpec)).toBe(true);
    expect(part(first, 'word/document.xml')).toContain('<w:bookmarkStart w:name="_Toc1" w:id="1"/>');
  });
});
