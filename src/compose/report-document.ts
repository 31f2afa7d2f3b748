import type { Lang } from '../model/common.js';
import type { ResultCriterion, ResultSubCriterion, ScoreResult } from '../model/result.js';
import { methodLabel } from '../score/abnormally-low.js';
import { eur, mark, num, pct } from '../score/format.js';
import { PRICE_FORMULA_INFO } from '../score/price-formulas.js';
import { PROCEDURE_LABEL, REPORT_TEXT } from '../score/report-text.js';
import { b, h, i, p, ul, type Block, type Cell, type DocumentModel, type Inline } from './document.js';
import { formatDate } from './format.js';

type T = (typeof REPORT_TEXT)[Lang];

/**
 * The rapport d'analyse des offres as a DocumentModel: context and criteria recalled from the spec, one table per
 * sub-criterion with every mark and its justification, the price analysis with the abnormally-low checks, totals
 * and ranking, the committee's checks, the robustness of the result, the proposal and the signature block.
 * Its structure follows what R2184-1 and following expect of a procedure report (ranking, reasons of the choice).
 */
export function composeScoreReport(r: ScoreResult): DocumentModel {
  const lang = r.meta.lang;
  const t = REPORT_TEXT[lang];
  const fr = lang === 'fr';
  return {
    meta: { title: `${t.title} — ${r.meta.reference}`, subject: r.meta.title, creator: t.creator, keywords: fr ? 'rapport d’analyse des offres; commande publique; EFC' : 'evaluation report; public procurement; EFC', date: r.meta.date, lang },
    labels: { page: t.page, of: t.of, tocHint: t.tocHint },
    sections: [
      { orientation: 'portrait', titlePage: true, blocks: titlePage(r, t) },
      {
        orientation: 'portrait',
        header: `${r.meta.buyer} — ${t.title}`,
        blocks: [...context(r, t), ...criteria(r, t), ...analysis(r, t), ...prices(r, t), ...ranking(r, t), ...checks(r, t), ...robust(r, t), ...proposal(r, t), ...signatures(r, t)],
      },
    ],
  };
}

function titlePage(r: ScoreResult, t: T): Block[] {
  const lang = r.meta.lang;
  return [
    { type: 'paragraph', style: 'title', runs: [t.title] },
    { type: 'paragraph', style: 'subtitle', runs: [r.meta.title] },
    p(b(`${t.buyer} : `), r.meta.buyer),
    p(b(`${t.reference} : `), r.meta.reference),
    p(b(`${t.procedure} : `), PROCEDURE_LABEL[r.meta.procedure]?.[lang] ?? r.meta.procedure),
    // The consultation's date is not the committee's: without --date the report leaves the date to be written in.
    p(b(`${t.date} : `), r.meta.reportDate ? formatDate(r.meta.reportDate, lang) : '……………………'),
    { type: 'paragraph', style: 'note', runs: [t.subtitleDraft] },
    { type: 'toc', title: t.toc },
  ];
}

const subName = (s: ResultSubCriterion | ResultCriterion): string => `${s.number} ${s.label}`;
const cell = (runs: Inline[], more?: Inline[][], extra: Partial<Cell> = {}): Cell => ({ runs, ...(more && more.length ? { more } : {}), ...extra });

