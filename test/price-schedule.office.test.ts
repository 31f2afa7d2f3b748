import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readFilledSchedule } from '../src/load/price-schedule-xlsx.js';
import { scheduleLayout } from '../src/render/xlsx/price-schedule-layout.js';
import { documentWords } from '../src/wording/catalog.js';
import { ROOT, tempDir } from './helpers/cli.js';
import { hasSoffice, officeText, sofficeConvert, xlsxSheetCsv } from './helpers/office.js';
import { CATERING, PS, fillSchedule, scheduleOf, scheduleWorkbook } from './helpers/price-schedule.js';

const PRICES = { F1: 15000, F2: 60000.01, F3: 60000, F4: 61000, F5: 62000, U1: 3.125, U2: 2.9, U3: 40 };

describe.skipIf(!hasSoffice())('price schedule in LibreOffice', () => {
  it('computes, in LibreOffice, the totals and the scored price that score computes; score reads LibreOffice’s file back', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const dir = tempDir();
    // The buyer's copy: every sheet, the hidden DQE included, so the scored-price cell is in the workbook.
    const filled = await fillSchedule(await scheduleWorkbook(spec, schedule, true), schedule, join(dir, 'offre.xlsx'), 'Restaurants du Sud', PRICES);
    const opts = { reference: spec.tender.reference, lang: 'fr' as const, words: documentWords('fr') };
    const ours = (await readFilledSchedule(filled, schedule, opts)).schedule!.computation;
    const rows = parse(xlsxSheetCsv(filled, 1)) as string[][];
    const layout = scheduleLayout(schedule, true);
    const value = (key: string): number => Number(rows[layout.offerRows.find((r) => r.key === key)!.row - 1]![1]);
    expect(value('totalDpgf')).toBeCloseTo(ours.dpgfCents / 100, 2);
    expect(value('totalDqe')).toBeCloseTo(ours.dqeCents / 100, 2);
    expect(value('totalTtc')).toBeCloseTo(ours.totalTtcCents / 100, 2);
    expect(value('scored')).toBeCloseTo(ours.scoredCents / 100, 2);
    // By hand: 258 000.01 (DPGF) + 3 203 125.00 (U1) + 1 136 805.80 (U2) = 4 597 930.81 HT, + 459 793.08 VAT.
    expect(ours.scoredCents).toBe(505772389);

    // Saved by LibreOffice (recalculated, cached values written): read back, every cached total checked, the same price.
    const saved = sofficeConvert(filled, 'xlsx', join(dir, 'lo'));
    const back = await readFilledSchedule(saved, schedule, opts);
    expect(back.problems).toEqual([]);
    expect(back.schedule!.computation).toEqual(ours);
  });

  it('computes the PSE total apart from the base offer, and shows amounts grouped by thousands to the cent', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const dir = tempDir();
    const filled = await fillSchedule(await scheduleWorkbook(spec, schedule, true), schedule, join(dir, 'offre-pse.xlsx'), 'Restaurants du Sud', PRICES, (wb) => {
      wb.getWorksheet(schedule.sheets.pse)!.getCell(PS.firstLine, PS.pse.price).value = 12345.67;
    });
    const layout = scheduleLayout(schedule, true);
    const rows = parse(xlsxSheetCsv(filled, 1)) as string[][];
    const value = (key: string): number => Number(rows[layout.offerRows.find((r) => r.key === key)!.row - 1]![1]);
    // PSE1: 12 345.67 a year over 4 years = 49 382.68; the base totals do not move.
    expect(value('totalPse')).toBeCloseTo(49382.68, 2);
    expect(value('scored')).toBeCloseTo(5057723.89, 2);
    // As a reader sees it (LibreOffice's PDF, the en-US locale of this machine): grouped thousands, two decimals, €.
    const text = officeText(filled);
    expect(text).toMatch(/5,057,723\.89 €/u);
    expect(text).toMatch(/49,382\.68/u);
  });

  it('opens the bidders’ copy of every example in LibreOffice, the scored price defined on the Offer sheet', async () => {
    for (const name of ['sicoval-waste', 'rural-mobility', 'school-catering']) {
      const { spec, schedule } = scheduleOf(join(ROOT, 'examples', `${name}.yaml`));
      const file = join(tempDir(), `${name}.xlsx`);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(file, await scheduleWorkbook(spec, schedule));
      const text = officeText(file);
      // With PSE (school-catering) the cell holds the base solution's price: "Prix noté de la solution de base (TTC), …".
      expect(officeText(file, { layout: false }).replace(/\s+/gu, ' '), name).toMatch(/Prix noté (?:de la solution de base )?\(TTC\), sur toute la durée du marché/u);
      expect(text, name).toContain('Part fixe de la rémunération, prix annuel forfaitaire');
    }
  });
});
