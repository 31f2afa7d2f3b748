import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PriceEntry } from '../model/marks.js';
import { headerIndex, parseCsv, parseNumber } from './marks-csv.js';

const COLUMNS = {
  bidder: ['bidder', 'soumissionnaire', 'candidat', 'offre'],
  price: ['price', 'prix', 'montant', 'prix ttc', 'prix ht', 'price ttc', 'price ht'],
} as const;

export interface PricesCsvResult {
  readonly prices: PriceEntry[];
  readonly problems: Diagnostic[];
}

/** Read `bidder,price`: one line per offer, the price on the basis announced by the spec (TTC by default). */
export function parsePricesCsv(text: string, file: string): PricesCsvResult {
  const problems: Diagnostic[] = [];
  const err = (code: string, message: string, line: number, hint?: string): void => {
    problems.push({ code, severity: 'error', message, file, line, col: 1, ...(hint ? { hint } : {}) });
  };
  const rows = parseCsv(text);
  const header = rows[0];
  const idx = header ? headerIndex(header.fields, COLUMNS) : {};
  if (!header || idx.bidder === undefined || idx.price === undefined) {
    err('prices-header', 'the header line must name the columns bidder and price', header?.line ?? 1, 'expected: bidder,price');
    return { prices: [], problems };
  }
  const prices: PriceEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of rows.slice(1)) {
    if (row.fields[0]?.trim().startsWith('#')) continue;
    const bidder = (row.fields[idx.bidder] ?? '').trim();
    const raw = (row.fields[idx.price] ?? '').trim();
    const price = parseNumber(raw);
    if (!bidder) err('prices-no-bidder', 'bidder is empty', row.line);
    else if (seen.has(bidder)) err('price-duplicate', `${bidder} has two prices (also line ${seen.get(bidder)})`, row.line);
    else if (price === undefined) err('price-not-number', `price "${raw}" of ${bidder} is not a number`, row.line);
    else if (!(price > 0)) err('price-not-positive', `price of ${bidder} must be positive, got ${raw}`, row.line, 'price formulas divide by prices; an offer at 0 € cannot be scored');
    else {
      seen.set(bidder, row.line);
      prices.push({ bidder, price, source: { file, line: row.line } });
    }
  }
  return { prices, problems };
}

export function readPricesCsv(file: string): PricesCsvResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { prices: [], problems: [{ code: 'file-unreadable', severity: 'error', file, message: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }] };
  }
  return parsePricesCsv(text, file);
}
