import type { Lang } from '../model/common.js';
import type { ResultCriterion, ResultSubCriterion, ScoreResult } from '../model/result.js';
import { methodLabel } from '../score/abnormally-low.js';
import { eur, mark, num, pct } from '../score/format.js';
import { priceFormulaOf } from '../score/price-formulas.js';
import type { AnyPriceFormula } from '../model/grid-options.js';
import { listedSubCriteria } from '../model/grid.js';
import { criterionLines } from '../model/grid-tree.js';
import { costReportBlocks } from './cost-tables.js';
import { partsReportBlocks } from './price-parts-tables.js';
import { notRankedList, offerOutcomes, offersTable } from './report-offers.js';
import { procedureLabel, reportText, type ReportKey, type ReportText } from '../score/report-text.js';
import { documentWords, type DocumentWords } from '../wording/catalog.js';
import { b, h, i, p, ul, type Block, type Cell, type DocumentModel, type Inline } from './document.js';
import { formatDate, formatWeight } from '../wording/format.js';

type T = ReportText;

/**
 * The rapport d'analyse des offres as a DocumentModel: context and criteria recalled from the spec, one table per
 * sub-criterion with every mark and its justification, the price analysis with the abnormally-low checks, totals
 * and ranking, the committee's checks, the robustness of the result, the proposal and the signature block.
 * Its structure follows what R2184-1 and following expect of a procedure report (ranking, reasons of the choice).
 */
export function composeScoreReport(r: ScoreResult, words?: DocumentWords): DocumentModel {
  const lang = r.meta.lang;
  const t = reportText(words ?? documentWords(lang));
  const title = r.state === 'final' ? t('title') : t('titleProvisional');
  return {
    meta: { title: `${title} — ${r.meta.reference}`, subject: r.meta.title, creator: t('creator'), keywords: t('keywords'), date: r.meta.date, lang },
    labels: { page: t('page'), of: t('of'), tocHint: t('tocHint') },
    sections: [
      { orientation: 'portrait', titlePage: true, blocks: titlePage(r, t) },
      {
        orientation: 'portrait',
        header: t('header', { buyer: r.meta.buyer, title }),
        blocks: [
          ...context(r, t),
          ...criteria(r, t),
          ...regularity(r, t),
          ...analysis(r, t),
          ...prices(r, t),
          ...ranking(r, t),
          ...checks(r, t),
          ...robust(r, t),
          // A provisional report lists what remains to do and proposes nothing; only the final one is signed.
          ...(r.state === 'final' ? [...proposal(r, t), ...signatures(r, t)] : openItems(r, t)),
        ],
      },
    ],
  };
}

function titlePage(r: ScoreResult, t: T): Block[] {
  const lang = r.meta.lang;
  const fact = (key: 'buyer' | 'reference' | 'procedure' | 'date'): Inline => b(t('fact', { label: t(key) }));
  return [
    { type: 'paragraph', style: 'title', runs: [r.state === 'final' ? t('title') : t('titleProvisional')] },
    { type: 'paragraph', style: 'subtitle', runs: [r.meta.title] },
    p(fact('buyer'), r.meta.buyer),
    p(fact('reference'), r.meta.reference),
    p(fact('procedure'), procedureLabel(t, r.meta.procedure)),
    // The consultation's date is not the committee's: without --date the report leaves the date to be written in.
    p(fact('date'), r.meta.reportDate ? formatDate(r.meta.reportDate, lang) : '……………………'),
    { type: 'paragraph', style: 'note', runs: [r.state === 'final' ? t('subtitleDraft') : b(t('subtitleProvisional'))] },
    { type: 'toc', title: t('toc') },
  ];
}

const subName = (s: ResultSubCriterion | ResultCriterion): string => `${s.number} ${s.label}`;
const cell = (runs: Inline[], more?: Inline[][], extra: Partial<Cell> = {}): Cell => ({ runs, ...(more && more.length ? { more } : {}), ...extra });

