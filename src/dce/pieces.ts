import type { Catalog } from '../load/catalog.js';
import type { LoadedSpec } from '../load/spec.js';
import type { DocumentModel } from '../compose/document.js';
import type { TemplateSet } from '../compose/templates.js';
import type { Grid } from '../model/grid.js';
import type { DocumentKey, DocumentWords } from '../wording/catalog.js';
import { composeRc } from '../compose/dce/rc.js';
import { composeCctp } from '../compose/dce/cctp.js';
import { composeAe } from '../compose/dce/ae.js';
import { composeCcap } from '../compose/dce/ccap.js';
import type { DceContext, PieceNumbers } from '../compose/dce/context.js';
import { composeResponseFramework } from '../compose/dce/response-framework.js';
import { composeGridDocument } from '../compose/grid-document.js';
import { renderGridXlsx } from '../render/xlsx/grid-workbook.js';
import { documentDate } from '../model/spec.js';
import { resolvePriceSchedule, scheduleFileOf } from '../compose/dce/price-schedule.js';
import { scoredPriceDefinitionOf } from '../compose/dce/price-schedule-text.js';
import { typesetTexts } from '../compose/typography.js';
import { renderPriceScheduleXlsx } from '../render/xlsx/price-schedule-workbook.js';
import type { Lot, ResolvedLot } from '../select/lots.js';

/**
 * The pieces of the tender file (DCE), in one ordered registry: the output layout, the upload zip and every
 * cross-reference between pieces (the RC's list of the DCE, "pièce n° 04") are read from here, never typed twice.
 *
 * To add a piece, add one line below. Publishable pieces have a `number` (their file is `NN-<file>.<ext>` in
 * `OUT/<name>/`, and they go in `<name>-DCE.zip`); buyer-only pieces have none and go in `OUT/<name>/interne/`.
 * Ids the RC looks for when it says what an offer contains: `ae`, `ccap`, `cadre` (response framework), `prix`
 * (price schedule, XLSX).
 */
export interface PieceContext {
  readonly loaded: LoadedSpec;
  readonly grid: Grid;
  readonly catalog: Catalog;
  /** Templates and words of the documents' language (with --templates overrides). */
  readonly t: TemplateSet;
  readonly words: DocumentWords;
  /** Bidder columns of the XLSX grid. */
  readonly bidders: number;
  /** The publishable pieces, in order, with their numbers and titles: what a piece cites. */
  readonly published: readonly PieceRef[];
  /** Every lot resolved with its grid (absent or empty for a tender without lots): the RC and the CCTP speak of each. */
  readonly lots?: readonly ResolvedLot[];
  /** The lot a per-lot piece is composed for; `loaded` and `grid` are then that lot's view. */
  readonly lot?: Lot;
}

/** A piece as another piece cites it. */
export interface PieceRef {
  readonly id: string;
  /** "04" */
  readonly number: string;
  readonly title: string;
  /** File name inside the DCE folder, e.g. "04-CCTP.docx" or "02-AE-lot-1.docx". */
  readonly file: string;
  /** The lot of a per-lot file (its title stays the piece's: a cross-reference cites the piece, whatever the lot). */
  readonly lot?: number;
}

export type PieceOutput = { readonly kind: 'document'; readonly doc: DocumentModel } | { readonly kind: 'xlsx'; readonly data: Promise<Buffer> };

export interface DcePiece {
  readonly id: string;
  /** Publishable pieces: their number in the DCE (1 → "01"). Buyer-only pieces: none. */
  readonly number?: number;
  /** File name without number or extension: "RC" → "01-RC.docx". */
  readonly file: string;
  readonly publishable: boolean;
  /** A document (DOCX, or Markdown with --format md) or a workbook (XLSX, left out with --format md). */
  readonly kind: 'document' | 'xlsx';
  /** Its name in the documents (the RC's list of pieces, title pages). */
  readonly titleKey: DocumentKey;
  /** A file name that depends on the spec (the price schedule: DPGF, BPU-DQE, DPGF-BPU-DQE); `file` otherwise. */
  readonly fileFor?: (loaded: LoadedSpec) => string;
  /** A piece written for some specs only (the buyer's copy of a hidden DQE); every spec otherwise. */
  readonly appliesTo?: (loaded: LoadedSpec) => boolean;
  /**
   * A tender with lots gets one file of this piece per lot (`02-AE-lot-1.docx`): `always` (the AE, the committee's
   * grids, the price schedule), `when-lots-differ` (the cadre de réponse, when the lots are not judged on the same
   * criteria and indicators), or `when-pay-differs` (the CCAP, whose pay article is per indicator and computed on the
   * contract's value: per lot when the lots differ or have values of their own). Absent: one file for the whole tender.
   */
  readonly perLot?: 'always' | 'when-lots-differ' | 'when-pay-differs';
  compose(ctx: PieceContext): PieceOutput;
}

