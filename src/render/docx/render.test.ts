import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../compose/document.js';
import { composeGridDocument } from '../../compose/grid-document.js';
import { composeSpecDocument } from '../../compose/spec-document.js';
import { loadTemplates } from '../../compose/templates.js';
import { loadCatalog } from '../../load/catalog.js';
import { loadSpec } from '../../load/spec.js';
import { selectCriteria } from '../../select/select.js';
import { buildDocx, renderDocx } from './index.js';
import { packDocx, partCompiler } from './package.js';

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

/** A small model with every kind of block and the text that needs escaping. */
const tricky: DocumentModel = {
  meta: { title: 'T & <t>', subject: 's', creator: 'efc-tender', date: '2026-12-01', lang: 'fr' },
  labels: { page: 'Page', of: 'sur', tocHint: '' },
  sections: [
    { orientation: 'portrait', titlePage: true, blocks: [{ type: 'paragraph', style: 'title', runs: ['Titre'] }] },
    {
      orientation: 'landscape',
      header: 'En-tête',
      blocks: [
        { type: 'toc', title: 'Sommaire' },
        { type: 'heading', level: 1, text: 'Un « titre » & <balise>', numbered: true },
        { type: 'paragraph', runs: ['normal ', { text: 'gras', bold: true }, ' ', { text: 'italique', italic: true }, { text: 'les deux', bold: true, italic: true }], align: 'justify' },
        { type: 'heading', level: 3, text: 'Niveau 3 (hors sommaire)', numbered: true },
        { type: 'list', ordered: true, items: [['un'], ['deux']] },
        {
          type: 'table',
          columns: [{ header: 'A', width: 1 }, { header: "l'en-tête \"B\"", width: 2, align: 'right' }, { header: 'C', width: 1, align: 'center' }],
          rows: [
            ['x', '', 'contrôle\u0001supprimé'],
            [{ runs: ['fusion'], colSpan: 2, shade: 'FFF2CC', bold: true, more: [['suite'], [{ text: 'ital', italic: true }]] }, { runs: ['droite'], align: 'right' }],
          ],
          footer: ['Total', '100,0', ''],
          caption: 'Légende',
        },
        { type: 'pageBreak' },
        { type: 'heading', level: 2, text: 'Deuxième', numbered: true },
      ],
    },
  ],
};

async function documentXmlOf(model: DocumentModel, serializer: 'own' | 'docx'): Promise<string> {
  const { doc, pack } = await buildDocx(model, { serializer });
  const xml = partCompiler()!.compile(doc).get('word/document.xml') as string;
  return pack.raw ? pack.raw.expand(xml) : xml;
}

const part = (docx: Uint8Array, name: string): string => new TextDecoder().decode(unzipSync(docx)[name]);

describe('DOCX writer', () => {
  it('finds docx part compiler, so the fast packaging path is the one taken', () => {
    expect(typeof partCompiler()?.compile).toBe('function');
  });

  it('serialises the body exactly as docx would from the same objects', async () => {
    const { spec, grid } = exampleModels();
    for (const model of [tricky, spec, grid]) {
      const own = await documentXmlOf(model, 'own');
      expect(own).not.toContain('efc-raw');
      expect(own).toBe(await documentXmlOf(model, 'docx'));
    }
  });

  it('escapes text and drops the characters XML forbids', async () => {
    const xml = await documentXmlOf(tricky, 'own');
    expect(xml).toContain('Un « titre » &amp; &lt;balise&gt;');
    expect(xml).toContain('l&apos;en-tête &quot;B&quot;');
    expect(xml).toContain('contrôlesupprimé');
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
  });

  it('gives the same bytes through the public Packer path as through the fast one', async () => {
    for (const model of [tricky, exampleModels().spec]) {
      const a = await buildDocx(model);
      const b = await buildDocx(model);
      const fast = await packDocx(a.doc, a.pack);
      const slow = await packDocx(b.doc, b.pack, null);
      expect(slow.equals(fast)).toBe(true);
    }
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

  it('gives a document the same bytes whatever was rendered before it in the process', async () => {
    const { spec, grid } = exampleModels();
    const first = await renderDocx(spec);
    await renderDocx(grid);
    await renderDocx(tricky);
    expect((await renderDocx(spec)).equals(first)).toBe(true);
  });
});