function context(r: ScoreResult, t: T): Block[] {
  return [
    h(1, t('s1')),
    p(t('intro', { title: r.meta.title, reference: r.meta.reference, procedure: procedureLabel(t, r.meta.procedure), buyer: r.meta.buyer })),
    h(2, t('bidders')),
    ...offersTable(r, t), // every offer received, with what became of it: ranked, eliminated, rejected or set aside
    h(2, t('evaluators')),
    ul(r.evaluators),
    p(r.state === 'final' ? t('methodFinal', { max: r.meta.scaleMax }) : t('method', { max: r.meta.scaleMax, consolidation: t(r.meta.consolidation === 'mean' ? 'consolidation.mean' : 'consolidation.median'), spread: r.meta.spreadLevels })),
    h(2, t('conduct')),
    p(t(`negotiation.${r.meta.negotiation}` as ReportKey), ...(r.meta.phases && r.meta.negotiation !== 'none' ? [' ', t('phases', { phases: r.meta.phases })] : [])),
  ];
}

/** Regularity before any scoring: every offer received, its status and reasons; eliminated offers are not scored. */
function regularity(r: ScoreResult, t: T): Block[] {
  const known = r.regularity.some((x) => x.status !== 'unknown');
  const rows = r.regularity.map((x) => {
    const notes: Inline[][] = [];
    if (x.regularised) notes.push([i(t('regularised'))]);
    if (x.priceJustification) notes.push([i(t(`priceJustification.${x.priceJustification}` as ReportKey))]);
    const shade = x.status === 'regular' ? undefined : x.status === 'unknown' ? 'FFF2CC' : 'FDE9D9';
    return [cell([b(x.bidder)]), cell([t(`status.${x.status}` as ReportKey)], undefined, shade ? { shade } : {}), cell([x.reason || '—'], notes)];
  });
  const out: Block[] = [
    h(1, t('sRegularity')),
    p(t(known ? 'regularityIntro' : 'regularityIntroProvisional')),
    { type: 'table', columns: [{ header: t('offer'), width: 3 }, { header: t('status'), width: 3 }, { header: t('reasons'), width: 7 }], rows },
  ];
  if (known) out.push(p(r.setAside.length ? t('setAsideList', { bidders: r.setAside.map((x) => x.bidder).join(', ') }) : t('setAsideNone')));
  return out;
}

function criteria(r: ScoreResult, t: T): Block[] {
  const lang = r.meta.lang;
  const rows = r.criteria.flatMap((c) => [
    [cell([b(`${c.number} ${c.label}`)], undefined, { shade: 'F2F2F2' }), cell([b(formatWeight(c.weight, lang))], undefined, { shade: 'F2F2F2', align: 'right' })],
    // Subtotals (criteria.children) in bold, each level indented under its parent.
    ...criterionLines(c, listedSubCriteria(c)).map((l) =>
      l.kind === 'sub'
        ? [`${'    '.repeat(l.depth - 1)}${subName(l.node)}`, cell([formatWeight(l.node.weight, lang)], undefined, { align: 'right' })]
        : [cell([b(`${'    '.repeat(l.depth - 1)}${l.node.number} ${l.node.label}`)]), cell([b(formatWeight(l.node.weight, lang))], undefined, { align: 'right' })],
    ),
  ]);
  const blocks: Block[] = [
    h(1, t('s2')),
    p(t('criteriaIntro')),
    { type: 'table', columns: [{ header: `${t('criterion')} / ${t('subCriterion')}`, width: 8 }, { header: t('weight'), width: 2, align: 'right' }], rows, footer: [cell([b(t('sum'))]), cell([b(num(100, lang, 1))], undefined, { align: 'right' })] },
  ];
  if (r.meta.priceFormula) {
    const info = priceFormulaOf({ formula: r.meta.priceFormula as AnyPriceFormula, cutOff: r.meta.priceCutOff, expression: r.meta.priceExpression });
    blocks.push(p(b(t('fact', { label: t('formula') })), `${info.label[lang]} — `), { type: 'paragraph', style: 'formula', runs: [info.expression[lang]] }, p(i(info.whenToUse[lang])));
  }
  return blocks;
}

