import { describe, expect, it } from 'vitest';
import { testGrid, testSpec } from '../../test/fixtures/score/grid.js';
import { composeScoreReport } from '../compose/report-document.js';
import { parsePricesCsv } from '../load/prices-csv.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import type { EvaluatorMark, MarksInput, PriceEntry } from '../model/marks.js';
import { costOf } from './formula-cost.js';
import { scoreTender } from './score.js';

const COST = { years: 5, externalities: [{ id: 'co2', label: 'Émissions de GES', unit: 'tCO2e', value: 256, source: 'Valeur de l’action pour le climat, 2030 (France Stratégie, 2019)' }] };
const withCost = (g: Grid): Grid => ({ ...g, price: { ...g.price!, cost: COST } });
const J = 'Engagements chiffrés et méthode de mesure décrite, propres au territoire.';
function input(prices: PriceEntry[]): MarksInput {
  const bidders = prices.map((p) => p.bidder);
  const marks: EvaluatorMark[] = bidders.flatMap((bidder, k) => ['a1', 'a2', 'b1'].map((criterion) => ({ evaluator: 'E1', bidder, criterion, mark: 3, justification: `${J} ${k}`, source: { file: 'E1.csv', line: 2 } })));
  return { marks, prices, bidders, evaluators: ['E1'], files: [] };
}

describe('coût élargi', () => {
  it('is price × years + committed quantity × published value', () => {
    expect(costOf(COST, 100_000, { co2: 40 })).toEqual({ price: 100_000, years: 5, priceOverDuration: 500_000, lines: [{ id: 'co2', label: 'Émissions de GES', unit: 'tCO2e', quantity: 40, value: 256, amount: 10_240 }], total: 510_240 });
  });

  const csv = 'bidder,price,co2\nSobre,104000,10\nÉmetteur,100000,120\n';
  const read = parsePricesCsv(csv, 'prix.csv', { quantityColumns: ['co2'], lang: 'fr' });

  it('reads the committed quantities from the prices file, by externality id', () => {
    expect(read.problems).toEqual([]);
    expect(read.prices.map((p) => [p.bidder, p.price, p.quantities])).toEqual([
      ['Sobre', 104000, { co2: 10 }],
      ['Émetteur', 100000, { co2: 120 }],
    ]);
    const bad = parsePricesCsv('bidder,price\nA,1\n', 'prix.csv', { quantityColumns: ['co2'], lang: 'fr' });
    expect(bad.problems.map((p) => [p.code, p.line])).toEqual([['prices-quantity-columns', 1]]);
  });

  it('scores the cost, not the price: the dearer but sober offer gets the full price points, the report shows each step', () => {
    const r = scoreTender(testSpec(), withCost(testGrid()), input(read.prices), { specFile: 's.yaml' });
    const sobre = r.bidders.find((b) => b.id === 'Sobre')!;
    const emetteur = r.bidders.find((b) => b.id === 'Émetteur')!;
    expect(sobre.cost!.total).toBe(104000 * 5 + 10 * 256); // 522 560
    expect(emetteur.cost!.total).toBe(100000 * 5 + 120 * 256); // 530 720
    expect(sobre.pricePoints).toBeCloseTo(30, 12);
    expect(emetteur.pricePoints).toBeCloseTo((30 * 522_560) / 530_720, 10);
    expect(sobre.price).toBe(104000); // the offered price is kept as offered
    const text = JSON.stringify(composeScoreReport(r).sections);
    expect(text).toContain('104\u202f000,00\u00a0€ × 5 = 520\u202f000,00\u00a0€');
    expect(text).toContain('10 × 256,00\u00a0€ = 2\u202f560,00\u00a0€');
    expect(text).toContain('522\u202f560,00\u00a0€');
  });

  it('refuses to score a cost without the committed quantities', () => {
    const noQ = read.prices.map(({ quantities: _q, ...p }) => p);
    try {
      scoreTender(testSpec(), withCost(testGrid()), input(noQ), { specFile: 's.yaml' });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).diagnostics.map((d) => d.code)).toEqual(['quantities-missing', 'quantities-missing']);
    }
  });
});
