import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDce } from '../src/dce/build.js';
import { loadCatalog } from '../src/load/catalog.js';
import { loadSpec } from '../src/load/spec.js';
import { selectCriteria } from '../src/select/select.js';
import { ROOT } from './helpers/cli.js';
import { docxText, HOSTILE, HOSTILE_OFFICE, hostileSpec, spaces, visible } from './helpers/hostile.js';
import { xlsxCells } from './helpers/xlsx-cells.js';

/**
 * Text is data in the tender file (the default output of `generate`): every free-text field of a spec gets a hostile
 * value — Markdown and Handlebars markup, WordprocessingML, spreadsheet formulas (`=HYPERLINK(…)`, `+cmd|…`, `@SUM`),
 * XML-invalid control characters, RTL and zero-width characters, a very long word — and each value must come out of
 * the pieces as written: found whole in a DOCX's text runs, or as a string cell (never a formula) in a workbook.
 * Control characters XML cannot hold are dropped (`visible`), the rest is kept character for character.
 */

const LIST = [...HOSTILE, ...HOSTILE_OFFICE];

/**
 * Spec fields no piece of the DCE prints, and why. A field that leaves this list must be printed literally; a field
 * that joins it must say why.
 */
const NOT_IN_DCE = new Set<string>([
  // As in the specification (text-is-data.test.ts): printed only in the default object sentence, and these specs write their own object.
  'territory.name',
  // Printed in §6 of `--layout spec`'s specification; the CCAP states the pay from its structured model instead (its
  // price and performance articles), so the buyer's free description of it is in no piece of the DCE.
  'remuneration.description',
]);

/** What a piece of the DCE holds as text: the DOCX's runs, or the workbook's string cells and formulas. */
async function dceTexts(file: string): Promise<{ texts: Map<string, string>; formulas: string[]; pieces: string[]; values: Map<string, string> }> {
  const catalog = loadCatalog();
  const loaded = loadSpec(file);
  const { spec, values } = hostileSpec(loaded.spec, LIST);
  const hostileLoaded = { ...loaded, spec };
  const grid = selectCriteria(hostileLoaded, catalog);
  const files = await renderDce(hostileLoaded, grid, catalog);
  const texts = new Map<string, string>();
  const formulas: string[] = [];
  for (const f of files) {
    if (f.name.endsWith('.docx')) texts.set(f.name, docxText(f.data as Buffer));
    else if (f.name.endsWith('.xlsx')) {
      const cells = await xlsxCells(f.data as Buffer);
      texts.set(f.name, cells.filter((c) => c.kind === 'string').map((c) => c.text).join('\n'));
      formulas.push(...cells.filter((c) => c.kind === 'formula').map((c) => `${f.name}!${c.ref}: ${c.text}`));
    }
  }
  return { texts, formulas, pieces: files.map((f) => f.name), values };
}

/** The fields whose value no piece shows whole, as `a.*.b` paths. */
function missingFields(values: Map<string, string>, all: string): string[] {
  const text = spaces(all);
  const missing = [...values].filter(([, v]) => !text.includes(spaces(visible(v))));
  return [...new Set(missing.map(([path]) => path.replace(/\.\d+(\.|$)/g, '.*$1')))].sort();
}

describe('text is data: hostile values reach the tender file (DCE) literally', () => {
  it.each([
    ['the waste example (no lots, dialogue compétitif)', join(ROOT, 'examples', 'sicoval-waste.yaml')],
    ['a catering spec with two lots and its own price schedule lines (DPGF, BPU, DQE)', join(ROOT, 'test', 'fixtures', 'price-schedule', 'catering-bpu.yaml')],
  ])('%s: RC, AE, CCAP, CCTP, cadre de réponse, price schedule and grids', async (_, file) => {
    const { texts, formulas, pieces, values } = await dceTexts(file);
    expect(values.size).toBeGreaterThan(60); // the walk did find the spec's text fields
    expect(pieces.some((p) => /\/06-[^/]+\.xlsx$/.test(p))).toBe(true);
    const all = [...texts.values()].join('\n');
    expect(missingFields(values, all)).toEqual([...NOT_IN_DCE].sort());

    // Each kind of hostile text reached a published piece, not only the buyer's grids.
    const published = [...texts].filter(([name]) => !name.includes('/interne/')).map(([, t]) => spaces(t)).join('\n');
    for (const h of HOSTILE_OFFICE) expect(published, JSON.stringify(h)).toContain(spaces(visible(h)));
    // The markup-like values stayed text: no run was split out of them, no XML-invalid character was written.
    expect(all).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);

    // Workbooks: a value is a string cell; formulas are ours only, never made of a buyer's text.
    for (const f of formulas) expect(f).not.toMatch(/HYPERLINK|cmd\||@SUM|faux|injecté|n°\d/);
  });

  it('the bytes of every piece hold no value as markup (WordprocessingML, SpreadsheetML)', async () => {
    const catalog = loadCatalog();
    const loaded = loadSpec(join(ROOT, 'examples', 'school-catering.yaml'));
    const { spec } = hostileSpec(loaded.spec, LIST);
    // The title also goes into every file's properties (docProps/core.xml), written apart from the body.
    const title = 'Titre bip\u0007 nul\u0000 échap\u001b <w:t>faux</w:t> =HYPERLINK("x")';
    const hostileLoaded = { ...loaded, spec: { ...spec, tender: { ...spec.tender, title } } };
    const files = await renderDce(hostileLoaded, selectCriteria(hostileLoaded, catalog), catalog);
    const { unzipSync } = await import('fflate');
    for (const f of files.filter((x) => /\.(docx|xlsx)$/.test(x.name))) {
      const parts = unzipSync(new Uint8Array(f.data as Buffer), { filter: (e) => e.name.endsWith('.xml') });
      for (const [part, bytes] of Object.entries(parts)) {
        const xml = new TextDecoder().decode(bytes);
        // `<w:t>faux</w:t>` and `</w:t></w:r><w:r><w:t>injecté` only ever appear escaped.
        expect(xml, `${f.name} ${part}`).not.toContain('<w:t>faux');
        expect(xml, `${f.name} ${part}`).not.toContain('<w:t>injecté');
        expect(xml, `${f.name} ${part}`).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      }
      if (f.name.endsWith('.docx')) expect(new TextDecoder().decode(parts['docProps/core.xml']!), f.name).toContain('Titre bip nul échap &lt;w:t&gt;faux&lt;/w:t&gt; =HYPERLINK(&quot;x&quot;)');
    }
  });
});
