import { existsSync } from 'node:fs';
import { parseMarksCsv, readMarksCsv } from '../load/marks-csv.js';
import { loadMessage } from '../load/messages.js';
import { parsePricesCsv, readPricesCsv } from '../load/prices-csv.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { fileDiagnostic, InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import type { EvaluatorMark, MarksInput, PriceEntry } from '../model/marks.js';
import { formatSource } from '../model/marks.js';
import type { GridQuantities } from '../load/marks-xlsx.js';
import { didYouMean } from '../util/suggest.js';
import { componentColumns } from '../model/price-parts.js';

/**
 * Read every marks file (CSV, or XLSX grids produced by `generate`) and the prices, then check that they name the
 * same bidders. All problems of all files are gathered before anything is thrown.
 */
export interface LoadMarksOptions {
  /** The spec's `tender.estimated_value_eur`: prices over 1 000 times it are refused as typing or unit errors. */
  readonly estimatedValue?: number;
  /** Scored prices already computed (the bidders' price schedules, --price-schedules): the list of offers, like a prices CSV. */
  readonly prices?: readonly PriceEntry[];
  /**
   * The text to read for a CSV file instead of the file itself: `score` on a tender with lots reads each lot from
   * the same files, the other lots' lines blanked so that every line keeps its number (src/score/lots.ts).
   */
  readonly textOf?: (file: string) => string | undefined;
}

