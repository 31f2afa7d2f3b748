import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { pdfPages, pdfText, sofficeConvert, xlsxSheetCsv } from './helpers/office.js';

const fold = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('the catering DCE with two lots opens in LibreOffice and reads back', () => {
  it('RC with both lots and their criteria, an AE per lot, the lot 2 grid workbook', () => {
    const out = tempDir();
    expect(runCli(['generate', 'examples/school-catering.yaml', '-o', out, '--dce']).code).toBe(0);
    const dir = join(out, 'school-catering');
    const rcPdf = sofficeConvert(join(dir, '01-RC.docx'), 'pdf');
    expect(pdfPages(rcPdf)).toBeGreaterThan(5);
    const rc = fold(pdfText(rcPdf, { layout: false }));
    expect(rc).toContain('Le marché est divisé en 2 lots');
    expect(rc).toContain('7.1 Lot n° 1 : Restauration scolaire et accueil de loisirs');
    expect(rc).toContain('7.2 Lot n° 2 : Restauration des multi-accueils (petite enfance)');
    expect(rc).toContain('55520000-1');
    expect(rc).toContain('320 000 €');
    expect(rc).toContain('02-AE-lot-1.docx');
    expect(rc).toMatch(/05-cadre-de-reponse-lot-?2\.docx/); // the cell may wrap at the last dash

    for (const n of [1, 2]) {
      const ae = fold(pdfText(sofficeConvert(join(dir, `02-AE-lot-${n}.docx`), 'pdf'), { layout: false }));
      expect(ae).toContain('Acte d');
      expect(ae).toContain(`☐ Lot n° ${n} —`);
      expect(ae).not.toContain(`☐ Lot n° ${3 - n} —`);
    }

    const grid2 = xlsxSheetCsv(join(dir, 'interne', 'grille-notation-lot-2.xlsx'), 1);
    expect(grid2).toContain('lot n° 2');
    expect(grid2).toContain('Sécurité sanitaire, allergies et régimes particuliers');
    expect(grid2).not.toContain('Coopération autour du temps du repas');
  });
});
