import { describe, expect, it } from 'vitest';
import { Workbook } from '../../util/exceljs.js';
import { CATERING, scheduleOf, scheduleWorkbook } from '../../../test/helpers/price-schedule.js';
import { ROOT } from '../../../test/helpers/cli.js';
import { join } from 'node:path';
import { PS } from './price-schedule-layout.js';

const open = async (bytes: Buffer) => {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
};

describe('the price schedule workbook (piece 06)', () => {
  it('gives the bidders the DPGF and the BPU, and keeps a hidden DQE for the buyer’s copy', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const bidders = await open(await scheduleWorkbook(spec, schedule));
    expect(bidders.worksheets.map((w) => w.name)).toEqual(['Offre', 'DPGF', 'BPU', 'PSE', 'Scénario de référence']);
    // Without the DQE the bidders' copy cannot show the scored price: it says the buyer computes it.
    const offer = bidders.getWorksheet('Offre')!;
    expect(String(offer.getCell(PS.offer.firstRow + 1, 1).value)).toContain('n’est pas communiqué');
    const buyer = await open(await scheduleWorkbook(spec, schedule, true));
    expect(buyer.worksheets.map((w) => w.name)).toEqual(['Offre', 'DPGF', 'BPU', 'DQE', 'PSE', 'Scénario de référence']);
    const dqe = buyer.getWorksheet('DQE')!;
    // U1: 250 000, 255 000, 260 000 then the last year repeated; totals and prices by formula.
    expect([4, 5, 6, 7].map((c) => dqe.getCell(PS.firstLine, c).value)).toEqual([250000, 255000, 260000, 260000]);
    expect(dqe.getCell(PS.firstLine, 8).formula).toBe('SUM(D5:G5)');
    expect(dqe.getCell(PS.firstLine, 9).formula).toBe("'BPU'!D5");
    expect(dqe.getCell(PS.firstLine, 10).formula).toBe('ROUND(H5*I5,2)');
    const labels = buyer.getWorksheet('Offre')!.getColumn(1).values.filter(Boolean).map(String);
    // The fixture has a PSE: the scored cell holds the base solution's price, the RC adds the retained PSE.
    expect(labels).toContain('Prix noté de la solution de base (TTC), sur toute la durée du marché, hors PSE');
    const scored = buyer.getWorksheet('Offre')!.getCell('B15').formula;
    // Lines F1–F5 and U1–U2 count; U3 (scored: false) does not.
    expect(scored).toBe('B14+ROUND(B14*B11,2)');
    expect(buyer.getWorksheet('Offre')!.getCell('B14').formula).toBe("'DPGF'!F5+'DPGF'!F6+'DPGF'!F7+'DPGF'!F8+'DPGF'!F9+'DQE'!J5+'DQE'!J6");
  });

  it('locks everything but the bidder’s name and the prices, which accept numbers ≥ 0 only', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const wb = await open(await scheduleWorkbook(spec, schedule, true));
    const unlocked: string[] = [];
    for (const ws of wb.worksheets) {
      // exceljs reads a protected sheet's <sheetProtection sheet="1">
      expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet, ws.name).toBe(true);
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.protection?.locked === false) unlocked.push(`${ws.name}!${cell.address}`);
        }),
      );
    }
    expect(unlocked).toEqual(['Offre!B5', 'DPGF!E5', 'DPGF!E6', 'DPGF!E7', 'DPGF!E8', 'DPGF!E9', 'BPU!D5', 'BPU!D6', 'BPU!D7', 'PSE!E5']);
    const v = wb.getWorksheet('BPU')!.getCell('D5').dataValidation;
    expect(v).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true });
  });

  it('writes amounts in an accounting format with thousands grouped, the Offer totals with the currency, quantities apart', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const wb = await open(await scheduleWorkbook(spec, schedule, true));
    const dpgf = wb.getWorksheet('DPGF')!;
    // Line amounts and totals: grouped, two decimals, a dash for zero; the column header names the currency.
    expect(dpgf.getCell(PS.firstLine, PS.dpgf.amount).numFmt).toBe('_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-');
    expect(dpgf.getCell(PS.headerRow, PS.dpgf.amount).value).toBe('Montant HT (€)');
    expect(dpgf.getCell(PS.firstLine, PS.dpgf.price).numFmt).toBe('#,##0.00');
    expect(dpgf.getCell(PS.firstLine, PS.dpgf.quantity).numFmt).toBe('#,##0.####');
    expect(wb.getWorksheet('BPU')!.getCell(PS.firstLine, PS.bpu.price).numFmt).toBe('#,##0.00##');
    // The Offer sheet's figures are read alone: the euro after the figure, French style.
    const offer = wb.getWorksheet('Offre')!;
    expect(offer.getCell('B15').numFmt).toContain('#,##0.00 "€"');
    // Another currency, in English: the symbol before the figure, in the cells and the headers.
    const en = scheduleOf(CATERING);
    const gbp = { ...en.schedule, currency: 'GBP' };
    const wb2 = await open(await scheduleWorkbook(spec, gbp, true));
    expect(wb2.getWorksheet('DPGF')!.getCell(PS.headerRow, PS.dpgf.amount).value).toBe('Montant HT (£)');
    expect(wb2.getWorksheet('Offre')!.getCell('B15').numFmt).toContain('"£"');
  });

  it('prices the PSE on their own sheet, with their own total, apart from the base offer', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    expect(schedule.pse.map((p) => [p.code, p.id, p.label, p.quantity, p.required, p.scored])).toEqual([['PSE1', 'pse-1', 'Goûters des accueils périscolaires', 4, true, true]]);
    const wb = await open(await scheduleWorkbook(spec, schedule, true));
    const pse = wb.getWorksheet('PSE')!;
    expect(pse.getCell(PS.firstLine, PS.pse.code).value).toBe('PSE1');
    expect(pse.getCell(PS.firstLine, PS.pse.amount).formula).toBe('ROUND(D5*E5,2)');
    expect(pse.getCell(PS.firstLine + 1, PS.pse.amount).formula).toBe('SUM(F5:F5)');
    const offer = wb.getWorksheet('Offre')!;
    // The base totals keep their cells (the RC cites B15); the PSE total comes after, outside the base total.
    expect(offer.getCell('B15').formula).toBe('B14+ROUND(B14*B11,2)');
    expect(offer.getCell('B16').formula).toBe("'PSE'!F6");
    expect(String(offer.getCell('A15').value)).toBe('Prix noté de la solution de base (TTC), sur toute la durée du marché, hors PSE');
  });

  it('is byte-identical for the same spec, and named by content in the DCE', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const a = await scheduleWorkbook(spec, schedule);
    const b = await scheduleWorkbook(spec, schedule);
    expect(a.equals(b)).toBe(true);
    // The examples have no price_schedule block: one DPGF, the annual fixed part and the performance part over 6 years.
    const sicoval = scheduleOf(join(ROOT, 'examples', 'sicoval-waste.yaml')).schedule;
    expect(sicoval.dpgf.map((l) => [l.code, l.quantity, l.unit])).toEqual([['F1', 6, 'an'], ['F2', 6, 'an']]);
    expect(sicoval.bpu).toEqual([]);
    expect(sicoval.derived).toBe(true);
  });
});