export async function loadMarksInput(files: readonly string[], grid: Grid, reference: string, pricesFile?: string, opts: LoadMarksOptions = {}): Promise<MarksInput> {
  const problems: Diagnostic[] = [];
  const notes: Diagnostic[] = [];
  const marks: EvaluatorMark[] = [];
  const gridPrices: PriceEntry[] = [];
  const gridQuantities: GridQuantities[] = [];
  for (const file of files) {
    if (!existsSync(file)) {
      problems.push(fileDiagnostic('file-not-found', file));
    } else if (/\.xlsx$/i.test(file)) {
      const { readMarksXlsx } = await import('../load/marks-xlsx.js');
      const r = await readMarksXlsx(file, grid, reference, opts);
      marks.push(...r.marks);
      gridPrices.push(...r.prices);
      gridQuantities.push(...(r.quantities ?? []));
      problems.push(...r.problems);
    } else if (/\.csv$/i.test(file)) {
      const text = opts.textOf?.(file);
      const r = text === undefined ? readMarksCsv(file, grid) : { ...parseMarksCsv(text, file, grid), notes: [] };
      marks.push(...r.marks);
      problems.push(...r.problems);
      notes.push(...r.notes);
    } else {
      problems.push({ code: 'marks-format', severity: 'error', file, message: `${file}: marks must be a .csv file or an .xlsx grid made by efc-tender generate` });
    }
  }
  let prices: PriceEntry[] = [];
  let pricesBroken = false;
  if (pricesFile) {
    // Extra columns: the coût élargi's committed quantities, the options' prices and the price parts' totals (dpgf, dqe).
    const extra = [...(grid.price?.cost?.externalities.map((x) => x.id) ?? []), ...componentColumns(grid.price)];
    const priceOpts = { ...opts, ...(extra.length ? { quantityColumns: extra } : {}) };
    const text = opts.textOf?.(pricesFile);
    const r = text === undefined ? readPricesCsv(pricesFile, priceOpts) : { ...parsePricesCsv(text, pricesFile, priceOpts), notes: [] };
    prices = r.prices;
    problems.push(...r.problems);
    notes.push(...r.notes);
    pricesBroken = r.problems.length > 0;
  } else if (opts.prices) {
    // The price schedules carry no committed quantities: those of the coût élargi come from the grids.
    prices = opts.prices.map((p) => {
      const q = gridQuantities.find((g) => g.bidder === p.bidder)?.quantities;
      return q && !p.quantities ? { ...p, quantities: q } : p;
    });
  } else {
    // Several evaluators' workbooks carry the same prices; they must agree.
    for (const p of gridPrices) {
      const first = prices.find((q) => q.bidder === p.bidder);
      if (!first) prices.push(p);
      else if (Math.abs(first.price - p.price) > 1e-6) {
        problems.push({ code: 'price-conflict', severity: 'error', file: p.source.file, message: `${formatSource(p.source)}: price of ${p.bidder} is ${p.price}, but ${formatSource(first.source)} says ${first.price}`, hint: 'correct the grids, or give the prices once with --prices prices.csv' });
      }
    }
  }
  // Several evaluators' workbooks carry the same committed quantities (coût élargi); they must agree too.
  for (const [k, q] of gridQuantities.entries()) {
    const first = gridQuantities.find((g) => g.bidder === q.bidder)!;
    if (gridQuantities.indexOf(first) === k) continue;
    for (const [id, value] of Object.entries(q.quantities)) {
      const other = first.quantities[id];
      if (other !== undefined && Math.abs(other - value) > 1e-9) problems.push({ code: 'quantity-conflict', severity: 'error', file: q.file, path: [q.sheet, q.cells[id] ?? ''], message: loadMessage('quantity-conflict', { bidder: q.bidder, id, value, where: formatSource({ file: q.file, sheet: q.sheet, cell: q.cells[id] ?? '' }), other, otherWhere: formatSource({ file: first.file, sheet: first.sheet, cell: first.cells[id] ?? '' }) }), hint: loadMessage('quantity-conflict-hint') });
    }
  }
  // A broken price list would make every bidder look unknown: report the files' problems alone in that case.
  if (pricesBroken) throw new InputError(problems);
  // One evaluator may hand in several files, but one mark per offer and sub-criterion: the same mark in two files
  // (two grids with the same evaluator's name typed in) would otherwise count twice in the mean.
  const firstMark = new Map<string, EvaluatorMark>();
  for (const m of marks) {
    const key = `${m.evaluator}\u0000${m.bidder}\u0000${m.criterion}`;
    const first = firstMark.get(key);
    if (!first) firstMark.set(key, m);
    else if (first.source.file !== m.source.file) {
      problems.push({ code: 'mark-duplicate', severity: 'error', file: m.source.file, ...(m.source.line ? { line: m.source.line, col: 1 } : { path: [m.source.sheet ?? '', m.source.cell ?? ''] }), message: `${m.evaluator} marks ${m.bidder} on ${m.criterion} again (first in ${formatSource(first.source)})`, hint: 'each evaluator marks each offer once: check the evaluator names (column or grid cell) and the files given' });
    }
  }

  const evaluators = unique(marks.map((m) => m.evaluator));
  const marked = unique(marks.map((m) => m.bidder));
  let bidders: string[];
  if (prices.length) {
    // The price list is the list of offers received: a marked bidder outside it is a typo or a stray file.
    bidders = unique([...prices.map((p) => p.bidder), ...marked.filter((b) => prices.some((p) => p.bidder === b))]);
    for (const m of marks) {
      if (bidders.includes(m.bidder)) continue;
      const guess = didYouMean(m.bidder, bidders);
      problems.push(unknownBidder(m, bidders, guess));
    }
  } else {
    // No price list: a bidder that only some evaluators name, and that looks like another bidder, is a typo.
    const count = (b: string): number => unique(marks.filter((m) => m.bidder === b).map((m) => m.evaluator)).length;
    const solid = marked.filter((b) => count(b) === evaluators.length);
    bidders = [...marked];
    for (const b of marked.filter((x) => count(x) < evaluators.length)) {
      const guess = didYouMean(b, solid.filter((s) => s !== b));
      if (!guess) continue;
      bidders = bidders.filter((x) => x !== b);
      for (const m of marks.filter((x) => x.bidder === b)) problems.push(unknownBidder(m, solid, guess));
    }
  }
  if (problems.length) throw new InputError(dedupe(problems));
  return { marks, prices, bidders, evaluators, files: [...files], notes };
}

function unknownBidder(m: EvaluatorMark, known: readonly string[], guess: string | undefined): Diagnostic {
  const where = m.source.sheet ? { file: m.source.file, path: [m.source.sheet, m.source.cell ?? ''] } : { file: m.source.file, line: m.source.line, col: 1 };
  return {
    code: 'unknown-bidder',
    severity: 'error',
    message: `unknown bidder "${m.bidder}"` + (guess ? `; did you mean "${guess}"?` : ''),
    ...where,
    hint: `bidders: ${known.join(', ')}`,
  };
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.file}:${d.line}:${d.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