function context(r: ScoreResult, t: T): Block[] {
  const lang = r.meta.lang;
  const fr = lang === 'fr';
  const scale = `0–${r.meta.scaleMax}`;
  const cons = r.meta.consolidation === 'mean' ? (fr ? 'la moyenne' : 'the mean') : fr ? 'la médiane' : 'the median';
  return [
    h(1, t.s1),
    p(
      fr
        ? `Le présent rapport rend compte de l’analyse des offres remises pour le marché « ${r.meta.title} » (${r.meta.reference}), passé selon la procédure de ${PROCEDURE_LABEL[r.meta.procedure]?.fr ?? r.meta.procedure} (pouvoir adjudicateur : ${r.meta.buyer}). Il présente, pour chaque critère annoncé dans le règlement de la consultation, les notes attribuées et leur justification, puis le classement qui en résulte.`
        : `This report sets out the evaluation of the offers received for the contract "${r.meta.title}" (${r.meta.reference}; contracting authority: ${r.meta.buyer}) under the ${PROCEDURE_LABEL[r.meta.procedure]?.en ?? r.meta.procedure}. For each criterion announced in the rules of the consultation it gives the marks and their justification, then the resulting ranking.`,
    ),
    h(2, t.bidders),
    ul(r.bidders.map((x) => x.id).sort()),
    h(2, t.evaluators),
    ul(r.evaluators),
    p(
      fr
        ? `Chaque membre a noté chaque offre sur chaque sous-critère, sur une échelle ${scale} à six niveaux ancrés. La note retenue est ${cons} des notes des membres ; un écart de plus de ${r.meta.spreadLevels} niveaux entre membres est soumis à une discussion de consensus.`
        : `Each member marked each offer on each sub-criterion, on a ${scale} scale with six anchored levels. The mark retained is ${cons} of the members' marks; a gap of more than ${r.meta.spreadLevels} levels between members goes to a consensus discussion.`,
    ),
  ];
}

function criteria(r: ScoreResult, t: T): Block[] {
  const lang = r.meta.lang;
  const rows = r.criteria.flatMap((c) => [
    [cell([b(`${c.number} ${c.label}`)], undefined, { shade: 'F2F2F2' }), cell([b(num(c.weight, lang, 1))], undefined, { shade: 'F2F2F2', align: 'right' })],
    ...c.subCriteria.map((s) => [`    ${subName(s)}`, cell([num(s.weight, lang, 1)], undefined, { align: 'right' })]),
  ]);
  const blocks: Block[] = [
    h(1, t.s2),
    p(lang === 'fr' ? 'Rappel des critères, sous-critères et pondérations publiés dans le règlement de la consultation :' : 'The criteria, sub-criteria and weights published in the rules of the consultation:'),
    { type: 'table', columns: [{ header: `${t.criterion} / ${t.subCriterion}`, width: 8 }, { header: t.weight, width: 2, align: 'right' }], rows, footer: [cell([b('Total')]), cell([b(num(100, lang, 1))], undefined, { align: 'right' })] },
  ];
  if (r.meta.priceFormula) {
    const info = PRICE_FORMULA_INFO[r.meta.priceFormula as keyof typeof PRICE_FORMULA_INFO];
    blocks.push(p(b(`${t.formula} : `), `${info.label[lang]} — `), { type: 'paragraph', style: 'formula', runs: [info.expression[lang]] }, p(i(info.whenToUse[lang])));
  }
  return blocks;
}

function analysis(r: ScoreResult, t: T): Block[] {
  const lang = r.meta.lang;
  const out: Block[] = [h(1, t.s3)];
  for (const c of r.criteria.filter((x) => x.kind === 'quality')) {
    out.push(h(2, `${subName(c)} (${num(c.weight, lang, 1)} pts)`));
    for (const s of c.subCriteria) {
      out.push(h(3, `${subName(s)} (${num(s.weight, lang, 1)} pts)`));
      const rows = r.bidders.map((bd) => {
        const m = r.marks.find((x) => x.bidder === bd.id && x.criterion === s.id)!;
        const lvl = m.level === null ? null : s.levels[Math.round(m.level)];
        const just = m.byEvaluator.map((e): Inline[] => [b(`${e.evaluator} (${mark(e.mark, lang)}) : `), e.justification || i(lang === 'fr' ? 'sans justification' : 'no justification')]);
        return [
          cell([b(bd.id)], m.needsConsensus ? [[i(lang === 'fr' ? 'écart à arbitrer' : 'gap to settle')]] : undefined),
          cell([m.value === null ? '—' : mark(m.value, lang)], r.meta.scaleMax !== 5 && m.level !== null ? [[i(`${t.level} ${mark(m.level, lang)}`)]] : undefined, { align: 'center' }),
          cell(lvl ? [i(`${lvl.level} : ${lvl.descriptor}`)] : ['—']),
          cell([num(m.points, lang)], undefined, { align: 'right' }),
          cell(just[0] ?? ['—'], just.slice(1)),
        ];
      });
      out.push({
        type: 'table',
        columns: [
          { header: t.bidder, width: 2.6 },
          { header: `${t.mark} /${r.meta.scaleMax}`, width: 1.2, align: 'center' },
          { header: t.nearestLevel, width: 3 },
          { header: t.points, width: 1.4, align: 'right' },
          { header: t.justification, width: 6 },
        ],
        rows,
      });
    }
  }
  return out;
}