/**
 * Criteria and sub-criteria headings are unnumbered and carry the numbers announced in the RC ("Critère 1 — …",
 * "Sous-critère 1.1 — …"): numbered headings would print the report's own numbers before them ("3.1.1 1.1 …").
 */
function analysis(r: ScoreResult, t: T): Block[] {
  const lang = r.meta.lang;
  const final = r.state === 'final';
  // The ranked offers, then those marked but not ranked (below a threshold, rejected as abnormally low): their marks
  // are part of the record, with the outcome under the name.
  const outcomes = offerOutcomes(r, t);
  const notRanked = new Map(outcomes.filter((o) => o.kind === 'eliminated' || o.kind === 'rejected').map((o) => [o.bidder, o.outcome]));
  const marked = [...new Set(r.marks.map((m) => m.bidder))];
  const scored = [...r.bidders.map((x) => x.id), ...marked.filter((id) => !r.bidders.some((x) => x.id === id))];
  const out: Block[] = [h(1, t('s3')), p(i(t(final ? 'finalAnalysis' : 'provisionalAnalysis')))];
  for (const c of r.criteria.filter((x) => x.kind === 'quality')) {
    out.push(h(2, t('criterionHeading', { number: c.number, label: c.label, points: formatWeight(c.weight, lang) }), false));
    for (const line of criterionLines(c)) {
      if (line.kind === 'subtotal') {
        // A subtotal is not marked: its heading, then each offer's points on it, the sum of its leaves.
        const st = line.node;
        const children = c.subCriteria.filter((s) => st.leafIds.includes(s.id)).map((s) => s.number).join(', ');
        const list = scored.map((id) => `${id} ${num(r.marks.filter((m) => m.bidder === id && st.leafIds.includes(m.criterion)).reduce((x, m) => x + m.points, 0), lang)}`).join(lang === 'fr' ? ' ; ' : '; ');
        out.push(h(3, t('subTotalHeading', { number: st.number, label: st.label, points: formatWeight(st.weight, lang) }), false), p(t('subTotalPoints', { children, list })));
        continue;
      }
      const s = line.node;
      out.push(h(3, t('subHeading', { number: s.number, label: s.label, points: formatWeight(s.weight, lang) }), false));
      const rows = scored.flatMap((id) => {
        const m = r.marks.find((x) => x.bidder === id && x.criterion === s.id);
        if (!m) return [];
        const individual = m.byEvaluator.map((e) => `${e.evaluator} ${mark(e.mark, lang)}`).join(', ');
        let text: Inline[];
        let more: Inline[][];
        if (m.consensus) {
          // The collegial assessment stands beside the consensus mark; the evaluators' marks are recalled below it.
          text = [m.consensus.assessment];
          more = [[i(t('agreedBy', { names: m.consensus.agreedBy.join(', ') }))], ...(individual ? [[i(t('individualMarks', { marks: individual }))]] : [])];
        } else {
          const just = m.byEvaluator.map((e): Inline[] => [b(t('markedBy', { evaluator: e.evaluator, mark: mark(e.mark, lang) })), e.justification || i(t('noJustification'))]);
          text = just[0] ?? ['—'];
          more = just.slice(1);
        }
        return [
          [
            cell([b(id)], [...(notRanked.has(id) ? [[i(t('outcome.notRanked', { outcome: notRanked.get(id)! }))]] : []), ...(m.needsConsensus ? [[i(t('gapToSettle'))]] : [])]),
            cell([m.value === null ? '—' : mark(m.value, lang)], r.meta.scaleMax !== 5 && m.level !== null ? [[i(t('levelOf', { level: mark(m.level, lang) }))]] : undefined, { align: 'center' }),
            cell(levelText(m.value, s, t)),
            cell([num(m.points, lang)], undefined, { align: 'right' }),
            cell(text, more),
          ],
        ];
      });
      out.push({
        type: 'table',
        columns: [
          { header: t('bidder'), width: 2.6 },
          { header: t(final ? 'retainedMark' : 'provisionalMark', { max: r.meta.scaleMax }), width: 1.3, align: 'center' },
          { header: t('levelAndDescriptor'), width: 3.4 },
          { header: t('points'), width: 1.2, align: 'right' },
          { header: t(final ? 'collegialAssessment' : 'evaluatorsJustifications'), width: 5.7 },
        ],
        rows,
      });
    }
  }
  return out;
}

