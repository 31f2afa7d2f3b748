import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Workbook } from '../src/util/exceljs.js';
import { filesIn, runCli, tempDir } from './helpers/cli.js';
import { CATERING, PS, fillSchedule, scheduleOf } from './helpers/price-schedule.js';

const MARKS = 'test/fixtures/price-schedule/marks/jury.csv';
const A = { F1: 15000, F2: 60000, F3: 60000, F4: 60000, F5: 60000, U1: 3.125, U2: 2.9, U3: 40 };
const B = { F1: 12000, F2: 55000, F3: 55000, F4: 55000, F5: 55000, U1: '3,20', U2: 3.05, U3: 35 };

describe('piece 06 and score --price-schedules', () => {
  it('generate --dce publishes the price schedule named by content, keeps the hidden DQE in interne/, and score computes each scored price from the filled copies', async () => {
    const out = tempDir();
    const g = runCli(['generate', CATERING, '-o', out, '--dce']);
    expect(g.code, g.stderr).toBe(0);
    const folder = join(out, 'catering-bpu');
    expect(filesIn(folder)).toContain('06-DPGF-BPU-DQE.xlsx');
    expect(filesIn(join(folder, 'interne'))).toContain('cadre-de-prix-acheteur.xlsx');
    const zip = Object.keys(unzipSync(readFileSync(join(out, 'catering-bpu-DCE.zip'))));
    expect(zip).toContain('06-DPGF-BPU-DQE.xlsx');
    expect(zip.some((n) => n.includes('interne'))).toBe(false);
    const published = new Workbook();
    await published.xlsx.readFile(join(folder, '06-DPGF-BPU-DQE.xlsx'));
    expect(published.worksheets.map((w) => w.name)).toEqual(['Offre', 'DPGF', 'BPU', 'PSE', 'Scénario de référence']); // the DQE stays the buyer's

    // Two bidders fill the published copy.
    const { schedule } = scheduleOf(CATERING);
    const offers = join(out, 'offres');
    mkdirSync(offers);
    const bytes = readFileSync(join(folder, '06-DPGF-BPU-DQE.xlsx'));
    await fillSchedule(bytes, schedule, join(offers, 'a.xlsx'), 'Restaurants du Sud', A);
    await fillSchedule(bytes, schedule, join(offers, 'b.xlsx'), 'Cuisine Locale', B);
    const report = join(out, 'rapport.docx');
    const r = runCli(['score', CATERING, '--marks', MARKS, '--price-schedules', offers, '-o', report]);
    expect(r.code, r.stderr).toBe(0);
    const stdout = r.stdout.replace(/[\u00a0\u202f]/g, ' '); // the formatter groups thousands with narrow no-break spaces
    // The computation, line by line: the hidden DQE's quantities (1 025 000 meals) times the unit price.
    expect(stdout).toContain('1 025 000 repas');
    expect(stdout).toMatch(/U1 Repas élémentaire livré et servi\s+1 025 000 repas\s+3,125 €\s+3 203 125,00 €/);
    expect(stdout).toMatch(/Prix noté \(TTC\)\s+5 054 423,88 €/);
    expect(stdout).toMatch(/Prix noté \(TTC\)\s+5 178 366,71 €/);
    expect(existsSync(report)).toBe(true);

    const j = runCli(['score', CATERING, '--marks', MARKS, '--price-schedules', join(offers, 'a.xlsx'), join(offers, 'b.xlsx'), '--json']);
    expect(j.code, j.stderr).toBe(0);
    const json = JSON.parse(j.stdout);
    expect(json.priceSchedules.map((p: { bidder: string; computation: { scoredCents: number } }) => [p.bidder, p.computation.scoredCents])).toEqual([
      ['Restaurants du Sud', 505442388],
      ['Cuisine Locale', 517836671],
    ]);
    // The price scoring reads exactly these prices.
    const prices = Object.fromEntries(json.result.bidders.map((b: { id: string; price: number }) => [b.id, b.price]));
    expect(prices).toEqual({ 'Restaurants du Sud': 5054423.88, 'Cuisine Locale': 5178366.71 });
  });

  it('reports every bad cell of every file at once, located, exit 1, no report written', async () => {
    const out = tempDir();
    expect(runCli(['generate', CATERING, '-o', out, '--dce']).code).toBe(0);
    const { schedule } = scheduleOf(CATERING);
    const bytes = readFileSync(join(out, 'catering-bpu', '06-DPGF-BPU-DQE.xlsx'));
    const { F2: _f2, ...noF2 } = A;
    const bad1 = await fillSchedule(bytes, schedule, join(out, 'bad1.xlsx'), 'Un', { ...noF2, U1: 'trois euros', U2: -1 });
    const bad2 = await fillSchedule(bytes, schedule, join(out, 'bad2.xlsx'), 'Deux', A, (wb) => {
      wb.getWorksheet('DPGF')!.getCell(PS.firstLine, PS.dpgf.quantity).value = 2; // the lump sum counted twice
    });
    const report = join(out, 'rapport.docx');
    const r = runCli(['score', CATERING, '--marks', MARKS, '--price-schedules', bad1, bad2, '-o', report, '--lang', 'fr']);
    expect(r.code).toBe(1);
    const err = r.stderr;
    expect(err).toContain('bad1.xlsx');
    expect(err).toMatch(/feuille « DPGF », cellule E6 : prix de la ligne F2 non renseigné/);
    expect(err).toMatch(/feuille « BPU », cellule D5 : prix de la ligne U1/);
    expect(err).toMatch(/feuille « BPU », cellule D6 : prix de la ligne U2 négatif/);
    expect(err).toMatch(/bad2\.xlsx.*feuille « DPGF », cellule D5 : cellule protégée modifiée/);
    expect(existsSync(report)).toBe(false);
  });

  it('refuses --prices with --price-schedules', () => {
    const r = runCli(['score', CATERING, '--marks', MARKS, '--price-schedules', 'x.xlsx', '--prices', 'examples/sicoval-waste-prices.csv', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--price-schedules');
    expect(r.stderr).toContain('--prices');
  });
});
