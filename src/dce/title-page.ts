import { b, type Block, type DocumentModel, type Section } from '../compose/document.js';
import { formatDate, formatEuros } from '../compose/format.js';
import type { TemplateSet } from '../compose/templates.js';
import type { LoadedSpec } from '../load/spec.js';
import type { DocumentKey } from '../wording/catalog.js';
import { documentDate } from '../model/spec.js';
import { shortBasis, TWO_STAGE } from './legal-bases.js';
import type { Procedure } from '../model/spec.js';
import type { PieceContext } from './pieces.js';

/** "12:00" → "12 h 00" in French (Lexique de l'Imprimerie nationale), unchanged in English. */
export const formatHour = (hhmm: string, lang: 'fr' | 'en'): string => (lang === 'fr' ? hhmm.replace(':', ' h ') : hhmm);

/**
 * What a title page reads: the spec and the documents' words. The RC and CCTP pass their PieceContext, the CCAP, AE
 * and cadre de réponse their DceContext (compose/dce/context.ts), so every piece opens on the same page.
 */
export interface TitleContext {
  readonly loaded: LoadedSpec;
  readonly t: TemplateSet;
}

/** The deadline as the title page and the RC print it, or the blank the buyer fills in before publishing. */
export function deadlineText(ctx: TitleContext): string {
  const d = ctx.loaded.spec.consultation.deadline;
  const lang = ctx.t.lang;
  return d ? ctx.t.label('dce.deadlineValue', { date: formatDate(d.date, lang), time: formatHour(d.time, lang) }) : ctx.t.label('dce.deadlineBlank');
}

/** The procedure and its short legal basis, e.g. "Dialogue compétitif (L2124-4 et R2161-24 à R2161-31 du CCP)". */
export function procedureText(ctx: TitleContext): string {
  const { tender, consultation } = ctx.loaded.spec;
  const t = ctx.t;
  const label = t.label(`procedure.${tender.procedure}`);
  const basis = (p: Procedure): string => shortBasis(p, t.lang);
  const own = t.label('dce.procedureValue', { procedure: label, articles: `${basis(tender.procedure)} ${t.lang === 'fr' ? 'du CCP' : 'CCP'}` });
  if (tender.procedure !== 'marche-global-performance') return own;
  const under = consultation.award_procedure ?? 'appel-offres-ouvert';
  return t.label('dce.mgpUnder', { procedure: own, under: t.label('dce.procedureValue', { procedure: t.label(`procedure.${under}`), articles: basis(under) }) });
}

/** A piece as its title page and running header name it. */
export interface TitledPiece {
  /** Its number in the DCE (1 → "Pièce n° 01"); none for a buyer-only document. */
  readonly number?: number;
  /** Its name, e.g. "Règlement de la consultation". */
  readonly title: string;
  /** Rows the piece adds to the identification table (the CCAP's CCAG). */
  readonly extraRows?: readonly (readonly [string, string])[];
}

/** "05": pieces are numbered on two digits, in their file names and wherever one piece cites another. */
export const pieceNumber = (n: number): string => String(n).padStart(2, '0');

/** "Pièce n° 05". */
export const pieceLabel = (t: TemplateSet, n: number): string => t.label('dce.piece', { number: pieceNumber(n) });

/**
 * The title page every piece of the DCE opens with (dce.md §3), one layout for all: buyer; the file's kind, the
 * piece's number and name; the object; then a table identifying the consultation: buyer and address, representative,
 * object, CPV, procedure and its articles, lots (each named), duration, estimated value, reference, the piece's own
 * rows, the deadline, the document's date.
 */
