import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentXml } from '../helpers/ooxml.js';

/** The visible text of a DOCX body, one line per paragraph (table cells included). */
const docxText = (file: string): string =>
  documentXml(file)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const marksDir = 'examples/sicoval-waste-marks';
const marks = readdirSync(marksDir).filter((f) => f.endsWith('.csv')).map((f) => join(marksDir, f));
const FIX = 'test/fixtures/score/price-parts';
const run = (...args: string[]) => spawnSync('node', ['bin/efc-tender.js', 'score', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

interface Bidder {
  id: string;
  price: number;
  pricePoints: number;
  total: number;
  rank: number;
  pricing: { base: number; total: number; pse: { id: string; price: number; retained: boolean }[]; parts: { id: string; price: number; points: number }[] };
}
const json = (...args: string[]): { bidders: Bidder[] } => {
  const r = run(...args, '--json');
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { result: { bidders: Bidder[] } }).result;
};
const byId = (bs: Bidder[], id: string): Bidder => bs.find((b) => b.id === id)!;
const r2 = (x: number): number => Math.round(x * 100) / 100;

describe('efc-tender score with options (PSE) and price sub-criteria (built CLI)', () => {
  it('base + retained option: the scored price adds the retained option only, one formula scores it', () => {
    const r = json(`${FIX}/spec-pse.yaml`, '--marks', ...marks, '--prices', `${FIX}/prices.csv`);
    const terres = byId(r.bidders, 'Groupement Terres Communes');
    // 27 480 000 + pse1 1 200 000 (pse2 300 000 not retained) = 28 680 000
    expect(terres.pricing.total).toBe(28_680_000);
    expect(terres.price).toBe(28_680_000);
    expect(terres.pricing.pse).toEqual([
      { id: 'pse1', label: 'Collecte des biodéchets', retained: true, price: 1_200_000 },
      { id: 'pse2', label: 'Broyage à domicile', retained: false, price: 300_000 },
    ]);
    // Proportional, 30 points: Pmin = Ecocycle 19 800 000 + 1 500 000 = 21 300 000.
    expect(r2(terres.pricePoints)).toBe(r2((30 * 21_300_000) / 28_680_000));
    expect(r2(byId(r.bidders, 'Ecocycle Occitanie').pricePoints)).toBe(30);
  });

  it('two price sub-criteria, each with its formula: points per part, totals and ranking to 0.01', () => {
    const r = json(`${FIX}/spec.yaml`, '--marks', ...marks, '--prices', `${FIX}/prices.csv`);
    // 4.1 proportional (20) on base + pse1; 4.2 cut-off at 2 × the lowest pse1 (10): Pmin(pse1) = 900 000.
    const expected: Record<string, [number, number]> = {
      'Groupement Terres Communes': [(20 * 21_300_000) / 28_680_000, (10 * (1_800_000 - 1_200_000)) / 900_000],
      'Valoris Sud-Ouest': [(20 * 21_300_000) / 28_050_000, 0],
      'Collecte 31 Services': [(20 * 21_300_000) / 30_800_000, 10],
      'Ecocycle Occitanie': [20, (10 * (1_800_000 - 1_500_000)) / 900_000],
    };
    for (const b of r.bidders) {
      const [g, bio] = expected[b.id]!;
      expect(b.pricing.parts.map((p) => [p.id, r2(p.points)]), b.id).toEqual([
        ['global', r2(g)],
        ['biodechets', r2(bio)],
      ]);
      expect(r2(b.pricePoints), b.id).toBe(r2(g + bio));
    }
    expect(r2(byId(r.bidders, 'Groupement Terres Communes').pricePoints)).toBe(21.52);
    expect(r.bidders.map((b) => b.id)).toEqual(['Groupement Terres Communes', 'Collecte 31 Services', 'Valoris Sud-Ouest', 'Ecocycle Occitanie']);
    expect(r.bidders.map((b) => r2(b.total))).toEqual([82.35, 66.12, 63.94, 50.72]);
  });

  it('the report shows the scored price and each sub-criterion’s computation', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'efc-parts-')), 'rapport.docx');
    const r = run(`${FIX}/spec.yaml`, '--marks', ...marks, '--prices', `${FIX}/prices.csv`, '-o', out);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const text = docxText(out);
    expect(text).toContain('Prix noté de chaque offre (solution de base + PSE retenues)');
    expect(text).toContain('4.1 Prix global (base + PSE retenue) — 20 points — Proportionnelle au prix le plus bas');
    expect(text).toContain('4.2 Prix de la PSE biodéchets — 10 points');
    expect(text).toMatch(/28\s680\s000,00\s€/);
    expect(text).toMatch(/10 × 0,6667\s*6,67/);
  });

  it('an option price missing for one offer is an error naming it; nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'efc-parts-bad-'));
    const out = join(dir, 'rapport.docx');
    const r = run(`${FIX}/spec.yaml`, '--marks', ...marks, '--prices', 'examples/sicoval-waste-prices.csv', '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('pse1, pse2');
    expect(existsSync(out)).toBe(false);
  });
});
