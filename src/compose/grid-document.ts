import type { Lang } from '../model/common.js';
import { listedSubCriteria, type Grid, type GridCriterion, type GridSubCriterion } from '../model/grid.js';
import { criterionLines } from '../model/grid-tree.js';
import { currencySymbol, formatPercent } from '../wording/format.js';
import { costDefinitionBlocks } from './cost-tables.js';
import { partsDefinitionBlocks, pseSentence } from './price-parts-tables.js';
import { documentDate, type Spec } from '../model/spec.js';
import { priceFormulaOf } from '../score/price-formulas.js';
import { b, h, p, ul, type Block, type Cell, type CellInput, type DocumentModel } from './document.js';
import { formatDate, formatMark, formatPoints } from '../wording/format.js';
import { documentWords, type DocumentKey, type DocumentWords } from '../wording/catalog.js';
import { gridDocLabels, type GridDocLabels } from './grid-labels.js';

export interface GridDocumentContext {
  readonly spec: Spec;
  /** Rows to record marks in: one per bidder (--bidders, default 5). */
  readonly bidders: number;
  readonly lang: Lang;
  /** The document words (with --templates overrides); default: the bundled catalog of `lang`. */
  readonly words?: DocumentWords;
}

/** Input cells: shaded like the XLSX grid's, so the committee sees where to write. */
const INPUT = 'FFF2CC';
const BAND = 'DCE6F1';
const input = (): Cell => ({ runs: [''], shade: INPUT });
const band = (text: string, align?: Cell['align']): Cell => ({ runs: [text], bold: true, shade: BAND, align });

/**
 * The committee's DOCX scoring grid, in landscape: what each sub-criterion weighs, asks and expects, its anchored
 * levels, rows to record each bidder's mark and justification, the price formula, a summary table and a signature
 * block. Every weight comes from the Grid and every formula from PRICE_FORMULA_INFO: nothing is typed twice.
 */
export function composeGridDocument(grid: Grid, ctx: GridDocumentContext): DocumentModel {
  const t = gridDocLabels(ctx.words ?? documentWords(ctx.lang));
  const { spec, lang } = ctx;
  const date = documentDate(spec);
  const header = t.header(spec.tender.reference);
  const body: Block[] = [];
  for (const c of grid.criteria) {
    body.push({ type: 'pageBreak' });
    body.push(...(c.kind === 'price' ? priceBlocks(grid, c, ctx, t) : criterionBlocks(grid, c, ctx, t)));
  }
  body.push({ type: 'pageBreak' }, ...summaryBlocks(grid, ctx, t), { type: 'pageBreak' }, ...signatureBlocks(t));
  return {
    meta: { title: `${t.title} — ${spec.tender.title}`, subject: t.subject, creator: t.creator, keywords: `EFC; ${spec.tender.reference}`, date, lang },
    labels: { page: t.page, of: t.of, tocHint: t.tocHint },
    sections: [
      { orientation: 'landscape', header, blocks: [...introBlocks(grid, ctx, t, date), ...weightBlocks(grid, lang, t)] },
      { orientation: 'landscape', header, blocks: body.slice(1) },
    ],
  };
}

const bidderNames = (ctx: GridDocumentContext, t: GridDocLabels): string[] => Array.from({ length: ctx.bidders }, (_, k) => t.bidderN(k + 1));

function introBlocks(grid: Grid, ctx: GridDocumentContext, t: GridDocLabels, date: string): Block[] {
  const { spec, lang } = ctx;
  const basis = grid.price ? t.basis[grid.price.basis] : '';
  const info = grid.price ? priceFormulaOf(grid.price) : undefined;
  const facts: [string, string][] = [
    [t.buyer, spec.buyer.name],
    [t.reference, spec.tender.reference],
    [t.date, formatDate(date, lang)],
    [t.scale, t.scaleValue(grid.scale.max, marksList(grid, lang, t))],
    // Price sub-criteria: one formula each, "4.1 …; 4.2 …".
    [t.priceFormula, grid.price?.parts?.length ? grid.price.parts.map((x) => `${x.number} ${t.formulaLine(priceFormulaOf(x).label[lang], priceFormulaOf(x).expression[lang], basis)}`).join(' ; ') : info ? t.formulaLine(info.label[lang], info.expression[lang], basis) : t.noPrice],
  ];
  return [
    { type: 'paragraph', style: 'title', runs: [t.title] },
    { type: 'paragraph', style: 'subtitle', runs: [spec.tender.title] },
    ...facts.map(([k, v]) => p(b(t.fact(k)), v)),
    h(1, t.howTo, false),
    ul(t.howToItems({ max: grid.scale.max, basis, hasPrice: grid.price !== undefined })),
  ];
}