export function dceTitlePage(ctx: TitleContext, piece: TitledPiece): Block[] {
  const { spec } = ctx.loaded;
  const t = ctx.t;
  const c = spec.consultation;
  const award = spec.tender.procedure === 'marche-global-performance' ? c.award_procedure ?? 'appel-offres-ouvert' : spec.tender.procedure;
  const lots = spec.tender.lots.length ? spec.tender.lots.map((l) => `${t.label('dce.lot')} ${l.number} : ${l.title}`).join(' ; ') : t.label('dce.lotsNone');
  const rows: (readonly [string, string])[] = [
    [t.label('dce.buyer'), [spec.buyer.name, spec.buyer.address].filter(Boolean).join(', ')],
    ...(spec.buyer.signatory ? [[t.label('dce.rpa'), spec.buyer.signatory] as const] : []),
    [t.label('dce.object'), spec.tender.title],
    [t.label('dce.cpv'), c.cpv ?? t.label('dce.toFill')],
    [t.label('dce.procedure'), procedureText(ctx)],
    [t.label('dce.lots'), lots],
    [t.label('duration'), t.label('durationValue', { months: spec.tender.duration_months })],
    ...(spec.tender.estimated_value_eur ? [[t.label('estimatedValue'), formatEuros(spec.tender.estimated_value_eur, t.lang)] as const] : []),
    [t.label('dce.reference'), spec.tender.reference],
    ...(piece.extraRows ?? []),
    [t.label(TWO_STAGE.has(award) ? 'dce.deadlineCandidatures' : 'dce.deadline'), deadlineText(ctx)],
    [t.label('dce.documentDate'), formatDate(documentDate(spec), t.lang)],
  ];
  return [
    { type: 'paragraph', runs: [b(spec.buyer.name)], style: 'subtitle' },
    { type: 'paragraph', runs: [''] },
    { type: 'paragraph', runs: [t.label('dce.docKind')], style: 'subtitle' },
    ...(piece.number !== undefined ? [{ type: 'paragraph', runs: [pieceLabel(t, piece.number)], style: 'subtitle' } as Block] : []),
    { type: 'paragraph', runs: [piece.title], style: 'title' },
    { type: 'paragraph', runs: [spec.tender.title], style: 'subtitle' },
    { type: 'paragraph', runs: [''] },
    { type: 'table', columns: [{ header: rows[0]![0], width: 35 }, { header: rows[0]![1], width: 65 }], rows: rows.slice(1).map(([k, v]) => [{ runs: [b(k)] }, v]) },
  ];
}

/**
 * A piece as a document: its title page, a table of contents (unless `toc: false`), then its body, under a running
 * header naming the buyer, the reference and the piece. No "right-click to update" hint, even in a copy made with
 * --toc-page-numbers: a published piece speaks to bidders, not to the person who generated it.
 */
export function pieceDocumentModel(ctx: TitleContext, piece: TitledPiece & { readonly short: string }, body: readonly Block[], opts: { toc?: boolean } = {}): DocumentModel {
  const { spec } = ctx.loaded;
  const t = ctx.t;
  const header = t.label('dce.header', { buyer: spec.buyer.name, reference: spec.tender.reference, piece: piece.number !== undefined ? pieceLabel(t, piece.number) : piece.short });
  const sections: Section[] = [{ orientation: 'portrait', titlePage: true, blocks: dceTitlePage(ctx, piece) }];
  if (opts.toc !== false) sections.push({ orientation: 'portrait', header, blocks: [{ type: 'toc', title: t.label('toc') }] });
  sections.push({ orientation: 'portrait', header, blocks: body });
  return {
    meta: { title: `${piece.title} — ${spec.tender.title}`, subject: piece.title, creator: spec.buyer.name, keywords: spec.tender.reference, date: documentDate(spec), lang: t.lang },
    labels: { page: t.label('page'), of: t.label('of'), tocHint: '' },
    sections,
  };
}

/**
 * The RC's and the CCTP's document: the piece's number and name are the registry's, found by the id its short key
 * starts with ('rc.short' → the piece 'rc'), so the title page names it as the RC's list of pieces does.
 */
export function dceDocument(ctx: PieceContext, titleKey: DocumentKey, shortKey: DocumentKey, body: readonly Block[]): DocumentModel {
  const id = shortKey.split('.')[0];
  const ref = ctx.published.find((p) => p.id === id);
  return pieceDocumentModel(ctx, { number: ref ? Number(ref.number) : undefined, title: ref?.title ?? ctx.t.label(titleKey), short: ctx.t.label(shortKey) }, body);
}
