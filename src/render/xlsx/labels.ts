import type { DocumentKey, DocumentWords } from '../../wording/catalog.js';
import { formatMark } from '../../wording/format.js';

/**
 * Every word the XLSX grid prints (the grid's own texts come from the Grid), taken from the wording catalog's
 * `xlsx.*` keys, so --templates overrides reach the workbook too.
 */
export interface XlsxLabels {
  readonly gridTitle: string;
  readonly reference: string;
  readonly date: string;
  readonly scale: string;
  readonly allowedMarks: string;
  readonly priceCriterion: string;
  readonly noPrice: string;
  readonly basis: Readonly<Record<'TTC' | 'HT', string>>;
  readonly number: string;
  readonly id: string;
  readonly criterion: string;
  readonly subCriterion: string;
  readonly points: string;
  readonly question: string;
  readonly evidence: string;
  readonly levels: string;
  readonly total: string;
  readonly criteriaHelp: string;
  readonly marksHelp: string;
  readonly bidderNameHere: string;
  readonly mark: (max: number) => string;
  readonly justification: string;
  readonly bidder: (n: number) => string;
  readonly bidderHeader: string;
  readonly pricesHelp: (expression: string, basis: string) => string;
  readonly priceWeight: string;
  readonly price: (basis: string, currency?: string) => string;
  readonly pricePoints: string;
  readonly lowest: string;
  readonly mean: string;
  readonly highest: string;
  readonly summaryHelp: string;
  readonly maximum: string;
  readonly rank: string;
  readonly active: string;
  /** Written instead of a total for an offer below a minimum threshold. */
  readonly eliminated: string;
  readonly threshold: (min: number) => string;
  /** A subtotal row: what it adds up (criteria.children). */
  readonly subTotalNote: (children: string) => string;
  /** Any document word (the coût élargi columns). */
  readonly words: (key: string, args?: Readonly<Record<string, string | number>>) => string;
  readonly markError: (marks: string) => string;
  readonly markPrompt: (marks: string) => string;
  readonly priceError: string;
  readonly levelLine: (level: number, mark: number, text: string) => string;
}

/** The workbook's words from the catalog (possibly overridden). */
export function xlsxLabels(w: DocumentWords): XlsxLabels {
  const x = (key: string, args?: Readonly<Record<string, string | number>>): string => w.t(`xlsx.${key}` as DocumentKey, args);
  return {
    gridTitle: x('gridTitle'),
    reference: x('reference'),
    date: x('date'),
    scale: x('scale'),
    allowedMarks: x('allowedMarks'),
    priceCriterion: x('priceCriterion'),
    noPrice: x('noPrice'),
    number: x('number'),
    id: x('id'),
    criterion: x('criterion'),
    subCriterion: x('subCriterion'),
    points: x('points'),
    question: x('question'),
    evidence: x('evidence'),
    levels: x('levels'),
    total: x('total'),
    criteriaHelp: x('criteriaHelp'),
    marksHelp: x('marksHelp'),
    bidderNameHere: x('bidderNameHere'),
    justification: x('justification'),
    bidderHeader: x('bidderHeader'),
    priceWeight: x('priceWeight'),
    pricePoints: x('pricePoints'),
    lowest: x('lowest'),
    mean: x('mean'),
    highest: x('highest'),
    summaryHelp: x('summaryHelp'),
    maximum: x('maximum'),
    rank: x('rank'),
    active: x('active'),
    eliminated: w.t('grid.eliminated'),
    words: (key, args) => w.t(key as DocumentKey, args),
    threshold: (min) => w.t('grid.threshold', { min: formatMark(min, w.lang) }),
    subTotalNote: (children) => w.t('grid.subTotalNote', { children }),
    priceError: x('priceError'),
    basis: { TTC: x('basis.TTC'), HT: x('basis.HT') },
    mark: (max) => x('mark', { max }),
    bidder: (n) => x('bidder', { n }),
    pricesHelp: (expression, basis) => x('pricesHelp', { expression, basis }),
    price: (basis, currency = '€') => x('price', { basis, currency }),
    markError: (marks) => x('markError', { marks }),
    markPrompt: (marks) => x('markPrompt', { marks }),
    levelLine: (level, mark, text) => x('levelLine', { level, mark: formatMark(mark, w.lang), text }),
  };
}
