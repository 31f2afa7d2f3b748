import type { LoadedSpec } from '../../load/spec.js';
import type { Ccag } from '../../model/contract-terms.js';
import type { Grid } from '../../model/grid.js';
import type { DocumentWords } from '../../wording/catalog.js';
import { pieceDocumentModel } from '../../dce/title-page.js';
import type { Block, DocumentModel } from '../document.js';
import type { TemplateSet } from '../templates.js';

/** The numbers of the DCE's pieces, so that one piece can cite another ("pièce n° 05"). The DCE registry passes its own. */
export interface PieceNumbers {
  readonly rc: number;
  readonly ae: number;
  readonly ccap: number;
  readonly cctp: number;
  readonly response: number;
  /** The price schedule (issue 14 item 5) is not a piece yet: cited only when a registry gives it a number. */
  readonly prices?: number;
}

/** The layout of issue 14: 01-RC, 02-AE, 03-CCAP, 04-CCTP, 05-cadre-de-reponse (06, the price schedule, is to come). */
export const DEFAULT_PIECE_NUMBERS: PieceNumbers = { rc: 1, ae: 2, ccap: 3, cctp: 4, response: 5 };

/** What a DCE composer reads; built like the pipeline builds the specification document. */
export interface DceContext {
  readonly spec: LoadedSpec;
  readonly grid: Grid;
  readonly templates: TemplateSet;
  readonly words: DocumentWords;
  readonly pieces?: Partial<PieceNumbers>;
}

export const pieceNumbers = (ctx: DceContext): PieceNumbers => ({ ...DEFAULT_PIECE_NUMBERS, ...ctx.pieces });
export { pieceNumber } from '../../dce/title-page.js';

/**
 * Articles of the CCAG that the CCAP may override, per edition. The 2021 CCAGs share one structure for these clauses:
 * 4.1 lists the contract documents and their order of precedence, 14 sets the penalties (P = V × R / 1 000, capped
 * at 10 %), and the termination for general interest sets its indemnity (5 % by default) in article 42 (dce.md §1.2).
 */
export const CCAG_ARTICLES: Readonly<Record<Ccag, { readonly pieces: string; readonly penalties: string; readonly termination: string }>> = {
  fcs: { pieces: '4.1', penalties: '14', termination: '42' },
  tic: { pieces: '4.1', penalties: '14', termination: '42' },
  pi: { pieces: '4.1', penalties: '14', termination: '42' },
  mi: { pieces: '4.1', penalties: '14', termination: '42' },
};
/** The CCAG's own defaults, against which a derogation is detected. */
export const CCAG_DEFAULTS = { lateDivisor: 1000, penaltyCapPercent: 10, terminationPercent: 5 } as const;

/** A piece of the CCAP, AE or cadre de réponse as a document: the DCE's one title page (dce/title-page.ts), then the body. */
export function pieceDocument(ctx: DceContext, pieceNumber: number, pieceName: string, body: readonly Block[], opts: { extraRows?: readonly [string, string][]; toc?: boolean } = {}): DocumentModel {
  return pieceDocumentModel({ loaded: ctx.spec, t: ctx.templates }, { number: pieceNumber, title: pieceName, short: pieceName, extraRows: opts.extraRows }, body, { toc: opts.toc ?? false });
}
