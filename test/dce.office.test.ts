import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { prepare } from '../src/generate/pipeline.js';
import { formatPoints } from '../src/compose/format.js';
import { ROOT, runCli, tempDir } from './helpers/cli.js';
import { pdfPages, pdfText, sofficeConvert } from './helpers/office.js';

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'];
const fold = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('RC and CCTP of each example open in LibreOffice and read back', () => {
  const catalog = loadCatalog();
  it.each(EXAMPLES)('%s', (name) => {
    const out = tempDir();
    expect(runCli(['generate', `examples/${name}.yaml`, '-o', out, '--dce']).code).toBe(0);
    const { grid, loaded } = prepare(join(ROOT, 'examples', `${name}.yaml`), catalog);
    const rcPdf = sofficeConvert(join(out, name, '01-RC.docx'), 'pdf');
    expect(pdfPages(rcPdf)).toBeGreaterThan(5);
    const rc = fold(pdfText(rcPdf, { layout: false }));
    expect(rc).toContain('Règlement de la consultation');
    expect(rc).toContain(loaded.spec.tender.reference);
    expect(rc).toContain(loaded.spec.consultation.cpv!);
    for (const c of grid.criteria) {
      expect(rc).toContain(fold(c.label));
      expect(rc).toContain(formatPoints(c.weightHundredths, grid.lang).replace(/\u00a0/g, ' '));
    }
    expect(rc).toContain('01 Règlement de la consultation (RC) 01-RC.docx');
    expect(rc).toContain('04 Cahier des clauses techniques particulières (CCTP) 04-CCTP.docx');
    expect(rc).not.toMatch(/clic droit|profil de pondération/i);

    const cctpPdf = sofficeConvert(join(out, name, '04-CCTP.docx'), 'pdf');
    const cctp = fold(pdfText(cctpPdf, { layout: false }));
    expect(cctp).toContain('Cahier des clauses techniques particulières');
    expect(cctp).toContain('Annexe — Données du territoire');
    for (const i of loaded.spec.usage_performance) expect(cctp).toContain(fold(i.label).slice(0, 30));
    expect(cctp).not.toContain("Critères d'attribution");
  });
});