function prices(r: ScoreResult, t: T): Block[] {
  if (!r.meta.priceFormula) return [];
  const lang = r.meta.lang;
  const fr = lang === 'fr';
  const out: Block[] = [
    h(1, t.s4),
    p(fr ? `Prix comparés ${r.meta.priceBasis}, notés selon la formule annoncée.` : `Prices compared ${r.meta.priceBasis === 'HT' ? 'excluding' : 'including'} taxes, marked with the announced formula.`),
    {
      type: 'table',
      columns: [{ header: t.bidder, width: 4 }, { header: `${t.price} ${r.meta.priceBasis}`, width: 3, align: 'right' }, { header: t.pricePoints, width: 2, align: 'right' }],
      rows: [...r.bidders].sort((x, y) => (x.price ?? 0) - (y.price ?? 0)).map((x) => [x.id, eur(x.price ?? 0, lang), num(x.pricePoints, lang)]),
    },
    h(2, t.s4b),
    p(
      fr
        ? 'Le code de la commande publique (articles L2152-5 et L2152-6, R2152-3 et suivants) impose à l’acheteur qui soupçonne une offre d’être anormalement basse d’exiger du soumissionnaire des précisions et justifications sur son montant ; l’offre n’est rejetée que si ces éléments ne permettent pas d’expliquer le bas niveau du prix. Un écart de prix ne suffit jamais, à lui seul, à écarter une offre. Deux méthodes de détection ont été appliquées :'
        : 'The French public procurement code (articles L2152-5 and L2152-6, R2152-3 and following) requires a buyer who suspects an offer of being abnormally low to ask the bidder to explain and justify its price; the offer is rejected only if the explanations do not account for the low price. A price gap alone never justifies setting an offer aside. Two detection methods were applied:',
    ),
  ];
  for (const m of r.abnormallyLow.methods) {
    out.push(p(b(methodLabel(m, lang))));
    if (!m.applicable) {
      out.push(p(i(fr ? 'Méthode non significative avec si peu d’offres.' : 'Not meaningful with so few offers.')));
      continue;
    }
    if (m.excluded.length) out.push(p(fr ? `Offres écartées du calcul de la moyenne : ${m.excluded.join(', ')}.` : `Offers left out of the mean: ${m.excluded.join(', ')}.`));
    out.push({
      type: 'table',
      columns: [{ header: t.bidder, width: 3 }, { header: t.price, width: 3, align: 'right' }, { header: t.reference2, width: 3, align: 'right' }, { header: t.gap, width: 2, align: 'right' }, { header: t.flagged, width: 2, align: 'center' }],
      rows: m.rows.map((x) => [x.bidder, eur(x.price, lang), eur(x.reference, lang), (x.gapPercent > 0 ? '+' : '') + pct(x.gapPercent, lang), x.flagged ? cell([b(t.yes)], undefined, { shade: 'FDE9D9' }) : t.no]),
    });
  }
  const q = r.abnormallyLow.toQuestion;
  out.push(
    q.length
      ? p(b(fr ? 'Offres pour lesquelles des justifications de prix sont demandées : ' : 'Offers whose price must be justified: '), q.map((x) => x.bidder).join(', ') + '.')
      : p(fr ? 'Aucune offre ne paraît anormalement basse selon ces méthodes.' : 'No offer looks abnormally low by these methods.'),
  );
  if (r.abnormallyLow.handling === 'automatic-exclusion') out.push(p(b(r.findings.find((f) => f.code === 'automatic-exclusion-announced')?.message ?? '')));
  return out;
}

