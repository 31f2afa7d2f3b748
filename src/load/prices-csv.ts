import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { PriceEntry } from '../model/marks.js';
import { headerIndex, missingColumns, parseCsvTable } from './csv.js';
import { loadMessage } from './messages.js';
import { getTerminalLang } from '../wording/lang.js';
import { t } from '../wording/catalog.js';
import { priceCeiling, readNumber } from './number.js';
import { readTextInput } from './text.js';

export const PRICES_COLUMNS = {
  bidder: ['bidder', 'offer', 'soumissionnaire', 'candidat', 'offre', 'entreprise', 'nom du candidat', 'nom du soumissionnaire'],
  price: ['price', 'prix', 'montant', 'prix ttc', 'prix ht', 'price ttc', 'price ht', 'montant ttc', 'montant ht', 'prix total', 'montant total', 'total ttc', 'total ht'],
} as const;
const EXPECTED = ['bidder', 'price'] as const;

export interface PricesCsvResult {
  readonly prices: PriceEntry[];
  readonly problems: Diagnostic[];
  readonly notes: Diagnostic[];
}

export interface PriceReadOptions {
  /** The spec's estimated value: prices over 1 000 times it are refused (see priceCeiling). */
  readonly estimatedValue?: number;
  readonly lang?: Lang;
  /** Coût élargi: columns (named by the externality ids) holding each offer's committed quantity. */
  readonly quantityColumns?: readonly string[];
}

/**
 * Check one price already read as a number: positive, finite, under the ceiling. Returns the problem's code and
 * message, or undefined when the price can be scored. Shared by the CSV and XLSX readers.
 */
export function priceProblem(bidder: string, price: number, raw: string, opts: PriceReadOptions = {}): { code: string; message: string; hint?: string } | undefined {
  const lang = opts.lang ?? getTerminalLang();
  if (!(price > 0)) return { code: 'price-not-positive', message: loadMessage('price-not-positive', { bidder, raw }, lang), hint: loadMessage('hint-price-positive', {}, lang) };
  const ceiling = priceCeiling(opts.estimatedValue);
  if (price > ceiling.value) {
    const fmt = (n: number): string => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }) + ' €';
    const why = loadMessage(ceiling.basis === 'estimate' ? 'ceiling-estimate' : 'ceiling-absolute', {}, lang);
    return { code: 'price-too-high', message: loadMessage('price-too-high', { bidder, price: fmt(price), ceiling: fmt(ceiling.value), why }, lang) };
  }
  return undefined;
}

/** Read `bidder,price`: one line per offer, the price on the basis announced by the spec (TTC by default). */
export function parsePricesCsv(text: string, file: string, opts: PriceReadOptions = {}): PricesCsvResult {
  const lang = opts.lang ?? getTerminalLang();
  const table = parseCsvTable(text, file, lang);
  const problems: Diagnostic[] = [...table.problems];
  const err = (code: string, message: string, line: number, hint?: string): void => {
    problems.push({ code, severity: 'error', message, file, line, col: 1, ...(hint ? { hint } : {}) });
  };
  const header = table.header;
  if (!header) {
    if (!problems.length) err('prices-empty', loadMessage('csv-empty', { file }, lang), 1, 'bidder,price');
    return { prices: [], problems, notes: [] };
  }
  const idx = headerIndex(header.fields, PRICES_COLUMNS);
  const missing = (['bidder', 'price'] as const).filter((c) => idx[c] === undefined);
  if (missing.length) return { prices: [], problems: [missingColumns(file, header, missing, EXPECTED, 'prices-header', lang), ...problems], notes: [] };
  const qCols = opts.quantityColumns ?? [];
  const qIdx = headerIndex(header.fields, Object.fromEntries(qCols.map((c) => [c, [c]])) as Record<string, readonly string[]>);
  const qMissing = qCols.filter((c) => qIdx[c] === undefined);
  if (qMissing.length) {
    const found = header.fields.map((f) => f.trim()).join(', ');
    err('prices-quantity-columns', t(lang, 'load.quantity-columns-missing', { columns: qMissing.join(', ') }), header.line, t(lang, 'load.quantity-columns-hint', { found, expected: ['bidder', 'price', ...qCols].join(',') }));
    return { prices: [], problems, notes: [] };
  }
  if (table.rows.length === 0 && problems.length === 0) err('prices-header-only', loadMessage('csv-header-only', { file, what: loadMessage('what-prices', {}, lang) }, lang), header.line);
  const prices: PriceEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const bidder = (row.fields[idx.bidder!] ?? '').trim();
    const raw = (row.fields[idx.price!] ?? '').trim();
    if (!bidder) {
      err('prices-no-bidder', loadMessage('prices-no-bidder', {}, lang), row.line);
      continue;
    }
    if (seen.has(bidder)) {
      err('price-duplicate', loadMessage('price-duplicate', { bidder, other: seen.get(bidder)! }, lang), row.line);
      continue;
    }
    const read = readNumber(raw, { ...(table.locale ? { locale: table.locale } : {}), lang });
    if (!read.ok) {
      err(read.code === 'number-ambiguous' ? 'number-ambiguous' : read.code === 'number-not-finite' ? 'price-not-finite' : 'price-not-number', loadMessage('price-not-number', { bidder, detail: read.message }, lang), row.line, read.hint);
      continue;
    }
    const bad = priceProblem(bidder, read.value, raw, { ...opts, lang });
    if (bad) {
      err(bad.code, bad.message, row.line, bad.hint);
      continue;
    }
    // Committed quantities of the coût élargi: numbers, zero allowed (an offer may commit to no emission), never negative.
    const quantities: Record<string, number> = {};
    let quantitiesOk = true;
    for (const c of qCols) {
      const q = readNumber((row.fields[qIdx[c]!] ?? '').trim(), { ...(table.locale ? { locale: table.locale } : {}), lang });
      if (!q.ok || q.value < 0) {
        err('quantity-not-number', loadMessage('price-not-number', { bidder, detail: `${c}: ${q.ok ? String(q.value) : q.message}` }, lang), row.line);
        quantitiesOk = false;
      } else quantities[c] = q.value;
    }
    if (!quantitiesOk) continue;
    seen.set(bidder, row.line);
    prices.push({ bidder, price: read.value, source: { file, line: row.line }, ...(qCols.length ? { quantities } : {}) });
  }
  return { prices, problems, notes: [] };
}

/** Read a prices CSV file through the one text reader; unreadable files become problems. */
export function readPricesCsv(file: string, opts: PriceReadOptions = {}): PricesCsvResult {
  try {
    const input = readTextInput(file, { kind: 'prices', ...(opts.lang ? { lang: opts.lang } : {}) });
    return { ...parsePricesCsv(input.text, file, opts), notes: [...input.notes] };
  } catch (e) {
    if (e instanceof InputError) return { prices: [], problems: [...e.diagnostics], notes: [] };
    throw e;
  }
}
