import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeGridDocument } from '../src/compose/grid-document.js';
import { renderDocx } from '../src/render/docx/index.js';
import { fixtureGrid } from './grid-helpers.js';
import { hasSoffice, pdfPages, sofficeConvert } from './helpers/office.js';

describe('DOCX grid', () => {
  it('renders to identical bytes twice', async () => {
    const { grid, loaded } = fixtureGrid();
    const model = () => composeGridDocument(grid, { spec: loaded.spec, bidders: 5, lang: 'fr' });
    expect((await renderDocx(model())).equals(await renderDocx(model()))).toBe(true);
  });

  it.skipIf(!hasSoffice())('opens in LibreOffice, in landscape, with the grid and the signature block', async () => {
    const { grid, loaded } = fixtureGrid();
    const dir = mkdtempSync(join(tmpdir(), 'efc-griddoc-'));
    const file = join(dir, 'grid.docx');
    writeFileSync(file, await renderDocx(composeGridDocument(grid, { spec: loaded.spec, bidders: 5, lang: 'fr' })));
    const pdf = sofficeConvert(file, 'pdf');
    expect(pdfPages(pdf)).toBeGreaterThan(3);
    // A4 landscape: 842 × 595 points.
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const s of ["Grille d'évaluation des offres", 'Baisse des ordures ménagères résiduelles — 17,5 points', 'N = Nmax × Pmin / P', 'Synthèse et classement', 'Signatures des membres de la commission', 'Soumissionnaire 5']) {
      expect(text).toContain(s);
    }
  });
});
