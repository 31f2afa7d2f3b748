import { b, type Block, type CellInput } from '../document.js';
import { formatDate, formatNumber } from '../format.js';
import { formatPercent } from '../../wording/format.js';
import { numberHeadings } from '../spec-document.js';
import { specTables } from '../spec-tables.js';
import { specView } from '../spec-view.js';
import { answersUntil, defaultNegotiation } from '../../model/consultation.js';
import { LEGAL_BASIS, TWO_STAGE } from '../../dce/legal-bases.js';
import type { PieceContext } from '../../dce/pieces.js';
import { dceDocument, deadlineText, formatHour, procedureText } from '../../dce/title-page.js';
import type { DocumentModel } from '../document.js';
import { resolvePriceSchedule } from './price-schedule.js';
import { pseTexts, scoredPriceDefinitionOf } from './price-schedule-text.js';
import { articleNumbers } from './ccap.js';
import { rcLotsTables, rcLotsView } from './lots-rc.js';

/** The sections of the RC, in order; each is a template `rc/<name>.hbs` that a buyer can override. */
export const RC_SECTIONS = [
  'rc/01-identification',
  'rc/02-procedure',
  'rc/03-characteristics',
  'rc/04-dce',
  'rc/05-candidature',
  'rc/06-offer',
  'rc/07-criteria',
  'rc/08-marking',
  'rc/09-submission',
  'rc/annex-descriptors',
] as const;

/** What the RC templates see: the specification's view plus the consultation's decisions, already worded. */
export function rcView(ctx: PieceContext) {
  const { spec } = ctx.loaded;
  const t = ctx.t;
  const lang = t.lang;
  const base = specView(spec, ctx.grid, ctx.catalog, t);
  const c = spec.consultation;
  const procedure = spec.tender.procedure;
  const award = procedure === 'marche-global-performance' ? c.award_procedure ?? 'appel-offres-ouvert' : procedure;
  const negotiation = c.negotiation ?? defaultNegotiation(award);
  const byId = Object.fromEntries(ctx.published.map((p) => [p.id, p]));
  // One schedule for the RC: the whole tender's lines and every PSE with its lots (the workbooks are per lot).
  const schedule = resolvePriceSchedule(spec, ctx.words);
  return {
    ...base,
    consultation: c,
    procedureText: procedureText(ctx),
    legalBasis: LEGAL_BASIS[procedure][lang],
    /** The procedure the contract is awarded under (an MGP is a contract type awarded through one of the others). */
    award,
    awardLabel: t.label(`procedure.${award}`),
    awardBasis: LEGAL_BASIS[award][lang],
    isMgp: procedure === 'marche-global-performance',
    twoStage: TWO_STAGE.has(award),
    negotiation,
    deadline: deadlineText(ctx),
    deadlineSet: c.deadline !== undefined,
    deadlineHour: c.deadline ? formatHour(c.deadline.time, lang) : undefined,
    questionsUntil: c.questions_until ? formatDate(c.questions_until, lang) : undefined,
    answersUntil: c.deadline ? formatDate(answersUntil(c.deadline.date), lang) : undefined,
    lots: spec.tender.lots,
    hasLots: spec.tender.lots.length > 0,
    cpv: c.cpv,
    cpvAdditional: c.cpv_additional,
    /** Every PSE with its code ("PSE1 — title") and what the RC says of it (lots, pricing, scoring, minimum requirements). */
    pse: pseTexts(schedule.pse, { sheet: schedule.sheets.pse, hasLots: spec.tender.lots.length > 0 }, ctx.words),
    tranches: c.tranches,
    hasOptionalTranches: c.tranches.some((x) => x.kind === 'optional'),
    performanceShare: spec.remuneration.performance_share,
    /** Publishable pieces, for the list of the DCE; `piece.<id>` for a cross-reference ("pièce n° 04"). */
    pieces: ctx.published,
    piece: byId,
    /** CCAP article numbers, for a cross-reference ("article 3 du CCAP"). */
    art: articleNumbers(),
    pieceCount: ctx.published.length,
    validityDays: c.offer_validity_days,
    scaleMaxText: ctx.grid.scale.percent ? formatPercent(100, lang) : formatNumber(ctx.grid.scale.max, lang),
    /** The scored price's definition: the same sentences as the scoring grid's price sheet (scoredPriceDefinition). */
    scoredPrice: scoredPriceDefinitionOf(spec, ctx.words, byId.prix ? { title: byId.prix.title, number: byId.prix.number } : undefined, schedule).join(' '),
    ...rcLotsView(ctx),
  };
}

export function composeRc(ctx: PieceContext): DocumentModel {
  const view = rcView(ctx);
  const t = ctx.t;
  const lang = t.lang;
  const base = specTables(ctx.loaded.spec, ctx.grid, t, []);
  const lotTables = rcLotsTables(ctx);
  const tables = (name: string): Block[] | undefined => {
    const lotTable = lotTables(name);
    if (lotTable) return lotTable;
    if (name === 'pieces') {
      return [
        {
          type: 'table',
          columns: [
            { header: t.label('dce.col.number'), width: 10, align: 'center' },
            { header: t.label('dce.col.piece'), width: 60 },
            { header: t.label('dce.col.file'), width: 30 },
          ],
          rows: ctx.published.map((p): CellInput[] => [p.number, { runs: [b(p.lot === undefined ? p.title : t.label('lots.pieceTitle', { title: p.title, n: p.lot }))] }, p.file]),
        },
      ];
    }
    if (name === 'scale') {
      // Level 0 is "missing or insufficient": a non-compliant offer is irregular and set aside before scoring.
      return [
        {
          type: 'table',
          columns: [
            { header: t.label('col.mark'), width: 10, align: 'center' },
            { header: t.label('col.level'), width: 22 },
            { header: t.label('col.meaning'), width: 68 },
          ],
          // The level's name has its own column: its meaning is printed without repeating it ("Excellent — …").
          rows: ctx.grid.scale.marks.map((m, level) => [ctx.grid.scale.percent ? formatPercent(m, lang) : formatNumber(m, lang), t.label(level === 0 ? 'rc.levelName.0' : `levelName.${level}`), t.label(level === 0 ? 'rc.level.0' : `level.${level}`).replace(/^[^—]*— /u, '')]),
        },
      ];
    }
    if (name === 'tranches') {
      const ts = ctx.loaded.spec.consultation.tranches;
      if (!ts.length) return [];
      return [
        {
          type: 'table',
          columns: [
            { header: t.label('rc.col.tranche'), width: 50 },
            { header: t.label('rc.col.trancheKind'), width: 25 },
            { header: t.label('rc.col.duration'), width: 25 },
          ],
          rows: ts.map((x): CellInput[] => [{ runs: [b(x.title)], more: x.description ? [[x.description]] : undefined }, t.label(`rc.tranche.${x.kind}`), x.duration_months ? t.label('rc.months', { n: x.duration_months }) : '']),
        },
      ];
    }
    return base(name);
  };
  const body: Block[] = [];
  for (const name of RC_SECTIONS) body.push(...t.blocks(name, view, tables));
  return dceDocument(ctx, 'rc.title', 'rc.short', numberHeadings(body));
}