/** A mark as the grid's scale writes it: "3,5" on a 0–N scale, "60 %" on a percentage scale. */
const markText = (grid: Grid, m: number, lang: Lang): string => (grid.scale.percent ? formatPercent(m, lang) : formatMark(m, lang));
const marksList = (grid: Grid, lang: Lang, t: GridDocLabels): string => grid.scale.marks.map((m) => markText(grid, m, lang)).join(t.marksSeparator);

/** The announced weighting at a glance: criteria in bands, their sub-criteria below, total 100. */
function weightBlocks(grid: Grid, lang: Lang, t: GridDocLabels): Block[] {
  const rows: CellInput[][] = [];
  for (const c of grid.criteria) {
    rows.push([band(c.number), band(c.label), band(formatPoints(c.weightHundredths, lang), 'right')]);
    // Subtotals (sub-criteria divided into sub-sub-criteria) in bold, each level indented under its parent.
    for (const l of criterionLines(c, listedSubCriteria(c))) {
      const label = '    '.repeat(l.depth - 2) + l.node.label;
      const pts = formatPoints(l.node.weightHundredths, lang);
      rows.push(l.kind === 'subtotal' ? [{ runs: [l.node.number], bold: true }, { runs: [label], bold: true }, { runs: [pts], bold: true, align: 'right' }] : [l.node.number, label, { runs: [pts], align: 'right' }]);
    }
  }
  const total = grid.criteria.reduce((s, c) => s + c.weightHundredths, 0);
  return [
    h(1, t.weights, false),
    {
      type: 'table',
      columns: [{ header: t.number, width: 1 }, { header: t.criterion, width: 10 }, { header: t.points, width: 2, align: 'right' }],
      rows,
      footer: ['', t.total, { runs: [formatPoints(total, lang)], bold: true, align: 'right', shade: BAND }],
    },
  ];
}

/** The numbers of a subtotal's direct children, e.g. "1.2.1, 1.2.2". */
const childNumbers = (c: GridCriterion, ids: readonly string[]): string =>
  ids.map((id) => [...c.subCriteria, ...(c.subTotals ?? [])].find((x) => x.id === id)?.number ?? id).join(', ');

/** A criterion's heading, with its points: the same for quality criteria and price. */
const criterionHeading = (c: GridCriterion, lang: Lang, t: GridDocLabels): Block => h(1, `${c.number}. ${c.label} — ${t.pointsSuffix(formatPoints(c.weightHundredths, lang))}`, false);

/** A minimum threshold, as the RC announced it (criteria.thresholds). */
const thresholdNote = (min: number | undefined, ctx: GridDocumentContext): Block[] =>
  min === undefined ? [] : [{ type: 'paragraph', style: 'note', runs: [(ctx.words ?? documentWords(ctx.lang)).t('grid.threshold', { min: formatMark(min, ctx.lang) })] }];

function criterionBlocks(grid: Grid, c: GridCriterion, ctx: GridDocumentContext, t: GridDocLabels): Block[] {
  const out: Block[] = [criterionHeading(c, ctx.lang, t), ...thresholdNote(c.minPoints, ctx)];
  // A criterion marked directly has no sub-criterion heading of its own: its heading above already names it.
  const direct = listedSubCriteria(c).length === 0;
  let marked = 0;
  for (const l of criterionLines(c)) {
    // A subtotal heads its sub-sub-criteria; they follow, one level down, each on its own page as any sub-criterion.
    if (l.kind === 'subtotal') {
      if (marked > 0) out.push({ type: 'pageBreak' });
      marked = 0;
      out.push(h(l.depth > 2 ? 3 : 2, `${l.node.number} ${l.node.label} — ${t.pointsSuffix(formatPoints(l.node.weightHundredths, ctx.lang))}`, false), { type: 'paragraph', style: 'note', runs: [t.subTotalNote(childNumbers(c, l.node.childIds))] });
      continue;
    }
    out.push(...(marked > 0 ? [{ type: 'pageBreak' } as Block] : []), ...subBlocks(grid, l.node, ctx, t, direct, l.depth > 2 ? 3 : 2));
    marked += 1;
  }
  return out;
}

/** Evidence and indicators side by side in one table row: a sub-criterion should fit on one landscape page. */
function expectations(s: GridSubCriterion, t: GridDocLabels): Block[] {
  const cols = [
    { header: t.evidence, items: s.evidence, width: 3 },
    { header: t.indicators, items: s.indicators, width: 2 },
  ].filter((c) => c.items.length);
  if (!cols.length) return [];
  const cell = (items: readonly string[]): Cell => ({ runs: [`• ${items[0]}`], more: items.slice(1).map((x) => [`• ${x}`]) });
  return [{ type: 'table', columns: cols.map((c) => ({ header: c.header, width: c.width })), rows: [cols.map((c) => cell(c.items))] }];
}

