import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SPEC = 'examples/school-catering.yaml';
const FIX = 'test/fixtures/score/lots';
const MARKS = [join(FIX, 'anne-roux.csv'), join(FIX, 'paul-girard.csv')];
const PRICES = join(FIX, 'prices.csv');
const run = (...args: string[]) => spawnSync('node', ['bin/efc-tender.js', 'score', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

interface LotJson {
  lot: number;
  title: string;
  result: { bidders: { id: string; rank: number; criterionPoints: Record<string, number> }[]; marks: { criterion: string }[] };
}
const lotsOf = (stdout: string): LotJson[] => (JSON.parse(stdout) as { lots: LotJson[] }).lots;

describe('efc-tender score on a tender with lots', () => {
  const dir = mkdtempSync(join(tmpdir(), 'efc-score-lots-'));

  it('ranks each lot on its own grid and its own prices, from the same files', () => {
    const r = run(SPEC, '--marks', ...MARKS, '--prices', PRICES, '--json');
    expect(r.status, r.stderr).toBe(0);
    const lots = lotsOf(r.stdout);
    expect(lots.map((l) => l.lot)).toEqual([1, 2]);
    expect(lots[0]!.result.bidders.map((b) => [b.id, b.rank])).toEqual([['Cuisine des Coteaux', 1], ['Restauval', 2], ['Saveurs Collectives', 3]]);
    expect(lots[1]!.result.bidders.map((b) => [b.id, b.rank])).toEqual([['Petits Plats Bio', 1], ['Restauval', 2]]);
    // Restauval answers both lots: its price is marked against each lot's prices only (proportional, 40 points).
    const price = (k: number): number => lots[k]!.result.bidders.find((b) => b.id === 'Restauval')!.criterionPoints['prix']!;
    expect(price(0)).toBeCloseTo((40 * 4_980_000) / 5_120_000, 6);
    expect(price(1)).toBe(40);
    // Lot 2 is judged on its own sub-criterion, lot 1 on the one it keeps.
    const criteria = (k: number): string[] => [...new Set(lots[k]!.result.marks.map((m) => m.criterion))];
    expect(criteria(1)).toContain('dietary-safety-service');
    expect(criteria(1)).not.toContain('meal-time-educational-cooperation');
    expect(criteria(0)).toContain('meal-time-educational-cooperation');
  });

  it('writes one report with a part per lot, byte-identical on a rerun, and prints one ranking per lot', () => {
    const out = join(dir, 'rapport.docx');
    const r = run(SPEC, '--marks', ...MARKS, '--prices', PRICES, '-o', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Lot n° 1 : Restauration scolaire et accueil de loisirs[\s\S]*1\s+Cuisine des Coteaux[\s\S]*Lot n° 2 : Restauration des multi-accueils[\s\S]*1\s+Petits Plats Bio/);
    const again = join(dir, 'rapport-2.docx');
    expect(run(SPEC, '--marks', ...MARKS, '--prices', PRICES, '-o', again).status).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
    // Typography puts no-break spaces after "n°" and before ":": compare with plain spaces.
    const xml = spawnSync('unzip', ['-p', out, 'word/document.xml'], { encoding: 'utf8' }).stdout.replace(/[\u00a0\u202f]/g, ' ');
    const heading1 = /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:bookmarkStart[^>]*\/><w:r><w:t xml:space="preserve">([^<]*)</g;
    expect([...xml.matchAll(heading1)].map((m) => m[1])).toEqual(['Lot n° 1 : Restauration scolaire et accueil de loisirs', 'Lot n° 2 : Restauration des multi-accueils (petite enfance)']);
    // Without the committee's regularity decisions the report is a provisional draft: no award proposal in any lot.
    expect(xml).toContain('Projet de rapport d’analyse des offres');
    expect(xml.includes('La commission propose d’attribuer')).toBe(false);
  });

  it('--lot N scores one lot; a file without a lot column is then that lot’s', () => {
    const r = run(SPEC, '--marks', ...MARKS, '--prices', PRICES, '--lot', '2', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(lotsOf(r.stdout).map((l) => l.lot)).toEqual([2]);
    // Lot 1's rows without their lot column: the same ranking as from the full files.
    const strip = (file: string): string => {
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
      const kept = [lines[0]!.replace(/^lot,/, ''), ...lines.slice(1).filter((l) => l.startsWith('1,')).map((l) => l.slice(2))];
      const to = join(dir, `lot1-${file.split('/').pop()}`);
      writeFileSync(to, kept.join('\n') + '\n');
      return to;
    };
    const one = run(SPEC, '--marks', ...MARKS.map(strip), '--prices', strip(PRICES), '--lot', '1', '--json');
    expect(one.status, one.stderr).toBe(0);
    const full = lotsOf(run(SPEC, '--marks', ...MARKS, '--prices', PRICES, '--json').stdout)[0]!;
    expect(lotsOf(one.stdout)[0]!.result.bidders).toEqual(full.result.bidders);
  });

  it('--consensus and --price-schedules are refused on a tender with lots rather than read against one lot’s grid', () => {
    const r = run(SPEC, '--marks', ...MARKS, '--prices', PRICES, '--consensus', MARKS[0]!);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[option-unsupported-with-lots]');
    expect(r.stderr).toContain('--consensus');
  });

  it('without --lot, a file that does not say its lot is an error at that file', () => {
    const plain = join(dir, 'plain.csv');
    writeFileSync(plain, 'bidder,criterion,mark,justification\nRestauval,prix,3,Réponse conforme aux attentes sans plus.\n');
    const r = run(SPEC, '--marks', plain, '--prices', PRICES);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/plain\.csv:1:1\s.*colonne « lot »/);
    expect(r.stderr).toContain('[lot-required]');
  });
});
