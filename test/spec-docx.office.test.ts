import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { prepare } from '../src/generate/pipeline.js';
import { formatPoints } from '../src/compose/format.js';
import { ROOT, runCli, tempDir } from './helpers/cli.js';
import { pdfPages, pdfText, sofficeConvert } from './helpers/office.js';

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'];
/** pdftotext keeps the line breaks of the page; compare texts with all white space folded. */
const fold = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('spec DOCX opens in LibreOffice and says what the grid says', () => {
  const catalog = loadCatalog();
  it.each(EXAMPLES)('%s', (name) => {
    const out = tempDir();
    expect(runCli(['generate', `examples/${name}.yaml`, '-o', out, '--layout', 'spec']).code).toBe(0);
    const pdf = sofficeConvert(join(out, `${name}-spec.docx`), 'pdf');
    expect(pdfPages(pdf)).toBeGreaterThan(6);
    const text = fold(pdfText(pdf, { layout: false }));
    const { grid, loaded } = prepare(join(ROOT, 'examples', `${name}.yaml`), catalog);
    const lang = grid.lang;
    expect(text).toContain(loaded.spec.tender.title.split(' ').slice(0, 4).join(' '));
    for (const c of grid.criteria) {
      // every award criterion with its weight, in the criteria table
      expect(text).toContain(c.label);
      expect(text).toContain(formatPoints(c.weightHundredths, lang).replace(/\u00a0/g, ' '));
      for (const s of c.subCriteria) {
        // every sub-criterion, with its weight, as a heading of the technical brief section
        expect(text).toContain(fold(`${s.number} ${s.label} (${formatPoints(s.weightHundredths, lang)} points)`));
      }
    }
    expect(text).toContain(lang === 'fr' ? 'Total 100,0' : 'Total 100.0');
    // the table of contents is filled in, not an empty field
    expect(text).toContain(lang === 'fr' ? 'Sommaire' : 'Contents');
    expect(text).toMatch(lang === 'fr' ? /1\. Contexte, territoire et fonction de vie.*1\. Contexte/ : /1\. Context, territory and life function.*1\. Context/);
  });
});

describe('--toc-page-numbers', () => {
  it('writes page numbers into the table of contents, as a PDF reader sees them', () => {
    const out = tempDir();
    expect(runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--toc-page-numbers', '--layout', 'spec']).code).toBe(0);
    const pdf = sofficeConvert(join(out, 'sicoval-waste-spec.docx'), 'pdf');
    const toc = pdfText(pdf).split('\f')[1]!; // page 2
    // An entry too long for one line goes on on the next, which ends with its dot leader and page number.
    const entries = toc
      .split('\n')
      .filter((l) => l.trim() !== '')
      .reduce<string[]>((acc, l) => (/^\s*\d+(\.\d+)?\.? \S/.test(l) || acc.length === 0 || /\.{3,}\s*\d+\s*$/.test(acc.at(-1)!) ? [...acc, l] : [...acc.slice(0, -1), `${acc.at(-1)} ${l}`]), [])
      .filter((l) => /^\s*\d+(\.\d+)?\.? \S/.test(l));
    expect(entries.length).toBeGreaterThan(20);
    // every entry ends with a page number, and the numbers never go backwards
    const pages = entries.map((l) => Number(/(\d+)\s*$/.exec(l)?.[1]));
    expect(pages.every((n) => n >= 3)).toBe(true);
    for (let i = 1; i < pages.length; i++) expect(pages[i]).toBeGreaterThanOrEqual(pages[i - 1]!);
  });
});
