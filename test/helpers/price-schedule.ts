import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from 'exceljs';
import { loadSpec } from '../../src/load/spec.js';
import { resolvePriceSchedule, type PriceSchedule } from '../../src/compose/dce/price-schedule.js';
import { renderPriceScheduleXlsx } from '../../src/render/xlsx/price-schedule-workbook.js';
import { PS, dqeCols } from '../../src/render/xlsx/price-schedule-layout.js';
import { documentDate, type Spec } from '../../src/model/spec.js';
import { Workbook } from '../../src/util/exceljs.js';
import { documentWords } from '../../src/wording/catalog.js';
import { ROOT } from './cli.js';

/** The fixture of the price schedule tests: a DPGF (a lump sum, a price per contract year), a BPU and a hidden DQE. */
export const CATERING = join(ROOT, 'test', 'fixtures', 'price-schedule', 'catering-bpu.yaml');

export function scheduleOf(file: string): { spec: Spec; schedule: PriceSchedule } {
  const { spec } = loadSpec(file);
  return { spec, schedule: resolvePriceSchedule(spec, documentWords(spec.language)) };
}

export async function scheduleWorkbook(spec: Spec, schedule: PriceSchedule, internal = false): Promise<Buffer> {
  return renderPriceScheduleXlsx(schedule, { title: spec.tender.title, reference: spec.tender.reference, date: documentDate(spec), pieceTitle: 'Cadre de prix', words: documentWords(spec.language), internal });
}

/**
 * A bidder filling the workbook with exceljs: the name, then the prices by line code (a missing code leaves the
 * cell empty); `edit` may then change anything else, as a careless bidder would.
 */
export async function fillSchedule(
  bytes: Buffer,
  schedule: PriceSchedule,
  out: string,
  bidder: string | undefined,
  prices: Readonly<Record<string, CellValue>>,
  edit?: (wb: InstanceType<typeof Workbook>) => void,
): Promise<string> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  if (bidder !== undefined) wb.getWorksheet(schedule.sheets.offer)!.getCell(PS.offer.bidderRow, PS.offer.colValue).value = bidder;
  schedule.dpgf.forEach((l, i) => {
    if (l.code in prices) wb.getWorksheet(schedule.sheets.dpgf)!.getCell(PS.firstLine + i, PS.dpgf.price).value = prices[l.code]!;
  });
  schedule.bpu.forEach((l, i) => {
    if (l.code in prices) wb.getWorksheet(schedule.sheets.bpu)!.getCell(PS.firstLine + i, PS.bpu.price).value = prices[l.code]!;
  });
  edit?.(wb);
  writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
  return out;
}

export { dqeCols, PS };
