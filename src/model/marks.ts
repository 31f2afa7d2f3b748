import type { Diagnostic } from './diagnostic.js';

/**
 * Marks as loaded from the committee's files, before any computation. Every value keeps where it came from
 * (CSV line, or XLSX sheet + cell) so that a finding about it can point the committee at the right place.
 */

/** Where one value was read: a CSV line, or a workbook sheet and cell. */
export interface MarkSource {
  readonly file: string;
  readonly line?: number;
  readonly sheet?: string;
  readonly cell?: string;
}

/** One evaluator's mark for one bidder on one sub-criterion. */
export interface EvaluatorMark {
  readonly evaluator: string;
  readonly bidder: string;
  /** Sub-criterion id of the grid. */
  readonly criterion: string;
  /** On the grid's scale (0..scale max). */
  readonly mark: number;
  readonly justification: string;
  readonly source: MarkSource;
}

export interface PriceEntry {
  readonly bidder: string;
  /** On the spec's basis (TTC by default), in euros. */
  readonly price: number;
  readonly source: MarkSource;
  /** Coût élargi: the quantities committed in the offer, by externality id (prices CSV columns named by the ids). */
  readonly quantities?: Readonly<Record<string, number>>;
}

/** Everything the committee handed in: marks of one or more evaluators, and the prices. */
export interface MarksInput {
  readonly marks: readonly EvaluatorMark[];
  readonly prices: readonly PriceEntry[];
  /** Bidders in the order first met (files in the order given, lines in order). */
  readonly bidders: readonly string[];
  /** Evaluators in the order first met. */
  readonly evaluators: readonly string[];
  readonly files: readonly string[];
  /** How the files were read (e.g. "lu en Windows-1252"): infos for the command to show. */
  readonly notes?: readonly Diagnostic[];
}

/** "file:line" or "file, sheet «S», cell C4", for messages. */
export function formatSource(s: MarkSource): string {
  if (s.sheet) return `${s.file}, sheet "${s.sheet}"${s.cell ? `, cell ${s.cell}` : ''}`;
  return s.line ? `${s.file}:${s.line}` : s.file;
}