/**
 * The level a mark stands for: its descriptor when the mark is an anchored level; otherwise the two levels it lies
 * between, never a "nearest" level that the justification beside it may contradict.
 */
function levelText(value: number | null, s: ResultSubCriterion, t: T): Inline[] {
  if (value === null) return ['—'];
  const exact = s.levels.find((l) => Math.abs(l.mark - value) < 1e-9);
  if (exact) return [i(t('levelExact', { level: exact.level, descriptor: exact.descriptor }))];
  const below = [...s.levels].filter((l) => l.mark < value).pop();
  const above = s.levels.find((l) => l.mark > value);
  return [i(t('betweenLevels', { low: below?.level ?? 0, high: above?.level ?? s.levels.length - 1 }))];
}

function prices(r: ScoreResult, t: T): Block[] {
  if (!r.meta.priceFormula) return [];
  const lang = r.meta.lang;
  const basis = t(r.meta.priceBasis === 'HT' ? 'basis.HT' : 'basis.TTC');
  const out: Block[] = [
    h(1, t('s4')),
    p(t('pricesIntro', { basis })),
    {
      type: 'table',
      columns: [{ header: t('bidder'), width: 4 }, { header: t('priceHeader', { basis }), width: 3, align: 'right' }, { header: t('pricePoints'), width: 2, align: 'right' }],
      rows: [...r.bidders].sort((x, y) => (x.price ?? 0) - (y.price ?? 0)).map((x) => [x.id, eur(x.price ?? 0, lang, r.meta.priceCurrency), num(x.pricePoints, lang)]),
    },
    // Coût élargi (price.cost): the cost each offer was scored on, step by step.
    ...costReportBlocks(r.bidders, r.meta.priceCurrency, lang, (key, args) => t(key as Parameters<T>[0], args)),
    // Options and price sub-criteria: the scored price of each offer, then each part's computation.
    ...partsReportBlocks(r.bidders, r.meta.priceParts, r.meta.pse, r.meta.priceCurrency, lang, (key, args) => t(key as Parameters<T>[0], args)),
    ...estimate(r, t),
    h(2, t('s4b')),
    p(t('abnormalLaw')),
  ];
  for (const m of r.abnormallyLow.methods) {
    out.push(p(b(methodLabel(m, lang))));
    if (!m.applicable) {
      out.push(p(i(t('notMeaningful'))));
      continue;
    }
    if (m.excluded.length) out.push(p(t('excluded', { bidders: m.excluded.join(', ') })));
    out.push({
      type: 'table',
      columns: [{ header: t('bidder'), width: 3 }, { header: t('price'), width: 3, align: 'right' }, { header: t('reference2'), width: 3, align: 'right' }, { header: t('gap'), width: 2, align: 'right' }, { header: t('flagged'), width: 2, align: 'center' }],
      rows: m.rows.map((x) => [x.bidder, eur(x.price, lang, r.meta.priceCurrency), eur(x.reference, lang, r.meta.priceCurrency), (x.gapPercent > 0 ? '+' : '') + pct(x.gapPercent, lang), x.flagged ? cell([b(t('yes'))], undefined, { shade: 'FDE9D9' }) : t('no')]),
    });
  }
  const q = r.abnormallyLow.toQuestion;
  out.push(q.length ? p(b(t('toQuestion')), q.map((x) => x.bidder).join(', ') + '.') : p(t('noneAbnormal')));
  // What the committee decided on each justification (recorded with the regularity): accepted, rejected, pending.
  for (const x of q) {
    const pj = r.regularity.find((g) => g.bidder === x.bidder)?.priceJustification;
    if (pj) out.push(p(b(t('fact', { label: x.bidder })), t(`priceJustification.${pj}` as ReportKey)));
  }
  if (r.abnormallyLow.handling === 'automatic-exclusion') out.push(p(b(r.findings.find((f) => f.code === 'automatic-exclusion-announced')?.message ?? '')));
  return out;
}

