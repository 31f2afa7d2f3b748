import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATERING, PS, fillSchedule, scheduleOf, scheduleWorkbook } from '../../test/helpers/price-schedule.js';
import { tempDir } from '../../test/helpers/cli.js';
import { documentWords } from '../wording/catalog.js';
import { readFilledSchedule } from './price-schedule-xlsx.js';

const PRICES = { F1: 15000, F2: 60000, F3: 60000, F4: 60000, F5: 60000, U1: 3.125, U2: 2.9, U3: 40 };
const read = (file: string, s = scheduleOf(CATERING)) => readFilledSchedule(file, s.schedule, { reference: s.spec.tender.reference, lang: 'fr', words: documentWords('fr') });

describe('reading a filled price schedule', () => {
  it('recomputes the scored price from the prices typed and the hidden DQE’s quantities', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const file = await fillSchedule(await scheduleWorkbook(spec, schedule), schedule, join(tempDir(), 'offre.xlsx'), 'Restaurants du Sud', PRICES);
    const r = await read(file);
    expect(r.problems).toEqual([]);
    const c = r.schedule!.computation;
    expect(r.schedule!.bidder).toBe('Restaurants du Sud');
    // U1: 1 025 000 meals × 3.125 = 3 203 125.00; U2: 392 002 × 2.90 = 1 136 805.80; U3 (6 400.00) not counted.
    expect(c.scoredHtCents).toBe(15000_00 + 4 * 60000_00 + 3203125_00 + 1136805_80);
    expect(c.scoredCents).toBe(c.scoredHtCents + Math.round(c.scoredHtCents / 10));
    expect(r.schedule!.sources.U1).toEqual({ file, sheet: 'BPU', cell: 'D5' });
  });

  it('reads prices typed as French text with the one number reader, and names the bidder after the file when the cell is empty', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const file = await fillSchedule(await scheduleWorkbook(spec, schedule), schedule, join(tempDir(), 'Cuisine Locale.xlsx'), undefined, { ...PRICES, F1: '15 000,00 €', U1: '3,1250' });
    const r = await read(file);
    expect(r.problems).toEqual([]);
    expect(r.schedule!.bidder).toBe('Cuisine Locale');
    expect(r.schedule!.prices.F1).toBe(15000);
    expect(r.schedule!.prices.U1).toBe(3.125);
  });

  it('reports every bad cell at once, with its sheet and cell: empty, text, negative, a changed quantity, label or formula', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const bytes = await scheduleWorkbook(spec, schedule, true);
    const { F2: _empty, ...rest } = PRICES;
    const file = await fillSchedule(bytes, schedule, join(tempDir(), 'bad.xlsx'), 'X', { ...rest, F3: 'sur devis', F4: -10, U2: { formula: 'B1*2' } }, (wb) => {
      wb.getWorksheet('DQE')!.getCell(PS.firstLine, 4).value = 1; // a DQE quantity lowered
      wb.getWorksheet('DPGF')!.getCell(PS.firstLine, 2).value = 'Autre chose';
      wb.getWorksheet('DPGF')!.getCell(PS.firstLine, 6).value = 15000; // the amount's formula replaced by a number
    });
    const r = await read(file);
    expect(r.schedule).toBeUndefined();
    expect(r.problems.map((d) => [d.code, d.path?.join('!')])).toEqual([
      ['ps-locked-changed', 'DPGF!B5'],
      ['ps-locked-changed', 'DPGF!F5'],
      ['ps-locked-changed', 'DQE!D5'],
      ['ps-price-empty', 'DPGF!E6'],
      ['ps-price-not-number', 'DPGF!E7'],
      ['ps-price-negative', 'DPGF!E8'],
      ['ps-price-formula', 'BPU!D6'],
    ]);
    expect(r.problems.every((d) => d.file === file && d.severity === 'error')).toBe(true);
    expect(r.problems[0]!.message).toContain('feuille « DPGF », cellule B5');
  });

  it('refuses a cached total that disagrees with the computation (a file saved without recalculation)', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const file = await fillSchedule(await scheduleWorkbook(spec, schedule), schedule, join(tempDir(), 'stale.xlsx'), 'X', PRICES, (wb) => {
      const ws = wb.getWorksheet('DPGF')!;
      ws.getCell(PS.firstLine, 6).value = { formula: 'ROUND(D5*E5,2)', result: 15000 };
      ws.getCell(PS.firstLine + 5, 6).value = { formula: 'SUM(F5:F9)', result: 999 };
    });
    const r = await read(file);
    expect(r.problems.map((d) => [d.code, d.path?.join('!')])).toEqual([['ps-stale-total', 'DPGF!F10']]);
  });

  it('refuses the schedule of another consultation and a workbook that is not one', async () => {
    const { spec, schedule } = scheduleOf(CATERING);
    const other = await fillSchedule(await scheduleWorkbook({ ...spec, tender: { ...spec.tender, reference: 'AUTRE-2027' } }, schedule), schedule, join(tempDir(), 'o.xlsx'), 'X', PRICES);
    expect((await read(other)).problems.map((d) => [d.code, d.path?.join('!')])).toEqual([['ps-other-tender', 'Offre!B4']]);
    const grid = await fillSchedule(await scheduleWorkbook(spec, schedule), schedule, join(tempDir(), 'g.xlsx'), 'X', PRICES, (wb) => wb.removeWorksheet(wb.getWorksheet('BPU')!.id));
    expect((await read(grid)).problems.map((d) => d.code)).toEqual(['ps-not-a-schedule']);
  });
});
