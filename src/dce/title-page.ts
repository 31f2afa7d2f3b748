import { b, type Block, type DocumentModel, type Section } from '../compose/document.js';
import { formatDate } from '../compose/format.js';
import type { DocumentKey } from '../wording/catalog.js';
import { documentDate } from '../model/spec.js';
import { shortBasis, TWO_STAGE } from './legal-bases.js';
import type { Procedure } from '../model/spec.js';
import type { PieceContext } from './pieces.js';

/** "12:00" → "12 h 00" in French (Lexique de l'Imprimerie nationale), unchanged in English. */
export const formatHour = (hhmm: string, lang: 'fr' | 'en'): string => (lang === 'fr' ? hhmm.replace(':', ' h ') : hhmm);

/** The deadline as the title page and the RC print it, or the blank the buyer fills in before publishing. */
export function deadlineText(ctx: PieceContext): string {
  const d = ctx.loaded.spec.consultation.deadline;
  const lang = ctx.t.lang;
  return d ? ctx.t.label('dce.deadlineValue', { date: formatDate(d.date, lang), time: formatHour(d.time, lang) }) : ctx.t.label('dce.deadlineBlank');
}

/** The procedure and its short legal basis, e.g. "Dialogue compétitif (L2124-4 et R2161-24 à R2161-31 du CCP)". */
export function procedureText(ctx: PieceContext): string {
  const { tender, consultation } = ctx.loaded.spec;
  const t = ctx.t;
  const label = t.label(`procedure.${tender.procedure}`);
  const basis = (p: Procedure): string => shortBasis(p, t.lang);
  const own = t.label('dce.procedureValue', { procedure: label, articles: `${basis(tender.procedure)} ${t.lang === 'fr' ? 'du CCP' : 'CCP'}` });
  if (tender.procedure !== 'marche-global-performance') return own;
  const under = consultation.award_procedure ?? 'appel-offres-ouvert';
  return t.label('dce.mgpUnder', { procedure: own, under: t.label('dce.procedureValue', { procedure: t.label(`procedure.${under}`), articles: basis(under) }) });
}

/**
 * The title page every piece of the DCE opens with (dce.md §3): buyer, address and representative; the piece's
 * name; object; procedure and its articles; lots; reference; the deadline; the document's date.
 */
export function dceTitlePage(ctx: PieceContext, titleKey: DocumentKey): Block[] {
  const { spec } = ctx.loaded;
  const t = ctx.t;
  const c = spec.consultation;
  const award = spec.tender.procedure === 'marche-global-performance' ? c.award_procedure ?? 'appel-offres-ouvert' : spec.tender.procedure;
  const rows: [string, string][] = [
    [t.label('dce.buyer'), [spec.buyer.name, spec.buyer.address].filter(Boolean).join(', ')],
    ...(spec.buyer.signatory ? [[t.label('dce.rpa'), spec.buyer.signatory] as [string, string]] : []),
    [t.label('dce.object'), spec.tender.title],
    [t.label('dce.cpv'), c.cpv ?? t.label('dce.toFill')],
    [t.label('dce.procedure'), procedureText(ctx)],
    [t.label('dce.lots'), spec.tender.lots.length ? t.label('dce.lotsCount', { n: spec.tender.lots.length }) : t.label('dce.lotsNone')],
    [t.label('dce.reference'), spec.tender.reference],
    [t.label(TWO_STAGE.has(award) ? 'dce.deadlineCandidatures' : 'dce.deadline'), deadlineText(ctx)],
    [t.label('dce.documentDate'), formatDate(documentDate(spec), t.lang)],
  ];
  return [
    { type: 'paragraph', runs: [b(spec.buyer.name)], style: 'subtitle' },
    { type: 'paragraph', runs: [''] },
    { type: 'paragraph', runs: [t.label('dce.docKind')], style: 'subtitle' },
    { type: 'paragraph', runs: [t.label(titleKey)], style: 'title' },
    { type: 'paragraph', runs: [spec.tender.title], style: 'subtitle' },
    { type: 'paragraph', runs: [''] },
    { type: 'table', columns: [{ header: rows[0]![0], width: 35 }, { header: rows[0]![1], width: 65 }], rows: rows.slice(1).map(([k, v]) => [{ runs: [b(k)] }, v]) },
  ];
}

/** A piece as a document: its title page, a table of contents, then its numbered body. */
export function dceDocument(ctx: PieceContext, titleKey: DocumentKey, shortKey: DocumentKey, body: readonly Block[]): DocumentModel {
  const { spec } = ctx.loaded;
  const t = ctx.t;
  const header = t.label('dce.header', { buyer: spec.buyer.name, reference: spec.tender.reference, piece: t.label(shortKey) });
  const sections: Section[] = [
    { orientation: 'portrait', titlePage: true, blocks: dceTitlePage(ctx, titleKey) },
    // No "right-click to update" hint: a published piece speaks to bidders, not to the person who generated it.
    { orientation: 'portrait', header, blocks: [{ type: 'toc', title: t.label('toc') }] },
    { orientation: 'portrait', header, blocks: body },
  ];
  return {
    meta: { title: `${t.label(titleKey)} — ${spec.tender.title}`, subject: t.label(titleKey), creator: t.label('creator'), keywords: spec.tender.reference, date: documentDate(spec), lang: t.lang },
    labels: { page: t.label('page'), of: t.label('of'), tocHint: '' },
    sections,
  };
}