/** The offers against the buyer's estimate (spec tender.estimated_value_eur, HT). */
function estimate(r: ScoreResult, t: T): Block[] {
  const est = r.meta.estimate;
  if (!est) return [];
  const lang = r.meta.lang;
  const gap = (price: number): string => (price > est ? '+' : '') + pct(((price - est) / est) * 100, lang);
  const rows = r.bidders.flatMap((x) => (x.price === undefined ? [] : [{ id: x.id, price: x.price }])).sort((x, y) => x.price - y.price).map((x) => [x.id, eur(x.price, lang), gap(x.price)]);
  const out: Block[] = [h(2, t('sEstimate')), p(t('estimateIntro', { estimate: eur(est, lang) }))];
  if (r.meta.priceBasis === 'TTC') out.push(p(i(t('estimateBasisNote', { basis: t('basis.TTC') }))));
  if (rows.length) out.push({ type: 'table', columns: [{ header: t('bidder'), width: 4 }, { header: t('price'), width: 3, align: 'right' }, { header: t('estimateGap'), width: 2, align: 'right' }], rows });
  return out;
}

function ranking(r: ScoreResult, t: T): Block[] {
  const lang = r.meta.lang;
  const cols = r.criteria.map((c) => ({ header: t('criterionColumn', { number: c.number, weight: formatWeight(c.weight, lang) }), width: 2, align: 'right' as const }));
  const out: Block[] = [
    h(1, t('s5')),
    {
      type: 'table',
      columns: [{ header: t('rank'), width: 1, align: 'center' }, { header: t('bidder'), width: 3 }, ...cols, { header: t('total'), width: 2, align: 'right' }],
      rows: r.bidders.map((x) => [String(x.rank), cell([b(x.id)]), ...r.criteria.map((c) => num(x.criterionPoints[c.id] ?? 0, lang)), cell([b(num(x.total, lang))], undefined, { align: 'right' })]),
    },
  ];
  if (r.state !== 'final') out.push(p(b(t('rankingProvisional'))));
  // Offers analysed but not ranked (below a minimum threshold, rejected, set aside): the report says which and why.
  out.push(...notRankedList(r, t));
  for (const f of r.findings.filter((x) => x.code.startsWith('tie'))) out.push(p(f.message));
  if (r.ranking.tieBreak && r.ranking.ties.length) {
    const keys = r.ranking.tieBreak.keys.map((k) => k.label).join(', ');
    out.push(p(i(keys ? t('tieRuleRead', { text: r.ranking.tieBreak.text, keys }) : t('tieRule', { text: r.ranking.tieBreak.text }))));
  }
  return out;
}

function checks(r: ScoreResult, t: T): Block[] {
  const pick = (codes: string[]) => r.findings.filter((f) => codes.includes(f.code)).map((f) => f.message);
  const list = (xs: string[]): Block => (xs.length ? ul(xs) : p(t('none')));
  return [
    h(1, t('s6')),
    h(2, t('consensus')),
    list(pick(['marks-spread'])),
    h(2, t('missing')),
    list(pick(['mark-missing', 'marks-missing-allowed'])),
    h(2, t('otherChecks')),
    list(pick(['justification-missing', 'justification-short', 'justification-contradicts-level', 'justification-duplicate', 'mark-between-levels'])),
  ];
}