export const DCE_PIECES: readonly DcePiece[] = [
  { id: 'rc', number: 1, file: 'RC', publishable: true, kind: 'document', titleKey: 'dce.piece.rc', compose: (ctx) => ({ kind: 'document', doc: composeRc(ctx) }) },
  { id: 'ae', number: 2, file: 'AE', publishable: true, kind: 'document', titleKey: 'dce.piece.ae', perLot: 'always', compose: (ctx) => ({ kind: 'document', doc: composeAe(dceContext(ctx)) }) },
  { id: 'ccap', number: 3, file: 'CCAP', publishable: true, kind: 'document', titleKey: 'dce.piece.ccap', perLot: 'when-pay-differs', compose: (ctx) => ({ kind: 'document', doc: composeCcap(dceContext(ctx)) }) },
  { id: 'cadre', number: 5, file: 'cadre-de-reponse', publishable: true, kind: 'document', titleKey: 'dce.piece.cadre', perLot: 'when-lots-differ', compose: (ctx) => ({ kind: 'document', doc: composeResponseFramework(dceContext(ctx)) }) },
  { id: 'cctp', number: 4, file: 'CCTP', publishable: true, kind: 'document', titleKey: 'dce.piece.cctp', compose: (ctx) => ({ kind: 'document', doc: composeCctp(ctx) }) },
  { id: 'prix', number: 6, file: 'DPGF', fileFor: (l) => scheduleFileOf(l.spec), publishable: true, kind: 'xlsx', titleKey: 'dce.piece.prix', perLot: 'always', compose: (ctx) => priceSchedule(ctx, false) },
  {
    id: 'prix-interne',
    file: 'cadre-de-prix-acheteur',
    publishable: false,
    kind: 'xlsx',
    titleKey: 'dce.piece.prix-interne',
    perLot: 'always',
    appliesTo: (l) => l.spec.price_schedule?.hidden_dqe === true,
    compose: (ctx) => priceSchedule(ctx, true),
  },
  {
    id: 'grid-docx',
    file: 'grille-notation',
    publishable: false,
    kind: 'document',
    titleKey: 'dce.piece.grid-docx',
    perLot: 'always',
    compose: (ctx) => ({ kind: 'document', doc: composeGridDocument(ctx.grid, { spec: ctx.loaded.spec, bidders: ctx.bidders, lang: ctx.grid.lang, words: ctx.words }) }),
  },
  {
    id: 'grid-xlsx',
    file: 'grille-notation',
    publishable: false,
    kind: 'xlsx',
    titleKey: 'dce.piece.grid-xlsx',
    perLot: 'always',
    compose: (ctx) => {
      const { spec } = ctx.loaded;
      // The price sheet repeats the RC's definition of the scored price (the lot's, for a lot's grid).
      const prix = ctx.published.find((p) => p.id === 'prix');
      const priceDefinition = { heading: ctx.words.t('dce.price.def.title'), sentences: typesetTexts(scoredPriceDefinitionOf(spec, ctx.words, prix ? { title: prix.title, number: prix.number } : undefined), ctx.words.lang) };
      return { kind: 'xlsx', data: renderGridXlsx(ctx.grid, { title: spec.tender.title, reference: spec.tender.reference, date: documentDate(spec), bidders: ctx.bidders, lang: ctx.grid.lang, words: ctx.words, priceDefinition, ...(spec.scoring.tie_break ? { tieBreak: spec.scoring.tie_break } : {}) }) };
    },
  },
];

/** The price schedule workbook: the bidders' copy (piece 06), or the buyer's with the DQE even when it is hidden. */
function priceSchedule(ctx: PieceContext, internal: boolean): PieceOutput {
  const { spec } = ctx.loaded;
  const schedule = resolvePriceSchedule(spec, ctx.words);
  const pieceTitle = ctx.published.find((p) => p.id === 'prix')?.title ?? ctx.t.label('dce.piece.prix');
  return { kind: 'xlsx', data: renderPriceScheduleXlsx(schedule, { title: spec.tender.title, reference: spec.tender.reference, date: documentDate(spec), pieceTitle, words: ctx.words, internal }) };
}

/** The registry's id of each piece the CCAP, AE and cadre de réponse cite (their own names for them). */
const CITED: Readonly<Record<keyof PieceNumbers, string>> = { rc: 'rc', ae: 'ae', ccap: 'ccap', cctp: 'cctp', response: 'cadre', prices: 'prix' };

/** What the CCAP, AE and cadre de réponse read: the piece context, with the numbers the registry gives the pieces. */
function dceContext(ctx: PieceContext): DceContext {
  const numbers: Partial<Record<keyof PieceNumbers, number>> = {};
  for (const [key, id] of Object.entries(CITED) as [keyof PieceNumbers, string][]) {
    const ref = ctx.published.find((p) => p.id === id);
    if (ref) numbers[key] = Number(ref.number);
  }
  return { spec: ctx.loaded, grid: ctx.grid, templates: ctx.t, words: ctx.words, pieces: numbers };
}

export { pieceNumber } from './title-page.js';

/** The publishable pieces in number order (the registry may list them in any order). */
export function publishedPieces(pieces: readonly DcePiece[]): DcePiece[] {
  return pieces.filter((p) => p.publishable && p.number !== undefined).sort((a, b) => a.number! - b.number!);
}
