import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { ROOT } from './helpers/cli.js';

/**
 * Published, real scoring cases (worked evaluations of public guides, evaluation reports, court decisions) run
 * through the library API exactly as `efc-tender score --criteria <case>/criteria` would run them. Each case's
 * case.yaml holds the source and the published figures; the computation must give them to 0.01 (or, where the
 * source rounds to whole points, after the source's documented rounding).
 */
interface CaseFile {
  id: string;
  source: { title: string; url: string };
  published: {
    price_points: Record<string, number>;
    /** Absent when the source publishes no total (e.g. a price-only illustration without quality marks). */
    totals?: Record<string, number>;
    ranking?: string[];
    /** Points per award criterion id and bidder, when the source prints them. */
    criterion_points?: Record<string, Record<string, number>>;
  };
  /** Decimals the source rounds its printed figures to, when it prints fewer than 2 (e.g. 0 for whole points). */
  published_decimals?: number;
  tolerance?: number;
  /** The source publishes no quality marks: only its price points are computed and compared (no total, no ranking). */
  allow_missing?: boolean;
}

const CASES_DIR = join(ROOT, 'test', 'fixtures', 'real-cases');
const caseIds = readdirSync(CASES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(CASES_DIR, d.name, 'case.yaml')))
  .map((d) => d.name)
  .sort();

async function scoreCase(id: string, priceOnly = false) {
  const dir = join(CASES_DIR, id);
  const catalog = lib.loadCatalog([join(dir, 'criteria')]);
  const loaded = lib.loadSpec(join(dir, 'spec.yaml'));
  const grid = lib.selectCriteria(loaded, catalog);
  const prices = existsSync(join(dir, 'prices.csv')) ? join(dir, 'prices.csv') : undefined;
  const input = await lib.loadMarksInput([join(dir, 'marks.csv')], grid, loaded.spec.tender.reference, prices);
  if (priceOnly) {
    // No quality mark is published: `score` rightly refuses to rank on price alone (marks-none), so the price points
    // come from the same computation score uses (computeTotals, shared with the XLSX grid), and nothing else is compared.
    const totals = lib.computeTotals(grid, input.prices.map((p) => ({ bidder: p.bidder, marks: {}, price: p.price })));
    return { bidders: totals.map((t) => ({ id: t.bidder, pricePoints: t.pricePoints, total: t.total, criterionPoints: t.criterionPoints })), ranking: { order: [] as string[] } };
  }
  return lib.scoreTender(loaded, grid, input, { specFile: join(dir, 'spec.yaml'), ...(prices ? { pricesFile: prices } : {}) });
}

/** The source's own rounding of a printed figure (half away from zero, as spreadsheets and hand calculation do). */
const asPrinted = (x: number, decimals: number | undefined): number => {
  if (decimals === undefined) return x;
  const f = 10 ** decimals;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
};

describe('published scoring cases reproduced by score', () => {
  it('has at least one case, each with its source', () => {
    expect(caseIds.length).toBeGreaterThan(0);
    for (const id of caseIds) {
      const c = parse(readFileSync(join(CASES_DIR, id, 'case.yaml'), 'utf8')) as CaseFile;
      expect(c.id).toBe(id);
      expect(c.source.url).toMatch(/^https?:\/\//);
      // Every case compares at least one published figure.
      expect(Object.keys(c.published.price_points).length + Object.keys(c.published.totals ?? {}).length, id).toBeGreaterThan(0);
    }
  });

  for (const id of caseIds) {
    it(`${id}: price points, totals and ranking as published`, async () => {
      const c = parse(readFileSync(join(CASES_DIR, id, 'case.yaml'), 'utf8')) as CaseFile;
      const tol = c.tolerance ?? 0.01;
      const result = await scoreCase(id, c.allow_missing ?? false);
      // A case scored without the quality marks may compare price points only: a total would be ours, not the source's.
      if (c.allow_missing) {
        expect(c.published.totals, `${id}: no total without published marks`).toBeUndefined();
        expect(c.published.ranking, `${id}: no ranking without published marks`).toBeUndefined();
      }
      const byId = new Map(result.bidders.map((b) => [b.id, b]));
      expect([...byId.keys()].sort()).toEqual(Object.keys(c.published.totals ?? c.published.price_points).sort());
      for (const [bidder, points] of Object.entries(c.published.price_points)) {
        expect(Math.abs(asPrinted(byId.get(bidder)!.pricePoints, c.published_decimals) - points), `${bidder} price points`).toBeLessThanOrEqual(tol);
      }
      for (const [bidder, total] of Object.entries(c.published.totals ?? {})) {
        expect(Math.abs(asPrinted(byId.get(bidder)!.total, c.published_decimals) - total), `${bidder} total`).toBeLessThanOrEqual(tol);
      }
      for (const [bidder, points] of Object.entries(c.published.criterion_points ?? {})) {
        for (const [criterion, published] of Object.entries(points)) {
          const ours = byId.get(bidder)!.criterionPoints[criterion];
          expect(ours, `${bidder} ${criterion} points`).toBeDefined();
          expect(Math.abs(asPrinted(ours!, c.published_decimals) - published), `${bidder} ${criterion} points`).toBeLessThanOrEqual(tol);
        }
      }
      if (c.published.ranking) expect(result.ranking.order).toEqual(c.published.ranking);
    });
  }
});
