import type { LoadedSpec } from '../../load/spec.js';
import type { Ccag } from '../../model/contract-terms.js';
import type { Grid } from '../../model/grid.js';
import { documentDate, type Spec } from '../../model/spec.js';
import type { DocumentWords } from '../../wording/catalog.js';
import { buyerKind } from '../buyer-name.js';
import { b, type Block, type DocumentModel, type Section } from '../document.js';
import { formatDate, formatEuros } from '../format.js';
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
/** "05": pieces are numbered on two digits, as in their file names. */
export const pieceNo = (n: number): string => String(n).padStart(2, '0');

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

/** Identification of the consultation common to every piece's title page and header. */
export function titlePage(spec: Spec, words: DocumentWords, t: TemplateSet, pieceNumber: number, pieceName: string, extraRows: readonly [string, string][] = []): Block[] {
  const lang = words.lang;
  const kind = buyerKind(spec.buyer.name, spec.buyer.kind);
  const lots = spec.tender.lots.length ? spec.tender.lots.map((l) => `${words.t('dce.lot')} ${l.number} : ${l.title}`).join(' ; ') : words.t('dce.lots.none');
  const rows: [string, string][] = [
    [t.label('procedure'), t.label(`procedure.${spec.tender.procedure}`)],
    [t.label('duration'), t.label('durationValue', { months: spec.tender.duration_months })],
    ...(spec.tender.estimated_value_eur ? [[t.label('estimatedValue'), formatEuros(spec.tender.estimated_value_eur, lang)] as [string, string]] : []),
    [words.t('dce.lot'), lots],
    ...extraRows,
    [t.label('documentDate'), formatDate(documentDate(spec), lang)],
  ];
  return [
    { type: 'paragraph', runs: [b(spec.buyer.name)], style: 'subtitle' },
    ...(kind ? [{ type: 'paragraph', runs: [kind.charAt(0).toUpperCase() + kind.slice(1)], style: 'note' } as Block] : []),
    ...(spec.buyer.address ? [{ type: 'paragraph', runs: [spec.buyer.address], style: 'note' } as Block] : []),
    { type: 'paragraph', runs: [''] },
    { type: 'paragraph', runs: [t.label('docKind')], style: 'subtitle' },
    { type: 'paragraph', runs: [words.t('dce.piece', { number: pieceNo(pieceNumber) })], style: 'subtitle' },
    { type: 'paragraph', runs: [pieceName], style: 'title' },
    { type: 'paragraph', runs: [spec.tender.title], style: 'subtitle' },
    { type: 'paragraph', runs: [''] },
    { type: 'table', columns: [{ header: t.label('reference'), width: 35 }, { header: spec.tender.reference, width: 65 }], rows: rows.map(([k, v]) => [{ runs: [b(k)] }, v]) },
  ];
}

/** A piece: title page, then the body under a running header naming the piece. */
export function pieceDocument(ctx: DceContext, pieceNumber: number, pieceName: string, body: readonly Block[], opts: { extraRows?: readonly [string, string][]; toc?: boolean } = {}): DocumentModel {
  const { spec } = ctx.spec;
  const t = ctx.templates;
  const header = `${t.label('header', { buyer: spec.buyer.name, reference: spec.tender.reference })} — ${ctx.words.t('dce.piece', { number: pieceNo(pieceNumber) })}`;
  const sections: Section[] = [{ orientation: 'portrait', titlePage: true, blocks: titlePage(spec, ctx.words, t, pieceNumber, pieceName, opts.extraRows) }];
  if (opts.toc) sections.push({ orientation: 'portrait', header, blocks: [{ type: 'toc', title: t.label('toc') }] });
  sections.push({ orientation: 'portrait', header, blocks: body });
  return {
    meta: { title: `${pieceName} — ${spec.tender.title}`, subject: pieceName, creator: t.label('creator'), keywords: `EFC; ${spec.tender.reference}`, date: documentDate(spec), lang: t.lang },
    labels: { page: t.label('page'), of: t.label('of'), tocHint: t.label('tocHint') },
    sections,
  };
}
