import type { DocumentKey, DocumentWords } from '../wording/catalog.js';

/**
 * Words of the DOCX scoring grid (criteria texts come from the Grid, formulas from PRICE_FORMULA_INFO), taken from
 * the wording catalog's `grid.*` keys, so --templates overrides reach the grid too.
 */
export interface GridDocLabels {
  readonly title: string;
  readonly creator: string;
  readonly subject: string;
  readonly header: (reference: string) => string;
  readonly page: string;
  readonly of: string;
  readonly tocHint: string;
  readonly buyer: string;
  readonly reference: string;
  readonly date: string;
  readonly scale: string;
  readonly scaleValue: (max: number, marks: string) => string;
  readonly priceFormula: string;
  readonly noPrice: string;
  readonly howTo: string;
  readonly howToItems: (o: { max: number; basis: string; hasPrice: boolean }) => string[];
  readonly weights: string;
  readonly number: string;
  readonly criterion: string;
  readonly points: string;
  readonly total: string;
  readonly pointsSuffix: (pts: string) => string;
  readonly question: string;
  readonly evidence: string;
  readonly indicators: string;
  readonly levelsCaption: string;
  readonly level: string;
  readonly mark: (max: number) => string;
  readonly descriptor: string;
  readonly bidder: string;
  readonly bidderN: (n: number) => string;
  readonly subPoints: string;
  readonly subTotalNote: (children: string) => string;
  readonly justification: string;
  readonly recordCaption: (max: number) => string;
  readonly price: (basis: string, currency?: string) => string;
  readonly pricePoints: string;
  readonly basisNote: (basis: string) => string;
  readonly summary: string;
  readonly summaryIntro: string;
  readonly maximum: string;
  readonly rank: string;
  readonly signatures: string;
  readonly signaturesIntro: string;
  readonly madeAt: string;
  readonly name: string;
  readonly role: string;
  readonly signature: string;
  readonly basis: Readonly<Record<'TTC' | 'HT', string>>;
  readonly fact: (label: string) => string;
  readonly marksSeparator: string;
  readonly formulaLine: (label: string, expression: string, basis: string) => string;
}

/** The grid's words from the catalog (possibly overridden). */
export function gridDocLabels(w: DocumentWords): GridDocLabels {
  const g = (key: string, args?: Readonly<Record<string, string | number>>): string => w.t(`grid.${key}` as DocumentKey, args);
  return {
    title: g('title'),
    creator: w.t('creator'),
    subject: g('subject'),
    page: g('page'),
    of: g('of'),
    tocHint: g('tocHint'),
    buyer: g('buyer'),
    reference: g('reference'),
    date: g('date'),
    scale: g('scale'),
    priceFormula: g('priceFormula'),
    noPrice: g('noPrice'),
    howTo: g('howTo'),
    weights: g('weights'),
    number: g('number'),
    criterion: g('criterion'),
    points: g('points'),
    total: g('total'),
    question: g('question'),
    evidence: g('evidence'),
    indicators: g('indicators'),
    levelsCaption: g('levelsCaption'),
    level: g('level'),
    descriptor: g('descriptor'),
    bidder: g('bidder'),
    subPoints: g('subPoints'),
    subTotalNote: (children) => g('subTotalNote', { children }),
    justification: g('justification'),
    pricePoints: g('pricePoints'),
    summary: g('summary'),
    summaryIntro: g('summaryIntro'),
    maximum: g('maximum'),
    rank: g('rank'),
    signatures: g('signatures'),
    signaturesIntro: g('signaturesIntro'),
    madeAt: g('madeAt'),
    name: g('name'),
    role: g('role'),
    signature: g('signature'),
    marksSeparator: g('marksSeparator'),
    header: (reference) => g('header', { reference }),
    scaleValue: (max, marks) => g('scaleValue', { max, marks }),
    howToItems: ({ max, basis, hasPrice }) => [
      g('howTo.rules'),
      g('howTo.mark', { max }),
      g('howTo.points', { max }),
      ...(hasPrice ? [g('howTo.price', { basis })] : []),
      g('howTo.justify'),
      g('howTo.rank'),
      g('howTo.workbook'),
    ],
    pointsSuffix: (points) => g('pointsSuffix', { points }),
    mark: (max) => g('mark', { max }),
    bidderN: (n) => g('bidderN', { n }),
    recordCaption: (max) => g('recordCaption', { max }),
    price: (basis, currency = '€') => g('price', { basis, currency }),
    basisNote: (basis) => g('basisNote', { basis }),
    basis: { TTC: g('basis.TTC'), HT: g('basis.HT') },
    fact: (label) => g('fact', { label }),
    formulaLine: (label, expression, basis) => g('formulaLine', { label, expression, basis }),
  };
}
