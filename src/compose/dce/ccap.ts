import type { Diagnostic } from '../../model/diagnostic.js';
import { InputError } from '../../model/errors.js';
import type { Cap } from '../../model/pay.js';
import type { Spec } from '../../model/spec.js';
import { payFields, resolvePay, type ResolvedPay } from '../../pay/index.js';
import type { DocumentKey } from '../../wording/catalog.js';
import { formatAsTyped } from '../../wording/format.js';
import { b, type Block, type DocumentModel } from '../document.js';
import { formatDate } from '../format.js';
import { capText, money, payTables } from './ccap-pay-tables.js';
import { CCAG_ARTICLES, CCAG_DEFAULTS, pieceDocument, pieceNumber, pieceNumbers, type DceContext } from './context.js';
import { workedExample } from './reference-scenario.js';
import { shortBasis } from '../../dce/legal-bases.js';

/**
 * The CCAP of a performance contract: one template per article (`templates/<lang>/ccap/<id>.hbs`), numbered here in
 * this order, so that every cross-reference (`{{art.performance}}`) follows the numbering. The last article recaps
 * the derogations to the CCAG, collected from the articles that make them: nothing is listed twice by hand.
 */
export const CCAP_ARTICLES = [
  'object',
  'documents',
  'duration',
  'price',
  'revision',
  'advance',
  'payment',
  'performance',
  'penalties',
  'governance',
  'execution-conditions',
  'review',
  'termination',
  'disputes',
  'derogations',
] as const;
export type CcapArticleId = (typeof CCAP_ARTICLES)[number];

/** A derogation an article makes to the CCAG, printed in that article and recapped in the last one. */
export interface Derogation {
  readonly article: CcapArticleId;
  readonly ccagArticle: string;
  readonly text: string;
}

/** The article number of each id: the order above, 1-based. */
export const articleNumbers = (): Record<CcapArticleId, number> => Object.fromEntries(CCAP_ARTICLES.map((id, k) => [id, k + 1])) as Record<CcapArticleId, number>;

/** The pay model the CCAP prints; a model that does not hold together is the spec's error, located in its file. */
export function ccapPay(ctx: DceContext): ResolvedPay | undefined {
  const { spec, source } = ctx.spec;
  const r = spec.remuneration;
  if (r.mechanism === 'none' && r.performance_share === 0) return undefined;
  const { pay, diagnostics } = resolvePay(spec);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !pay) {
    throw new InputError(errors.map((d): Diagnostic => ({ ...d, ...(d.path ? source.positionOf(d.path) : {}) })));
  }
  return pay;
}

/** Can a malus (or a shortfall of gain sharing) reduce the contractor's pay? Then it is a deduction next to penalties. */
const hasMalus = (pay: ResolvedPay | undefined): boolean =>
  !!pay && (pay.indicators.some((i) => i.applies !== 'bonus' && i.rateCents > 0) || pay.gainSharing.some((g) => g.shortfallProviderShare > 0));

/** Every derogation of the CCAP, from the terms that make one; the articles and the last article both read this list. */
export function ccapDerogations(ctx: DceContext, pay: ResolvedPay | undefined): Derogation[] {
  const { spec } = ctx.spec;
  const c = spec.contract;
  const arts = CCAG_ARTICLES[c.ccag];
  const w = ctx.words;
  const out: Derogation[] = [{ article: 'documents', ccagArticle: arts.pieces, text: w.t('dce.derog.pieces') }];
  if (hasMalus(pay)) out.push({ article: 'performance', ccagArticle: arts.penalties, text: w.t('dce.derog.performancePenalties') });
  if (c.penalties.late_divisor !== CCAG_DEFAULTS.lateDivisor) out.push({ article: 'penalties', ccagArticle: arts.penalties, text: w.t('dce.derog.penaltyFormula', { divisor: c.penalties.late_divisor }) });
  if (c.penalties.cap_percent !== CCAG_DEFAULTS.penaltyCapPercent) out.push({ article: 'penalties', ccagArticle: arts.penalties, text: w.t('dce.derog.penaltyCap', { percent: formatAsTyped(c.penalties.cap_percent, w.lang) }) });
  if (c.termination_percent !== CCAG_DEFAULTS.terminationPercent) out.push({ article: 'termination', ccagArticle: arts.termination, text: w.t('dce.derog.termination', { percent: formatAsTyped(c.termination_percent, w.lang) }) });
  return out;
}