/** One sub-criterion: weight, question, evidence, anchored levels, then the rows where each bidder is marked. */
function subBlocks(grid: Grid, s: GridSubCriterion, ctx: GridDocumentContext, t: GridDocLabels, direct = false, level: 2 | 3 = 2): Block[] {
  const max = grid.scale.max;
  const lang = ctx.lang;
  const levels = [...s.levels].reverse();
  return [
    ...(direct ? [] : [h(level, `${s.number} ${s.label} — ${t.pointsSuffix(formatPoints(s.weightHundredths, lang))}`, false)]),
    ...thresholdNote(s.minPoints, ctx),
    p(b(t.question), s.question),
    ...expectations(s, t),
    {
      type: 'table',
      columns: [{ header: t.level, width: 1, align: 'center' }, { header: t.mark(max), width: 1, align: 'center' }, { header: t.descriptor, width: 12 }],
      rows: levels.map((l) => [String(l.level), markText(grid, l.mark, lang), l.descriptor]),
    },
    {
      type: 'table',
      columns: [{ header: t.bidder, width: 4 }, { header: t.mark(max), width: 2, align: 'center' }, { header: t.subPoints, width: 2, align: 'center' }, { header: t.justification, width: 12 }],
      rows: bidderNames(ctx, t).map((name) => [name, input(), input(), input()]),
    },
  ];
}

function priceBlocks(grid: Grid, c: GridCriterion, ctx: GridDocumentContext, t: GridDocLabels): Block[] {
  const lang = ctx.lang;
  const out: Block[] = [criterionHeading(c, lang, t)];
  if (!grid.price) return out;
  const basis = t.basis[grid.price.basis];
  const words = (key: string, args?: Record<string, string | number>): string => (ctx.words ?? documentWords(lang)).t(key as DocumentKey, args);
  const pse = pseSentence(grid, words);
  if (pse) out.push(p(pse));
  const parts = grid.price.parts;
  if (parts?.length) {
    // Price sub-criteria: the table of parts and formulas, then one price and one points column per part.
    out.push(...partsDefinitionBlocks(grid, lang, words), { type: 'paragraph', style: 'note', runs: [t.basisNote(basis)] }, {
      type: 'table',
      columns: [{ header: t.bidder, width: 4 }, ...parts.flatMap((x) => [{ header: words('xlsx.parts.price', { number: x.number, currency: currencySymbol(grid.price!.currency) }), width: 3, align: 'right' as const }, { header: `${x.number} ${words('parts.col.points')}`, width: 2, align: 'center' as const }])],
      rows: bidderNames(ctx, t).map((name) => [name, ...parts.flatMap(() => [input(), input()])]),
    });
    return out;
  }
  const info = priceFormulaOf(grid.price);
  out.push(
    p(b(info.label[lang])),
    { type: 'paragraph', style: 'formula', runs: [info.expression[lang]] },
    p(info.whenToUse[lang]),
    { type: 'paragraph', style: 'note', runs: [t.basisNote(basis)] },
    ...costDefinitionBlocks(grid, lang, (key, args) => (ctx.words ?? documentWords(lang)).t(key as DocumentKey, args)),
    {
      type: 'table',
      columns: [{ header: t.bidder, width: 4 }, { header: t.price(basis, currencySymbol(grid.price.currency)), width: 3, align: 'right' }, { header: t.pricePoints, width: 3, align: 'center' }],
      rows: bidderNames(ctx, t).map((name) => [name, input(), input()]),
    },
  );
  return out;
}

function summaryBlocks(grid: Grid, ctx: GridDocumentContext, t: GridDocLabels): Block[] {
  const lang = ctx.lang;
  const total = grid.criteria.reduce((s, c) => s + c.weightHundredths, 0);
  const maxRow: CellInput[] = [band(t.maximum), ...grid.criteria.map((c) => band(formatPoints(c.weightHundredths, lang), 'center')), band(formatPoints(total, lang), 'center'), band('')];
  return [
    h(1, t.summary, false),
    p(t.summaryIntro),
    {
      type: 'table',
      columns: [{ header: t.bidder, width: 4 }, ...grid.criteria.map((c) => ({ header: `${c.number}. ${c.label}`, width: 3, align: 'center' as const })), { header: t.total, width: 2, align: 'center' }, { header: t.rank, width: 1.5, align: 'center' }],
      rows: [maxRow, ...bidderNames(ctx, t).map((name) => [name, ...grid.criteria.map(() => input()), input(), input()])],
    },
  ];
}

/** Room to sign: blank lines inside each row give the height a hand signature needs. */
function signatureBlocks(t: GridDocLabels): Block[] {
  const tall: Cell = { runs: [''], more: [[''], ['']] };
  return [
    h(1, t.signatures, false),
    p(t.signaturesIntro),
    p(t.madeAt),
    {
      type: 'table',
      columns: [{ header: t.name, width: 4 }, { header: t.role, width: 4 }, { header: t.signature, width: 4 }],
      rows: Array.from({ length: 5 }, () => [tall, tall, tall]),
    },
  ];
}