function robust(r: ScoreResult, t: T): Block[] {
  const rb = r.robustness;
  if (!rb) return [];
  const lang = r.meta.lang;
  const crit = new Map(r.criteria.map((c) => [c.id, c]));
  const sub = new Map(r.criteria.flatMap((c) => c.subCriteria).map((s) => [s.id, s]));
  const change = (x: { weight: number; delta: number; newWinner: string } | null) => (x ? t('change', { delta: num(x.delta, lang), weight: num(x.weight, lang), winner: x.newWinner }) : t('noChange'));
  const out: Block[] = [
    h(1, t('s7')),
    p(rb.runnerUp ? t('leads', { winner: rb.winner, runnerUp: rb.runnerUp, margin: num(rb.margin, lang) }) : t('onlyBidder', { winner: rb.winner })),
    rb.fragile ? p(b(t('fragile')), rb.reasons.join(' ')) : p(b(t('robust')), t('robustWhy')),
    h(2, t('weights')),
    {
      type: 'table',
      columns: [{ header: t('criterion'), width: 5 }, { header: t('weight'), width: 2, align: 'right' }, { header: t('up'), width: 3 }, { header: t('down'), width: 3 }],
      rows: rb.weights.map((w) => [subName(crit.get(w.criterion)!), formatWeight(w.weight, lang), change(w.up), change(w.down)]),
    },
    h(2, t('marksDrop')),
    {
      type: 'table',
      columns: [{ header: t('subCriterion'), width: 6 }, { header: t('mark'), width: 1, align: 'center' }, { header: t('drop'), width: 4 }],
      rows: rb.marks.map((m) => [
        m.scope === 'criterion' ? cell([b(t('allMarks', { criterion: subName(crit.get(m.criterion)!) }))]) : `    ${subName(sub.get(m.criterion)!)}`,
        mark(m.mark, lang),
        m.drop ? `${r.meta.scaleMax === 5 ? '' : `${mark(m.drop.marks, lang)} = `}${t('dropLevels', { levels: mark(m.drop.levels, lang), winner: m.drop.newWinner })}` : t('impossible'),
      ]),
    },
  ];
  if (rb.levelPrice.length) {
    out.push(h(2, t('levelPrice')), p(t('levelPriceIntro')), {
      type: 'table',
      columns: [{ header: t('subCriterion'), width: 6 }, { header: t('perLevel'), width: 2, align: 'right' }, { header: t('priceGap'), width: 3, align: 'right' }, { header: t('ofLowest'), width: 2, align: 'right' }],
      rows: rb.levelPrice.map((x) => [subName(sub.get(x.criterion)!), num(x.pointsPerLevel, lang), x.price === null ? '—' : eur(x.price, lang, r.meta.priceCurrency), x.percentOfLowest === null ? '—' : pct(x.percentOfLowest, lang)]),
    });
  }
  return out;
}

function proposal(r: ScoreResult, t: T): Block[] {
  const winner = r.bidders[0];
  if (!winner) return [h(1, t('s8')), p(t('noRankable'))];
  const first = r.bidders.filter((x) => x.rank === 1);
  const examined = r.regularity.find((g) => g.bidder === winner.id)?.priceJustification === 'accepted';
  const questioned = !examined && r.abnormallyLow.toQuestion.some((q) => q.bidder === winner.id);
  const text =
    first.length > 1
      ? t('proposalTie', { bidders: first.map((x) => x.id).join(', ') })
      : t(questioned ? 'proposalQuestioned' : 'proposal', { winner: winner.id, total: num(winner.total, r.meta.lang) });
  return [h(1, t('s8')), p(text)];
}

/** The provisional report's last section: every open item as an action, and no award proposal. */
function openItems(r: ScoreResult, t: T): Block[] {
  return [h(1, t('sOpen')), ...(r.openItems.length ? [p(t('openIntro')), ul(r.openItems.map((o) => o.message))] : [p(t('openNone'))])];
}

function signatures(r: ScoreResult, t: T): Block[] {
  const rows = r.evaluators.map((e) => [e, t('member'), '', '']);
  if (r.meta.signatory) rows.push(['', t('signatory', { signatory: r.meta.signatory, buyer: r.meta.buyer }), '', '']);
  return [
    h(1, t('s9')),
    p(r.meta.reportDate ? t('doneOn', { date: formatDate(r.meta.reportDate, r.meta.lang) }) : t('doneAt')),
    { type: 'table', columns: [{ header: t('name'), width: 3 }, { header: t('role'), width: 4 }, { header: t('date'), width: 2 }, { header: t('signature'), width: 3 }], rows: rows.map((x) => x.map((v) => cell([v || ' '], [[' '], [' ']]))) },
  ];
}