/** Article N — Title; N.k Title: the CCAP's numbering, written into the heading text. */
function numberArticles(blocks: readonly Block[], articleWord: string): Block[] {
  let art = 0;
  let sub = 0;
  return blocks.map((bl) => {
    if (bl.type !== 'heading' || !bl.numbered) return bl;
    if (bl.level === 1) {
      art += 1;
      sub = 0;
      return { ...bl, text: `${articleWord} ${art} — ${bl.text}` };
    }
    if (bl.level === 2) {
      sub += 1;
      return { ...bl, text: `${art}.${sub} ${bl.text}` };
    }
    return bl;
  });
}

export function composeCcap(ctx: DceContext): DocumentModel {
  const { spec } = ctx.spec;
  const t = ctx.templates;
  const words = ctx.words;
  const lang = words.lang;
  const pieces = pieceNumbers(ctx);
  const pay = ccapPay(ctx);
  const derogations = ccapDerogations(ctx, pay);
  const art = articleNumbers();
  const c = spec.contract;
  const ccagArts = CCAG_ARTICLES[c.ccag];
  const fields = payFields(spec).fields;
  const rawCaps = new Map<string, { bonus?: Cap; malus?: Cap }>((fields.indicators ?? []).map((i) => [i.indicator, { bonus: i.bonus_cap, malus: i.malus_cap }]));
  const example = pay && (pay.indicators.length || pay.gainSharing.length) ? workedExample(pay) : undefined;
  const tables: Record<string, () => Block[]> = {
    ...(pay ? payTables({ spec, pay, rawCaps, words, example }) : {}),
    documents: () => documentsTable(ctx),
    derogations: () => derogationsTable(ctx, derogations, art),
  };
  const byId = new Map(spec.usage_performance.map((i) => [i.id, i]));
  const piece = Object.fromEntries(Object.entries(pieces).flatMap(([k, v]) => (v === undefined ? [] : [[k, pieceNumber(v)]])));
  const pieceName = (k: 'ae' | 'ccap' | 'cctp' | 'response' | 'prices' | 'rc'): string => words.t(`dce.piece.${k}` as DocumentKey);
  const view = {
    spec,
    art,
    piece,
    pieceNames: { ae: pieceName('ae'), cctp: pieceName('cctp'), response: pieceName('response'), prices: pieceName('prices'), rc: pieceName('rc') },
    procedureLabel: t.label(`procedure.${spec.tender.procedure}`),
    // The same articles the RC and the title pages cite (src/dce/legal-bases.ts): one table for the whole DCE.
    legalBasis: shortBasis(spec.tender.procedure, lang),
    years: Math.ceil(spec.tender.duration_months / 12),
    ccag: { name: words.t(`dce.ccag.${c.ccag}` as DocumentKey), short: words.t(`dce.ccagShort.${c.ccag}` as DocumentKey), art: ccagArts },
    contract: c,
    baseMonth: c.price_revision ? formatDate(`${c.price_revision.base_month}-01`, lang).replace(/^1(er)? /, '') : undefined,
    dashboardPeriod: words.t(`dce.period.${c.reporting.dashboard}` as DocumentKey),
    hasInsertion: c.insertion !== 'none',
    insertion: c.insertion === 'none' ? undefined : c.insertion,
    pay: pay && {
      derived: pay.derived,
      indicators: pay.indicators.length > 0,
      gain: pay.gainSharing.length > 0,
      measured: pay.indicators.length + pay.gainSharing.length > 0,
      malus: hasMalus(pay),
      bonusCap: pay.bonusCapCents === undefined ? undefined : capText(fields.caps?.bonus, pay.bonusCapCents, words, 'dce.noCap'),
      malusCap: pay.malusCapCents === undefined ? undefined : capText(fields.caps?.malus, pay.malusCapCents, words, 'dce.noCap'),
      fixedAnnual: pay.fixedAnnualCents === undefined ? undefined : money(pay.fixedAnnualCents, lang),
      firstYear: pay.firstYear,
      notAchieved: pay.missingData === 'not-achieved',
      exclusions: pay.exclusions.map((k) => words.t(`dce.exclusion.${k}` as DocumentKey)),
      settlement: pay.settlement,
      example: example && { year: example.scenario.year },
      commitmentIds: pay.indicators.map((i) => i.id),
      capRationale: fields.cap_rationale,
    },
    unmeasured: spec.usage_performance.filter((i) => i.baseline === undefined).map((i) => i.label),
    rebased: pay ? pay.indicators.filter((i) => byId.get(i.id)?.baseline !== undefined).length > 0 : false,
    court: c.court,
    governance: spec.cooperation.governance,
    derogations: derogations.length,
  };

  const body: Block[] = [];
  for (const id of CCAP_ARTICLES) {
    const name = `ccap/${id}`;
    const blocks = t.blocks(name, view, (table) => tables[table]?.());
    const titles = blocks.filter((bl) => bl.type === 'heading' && bl.level === 1 && bl.numbered).length;
    if (titles !== 1) {
      throw new InputError([{ code: 'template-article', severity: 'error', file: `${lang}/${name}.hbs`, message: `a CCAP article template must start with exactly one numbered title "# …" (found ${titles})` }]);
    }
    body.push(...blocks);
    for (const d of derogations.filter((x) => x.article === id)) {
      body.push({ type: 'paragraph', runs: [b(words.t('dce.derogation', { article: d.ccagArticle, ccag: view.ccag.short })), d.text], align: 'justify' });
    }
  }
  return pieceDocument(ctx, pieces.ccap, words.t('dce.piece.ccap'), numberArticles(body, words.t('dce.article')), {
    extraRows: [[words.t('dce.ccagLabel'), view.ccag.short]],
    toc: true,
  });
}

