import type { GridSubCriterion } from '../../model/grid.js';
import type { PayPeriod } from '../../model/pay.js';
import { formatAsTyped } from '../../wording/format.js';
import { b, type Block, type CellInput, type DocumentModel } from '../document.js';
import { INPUT_SHADE } from './ae.js';
import { articleNumbers, ccapPay } from './ccap.js';
import { pieceDocument, pieceNumber, pieceNumbers, type DceContext } from './context.js';

/** Page budget of a sub-criterion: one A4 page per 2.5 points of weight, at least 1 and at most 6 (a reader's day has limits). */
export const pageBudget = (weightHundredths: number): number => Math.min(6, Math.max(1, Math.ceil(weightHundredths / 250)));

export type ItemStatus = 'required' | 'scoring';

/**
 * The items asked for under one sub-criterion, each with its status. The answer to the question is required: a
 * mémoire that leaves a sub-criterion unanswered is incomplete, hence irregular (L2152-2), and must be set aside before
 * scoring. The pieces of evidence are for scoring only: a missing one costs the points it would have earned, not the
 * offer (dce.md §1.5).
 */
export function subCriterionItems(s: GridSubCriterion, answerLabel: string): { text: string; status: ItemStatus }[] {
  return [{ text: answerLabel, status: 'required' }, ...s.evidence.map((e) => ({ text: e, status: 'scoring' as const }))];
}

/** One row of the commitments table: an indicator, a contract year, the CCAP's reference target, and a blank for the bidder. */
export interface CommitmentRow {
  readonly id: string;
  readonly unit: string;
  readonly period: PayPeriod;
  readonly year: number;
  readonly referenceTarget: number;
}

/** The commitments the bidder fills: the CCAP's paid indicators, with the same ids, units, periods and targets. */
export function commitmentRows(ctx: DceContext): CommitmentRow[] {
  const { spec } = ctx.spec;
  const units = new Map(spec.usage_performance.map((i) => [i.id, i.unit]));
  const pay = ccapPay(ctx);
  return (pay?.indicators ?? []).flatMap((ind) =>
    ind.targets.map((target, y) => ({ id: ind.id, unit: units.get(ind.id) ?? '', period: ind.period, year: y + 1, referenceTarget: target })),
  );
}

export function composeResponseFramework(ctx: DceContext): DocumentModel {
  const { spec } = ctx.spec;
  const t = ctx.templates;
  const w = ctx.words;
  const lang = w.lang;
  const pieces = pieceNumbers(ctx);
  const labels = new Map(spec.usage_performance.map((i) => [i.id, i.label]));
  const criteria = ctx.grid.criteria.filter((c) => c.kind === 'quality' && c.subCriteria.length > 0);
  const subs = criteria.flatMap((c) => c.subCriteria);
  const blank = (lines: number): CellInput => ({ runs: [''], more: Array.from({ length: lines - 1 }, () => ['']), shade: INPUT_SHADE });
  const tag = (s: ItemStatus): CellInput => ({ runs: [b(w.t(s === 'required' ? 'dce.response.tag.required' : 'dce.response.tag.scoring'))], align: 'center' });

  const tables: Record<string, () => Block[]> = {};
  for (const s of subs) {
    tables[`items-${s.id}`] = () => [
      {
        type: 'table',
        columns: [
          { header: w.t('dce.response.col.item'), width: 78 },
          { header: w.t('dce.response.col.tag'), width: 22, align: 'center' },
        ],
        rows: subCriterionItems(s, w.t('dce.response.answerItem')).map((it) => [it.text, tag(it.status)]),
      },
    ];
    tables[`answer-${s.id}`] = () => [{ type: 'table', columns: [{ header: w.t('dce.response.answer'), width: 100 }], rows: [[blank(8)]] }];
  }
  tables.commitments = () => {
    const rows = commitmentRows(ctx);
    return [
      {
        type: 'table',
        columns: [
          { header: w.t('dce.col.indicator'), width: 34 },
          { header: w.t('dce.col.unit'), width: 13 },
          { header: w.t('dce.col.period'), width: 13 },
          { header: w.t('dce.col.year'), width: 10, align: 'center' },
          { header: w.t('dce.col.referenceTarget'), width: 14, align: 'center' },
          { header: w.t('dce.col.commitment'), width: 16, align: 'center' },
        ],
        // The indicator's name on its first year only, its id on every row (the id is what the CCAP's tables carry).
        rows: rows.map((r): CellInput[] => [
          r.year === 1 ? { runs: [b(labels.get(r.id) ?? r.id)], more: [[r.id]] } : r.id,
          r.unit,
          w.t(`dce.period.${r.period}`),
          w.t('dce.year', { n: r.year }),
          formatAsTyped(r.referenceTarget, lang),
          { runs: [''], shade: INPUT_SHADE },
        ]),
      },
    ];
  };

  const pagesText = (n: number): string => w.t(n < 2 ? 'dce.response.page' : 'dce.response.pages', { pages: n });
  const view = {
    art: articleNumbers(),
    piece: Object.fromEntries(Object.entries(pieces).map(([k, v]) => [k, pieceNumber(v)])),
    criteria: criteria.map((c) => ({
      number: c.number,
      label: c.label,
      weightHundredths: c.weightHundredths,
      subs: c.subCriteria.map((s) => ({ id: s.id, number: s.number, label: s.label, weightHundredths: s.weightHundredths, question: s.question, pages: pagesText(pageBudget(s.weightHundredths)) })),
    })),
  };
  const body = t.blocks('response/body', view, (name) => tables[name]?.());
  return pieceDocument(ctx, pieces.response, w.t('dce.piece.response'), body, { toc: true });
}