function ranking(r: ScoreResult, t: T): Block[] {
  const lang = r.meta.lang;
  const cols = r.criteria.map((c) => ({ header: `${t.criterion} ${c.number} (${num(c.weight, lang, 1)})`, width: 2, align: 'right' as const }));
  const out: Block[] = [
    h(1, t.s5),
    {
      type: 'table',
      columns: [{ header: t.rank, width: 1, align: 'center' }, { header: t.bidder, width: 3 }, ...cols, { header: t.total, width: 2, align: 'right' }],
      rows: r.bidders.map((x) => [String(x.rank), cell([b(x.id)]), ...r.criteria.map((c) => num(x.criterionPoints[c.id] ?? 0, lang)), cell([b(num(x.total, lang))], undefined, { align: 'right' })]),
    },
  ];
  for (const f of r.findings.filter((x) => x.code.startsWith('tie'))) out.push(p(f.message));
  if (r.ranking.tieBreak && r.ranking.ties.length) {
    const keys = r.ranking.tieBreak.keys.map((k) => k.label).join(', ');
    out.push(p(i(lang === 'fr' ? `Règle de départage annoncée : « ${r.ranking.tieBreak.text} »${keys ? ` (interprétée comme : ${keys})` : ''}.` : `Announced tie-break rule: "${r.ranking.tieBreak.text}"${keys ? ` (read as: ${keys})` : ''}.`)));
  }
  return out;
}

function checks(r: ScoreResult, t: T): Block[] {
  const pick = (codes: string[]) => r.findings.filter((f) => codes.includes(f.code)).map((f) => f.message);
  const list = (xs: string[]): Block => (xs.length ? ul(xs) : p(t.none));
  return [
    h(1, t.s6),
    h(2, t.consensus),
    list(pick(['marks-spread'])),
    h(2, t.missing),
    list(pick(['mark-missing', 'marks-missing-allowed'])),
    h(2, t.otherChecks),
    list(pick(['justification-missing', 'justification-short', 'justification-contradicts-level', 'justification-duplicate', 'mark-between-levels'])),
  ];
}

function robust(r: ScoreResult, t: T): Block[] {
  const rb = r.robustness;
  if (!rb) return [];
  const lang = r.meta.lang;
  const fr = lang === 'fr';
  const crit = new Map(r.criteria.map((c) => [c.id, c]));
  const sub = new Map(r.criteria.flatMap((c) => c.subCriteria).map((s) => [s.id, s]));
  const change = (x: { weight: number; delta: number; newWinner: string } | null) =>
    x ? (fr ? `${num(x.delta, lang)} pts (pondération ${num(x.weight, lang)}) : ${x.newWinner}` : `${num(x.delta, lang)} pts (weight ${num(x.weight, lang)}): ${x.newWinner}`) : t.noChange;
  const out: Block[] = [
    h(1, t.s7),
    p(
      rb.runnerUp
        ? fr
          ? `${rb.winner} devance ${rb.runnerUp} de ${num(rb.margin, lang)} points.`
          : `${rb.winner} leads ${rb.runnerUp} by ${num(rb.margin, lang)} points.`
        : fr
          ? `${rb.winner} est le seul soumissionnaire.`
          : `${rb.winner} is the only bidder.`,
    ),
    rb.fragile
      ? p(b(fr ? 'Le classement est fragile : ' : 'The ranking is fragile: '), rb.reasons.join(' '))
      : p(b(fr ? 'Le classement est robuste : ' : 'The ranking is robust: '), fr ? 'aucune baisse d’un niveau sur une note de l’attributaire pressenti ni aucune variation de 5 points d’une pondération ne change l’attributaire.' : 'no one-level drop in a mark of the proposed winner and no 5-point change of a weight changes the winner.'),
    h(2, t.weights),
    {
      type: 'table',
      columns: [{ header: t.criterion, width: 5 }, { header: t.weight, width: 2, align: 'right' }, { header: t.up, width: 3 }, { header: t.down, width: 3 }],
      rows: rb.weights.map((w) => [subName(crit.get(w.criterion)!), num(w.weight, lang, 1), change(w.up), change(w.down)]),
    },
    h(2, t.marksDrop),
    {
      type: 'table',
      columns: [{ header: t.subCriterion, width: 6 }, { header: t.mark, width: 1, align: 'center' }, { header: t.drop, width: 4 }],
      rows: rb.marks.map((m) => [m.scope === 'criterion' ? cell([b(`${subName(crit.get(m.criterion)!)}${fr ? ' (toutes ses notes)' : ' (all its marks)'}`)]) : `    ${subName(sub.get(m.criterion)!)}`, mark(m.mark, lang), m.drop ? `${r.meta.scaleMax === 5 ? '' : `${mark(m.drop.marks, lang)} = `}${mark(m.drop.levels, lang)} ${fr ? 'niveau(x)' : 'level(s)'} → ${m.drop.newWinner}` : t.impossible]),
    },
  ];
  if (rb.levelPrice.length) {
    out.push(
      h(2, t.levelPrice),
      p(fr ? 'Écart de prix, au-dessus de l’offre la moins chère, qui coûte autant de points prix qu’un niveau de note sur chaque sous-critère :' : 'Price gap above the lowest offer that costs as many price points as one mark level on each sub-criterion:'),
      {
        type: 'table',
        columns: [{ header: t.subCriterion, width: 6 }, { header: t.perLevel, width: 2, align: 'right' }, { header: t.priceGap, width: 3, align: 'right' }, { header: t.ofLowest, width: 2, align: 'right' }],
        rows: rb.levelPrice.map((x) => [subName(sub.get(x.criterion)!), num(x.pointsPerLevel, lang), x.price === null ? '—' : eur(x.price, lang), x.percentOfLowest === null ? '—' : pct(x.percentOfLowest, lang)]),
      },
    );
  }
  return out;
}