function documentsTable(ctx: DceContext): Block[] {
  const w = ctx.words;
  const p = pieceNumbers(ctx);
  const { spec } = ctx.spec;
  const rows: [string, string][] = [
    [w.t('dce.piece.ae'), w.t('dce.piece', { number: pieceNumber(p.ae) })],
    [w.t('dce.piece.ccap'), w.t('dce.piece', { number: pieceNumber(p.ccap) })],
    [w.t('dce.doc.commitments'), w.t('dce.piece', { number: pieceNumber(p.response) })],
    [w.t('dce.piece.cctp'), w.t('dce.piece', { number: pieceNumber(p.cctp) })],
    ...(p.prices === undefined ? [] : [[w.t('dce.piece.prices'), w.t('dce.piece', { number: pieceNumber(p.prices) })] as [string, string]]),
    [w.t(`dce.ccag.${spec.contract.ccag}` as DocumentKey), '—'],
    [w.t('dce.doc.offer'), w.t('dce.piece', { number: pieceNumber(p.response) })],
  ];
  return [
    {
      type: 'table',
      columns: [
        { header: w.t('dce.col.rank'), width: 8, align: 'center' },
        { header: w.t('dce.col.piece'), width: 70 },
        { header: w.t('dce.doc.inDce'), width: 22 },
      ],
      rows: rows.map(([name, where], k) => [String(k + 1), name, where]),
    },
  ];
}

function derogationsTable(ctx: DceContext, derogations: readonly Derogation[], art: Record<CcapArticleId, number>): Block[] {
  const w = ctx.words;
  const short = w.t(`dce.ccagShort.${ctx.spec.spec.contract.ccag}` as DocumentKey);
  if (!derogations.length) return [{ type: 'paragraph', runs: [w.t('dce.derogations.none')] }];
  return [
    {
      type: 'table',
      columns: [
        { header: w.t('dce.col.article'), width: 18, align: 'center' },
        { header: w.t('dce.col.ccagArticle'), width: 22, align: 'center' },
        { header: w.t('dce.col.derogation'), width: 60 },
      ],
      rows: derogations.map((d) => [w.t('dce.articleRef', { n: art[d.article] }), `${short} ${d.ccagArticle}`, d.text]),
    },
  ];
}
