import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/load/csv.js';
import { buildDecompteXlsx } from '../src/monitor/decompte-workbook.js';
import { eurosText } from '../src/pay/index.js';
import { loadDocumentWords } from '../src/wording/overrides.js';
import { demoResult, DEMOS } from './helpers/monitor.js';
import { hasSoffice, officeText, xlsxSheetCsv } from './helpers/office.js';

/** A cell of a CSV export by address (A1), as a number. */
function cellOf(csv: string, address: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const rows = parseCsv(csv);
  const row = rows.find((r) => r.line === Number(m[2]));
  return Number(row?.fields[col] ?? NaN);
}

describe.skipIf(!hasSoffice())('décompte XLSX recalculated by LibreOffice', () => {
  for (const name of Object.keys(DEMOS) as (keyof typeof DEMOS)[]) {
    for (const year of [1, 2, 3]) {
      it(`${name}, year ${year}: every period, the bonus-malus, the gain sharing and the total match the TypeScript to the cent`, async () => {
        const r = await demoResult(name, { year });
        const { bytes, cells } = await buildDecompteXlsx(r, loadDocumentWords(r.lang));
        const file = join(mkdtempSync(join(tmpdir(), 'efc-monitor-office-')), 'decompte.xlsx');
        writeFileSync(file, bytes);
        const csv = xlsxSheetCsv(file, 1);
        const s = r.years[r.years.length - 1]!.settlement;
        const eur = (cents: number): number => Number(eurosText(cents));
        for (const ind of s.indicators) for (const p of ind.periods) expect(cellOf(csv, cells.periods.get(`${ind.id}|${p.period}`)!), `${ind.id} ${p.period}`).toBeCloseTo(eur(p.amountCents), 6);
        for (const g of s.gainSharing) for (const p of g.periods) expect(cellOf(csv, cells.periods.get(`gain|${g.id}|${p.period}`)!), `${g.id} ${p.period}`).toBeCloseTo(eur(p.providerCents), 6);
        expect(cellOf(csv, cells.bonusMalus)).toBeCloseTo(eur(s.bonusMalusCents), 6);
        expect(cellOf(csv, cells.gainSharing)).toBeCloseTo(eur(s.gainSharingCents), 6);
        expect(cellOf(csv, cells.total)).toBeCloseTo(eur(s.totalCents), 6);
      }, 180_000);
    }
  }
});

describe.skipIf(!hasSoffice())('décompte and committee report DOCX open in LibreOffice', () => {
  it('the décompte prints every step and the rounding rule; the report its summary, charts and review points', async () => {
    const r = await demoResult('sicoval-waste', { year: 2 });
    const { renderDocx } = await import('../src/render/docx/index.js');
    const { composeDecompte } = await import('../src/monitor/decompte-document.js');
    const { composeCommitteeReport } = await import('../src/monitor/report-document.js');
    const dir = mkdtempSync(join(tmpdir(), 'efc-monitor-docx-'));
    const words = loadDocumentWords('fr');
    writeFileSync(join(dir, 'decompte.docx'), await renderDocx(composeDecompte(r, words)));
    writeFileSync(join(dir, 'rapport.docx'), await renderDocx(composeCommitteeReport(r, words)));
    const d = officeText(join(dir, 'decompte.docx'), { layout: false }).replace(/\s+/g, ' ');
    expect(d).toContain('Règle d’arrondi');
    expect(d).toContain('Valeur contestée');
    expect(d).toContain('Total de l’année');
    const rep = officeText(join(dir, 'rapport.docx'), { layout: false }).replace(/\s+/g, ' ');
    expect(rep).toContain('Rapport au comité de pilotage');
    expect(rep).toContain('Trajectoires des indicateurs');
    expect(rep).toContain('Points pour la revue réflexive');
  }, 180_000);
});