function proposal(r: ScoreResult, t: T): Block[] {
  const fr = r.meta.lang === 'fr';
  const winner = r.bidders[0];
  if (!winner) return [];
  const tiedFirst = r.bidders.filter((x) => x.rank === 1).length > 1;
  const questioned = r.abnormallyLow.toQuestion.some((q) => q.bidder === winner.id);
  const text = tiedFirst
    ? fr
      ? `Plusieurs offres sont classées premières à égalité (${r.bidders.filter((x) => x.rank === 1).map((x) => x.id).join(', ')}) : la commission applique la règle de départage annoncée et motive son choix.`
      : `Several offers are ranked first on equal terms (${r.bidders.filter((x) => x.rank === 1).map((x) => x.id).join(', ')}): the committee applies the announced tie-break rule and gives its reasons.`
    : fr
      ? `La commission propose d’attribuer le marché à ${winner.id}, dont l’offre est économiquement la plus avantageuse avec ${num(winner.total, 'fr')} points sur 100, sous réserve de la production des pièces exigées de l’attributaire${questioned ? ' et de l’examen des justifications de prix demandées' : ''}.`
      : `The committee proposes to award the contract to ${winner.id}, whose offer is the most economically advantageous with ${num(winner.total, 'en')} points out of 100, subject to the documents required from the winner${questioned ? ' and to the examination of the price justifications requested' : ''}.`;
  return [h(1, t.s8), p(text)];
}

function signatures(r: ScoreResult, t: T): Block[] {
  const lang = r.meta.lang;
  const rows = r.evaluators.map((e) => [e, t.member, '', '']);
  if (r.meta.signatory) rows.push(['', `${r.meta.signatory} (${r.meta.buyer})`, '', '']);
  return [
    h(1, t.s9),
    p(
      r.meta.reportDate
        ? lang === 'fr' ? `Fait le ${formatDate(r.meta.reportDate, 'fr')}.` : `Done on ${formatDate(r.meta.reportDate, 'en')}.`
        : lang === 'fr' ? 'Fait à ……………………, le ……………………' : 'Done at ……………………, on ……………………',
    ),
    { type: 'table', columns: [{ header: t.name, width: 3 }, { header: t.role, width: 4 }, { header: t.date, width: 2 }, { header: t.signature, width: 3 }], rows: rows.map((x) => x.map((v) => cell([v || ' '], [[' '], [' ']]))) },
  ];
}
