import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../load/catalog.js';
import { loadSpec, loadSpecText } from '../load/spec.js';
import { InputError } from '../model/errors.js';
import { ROOT } from '../../test/helpers/cli.js';
import { selectCriteria } from './select.js';
import { lotsAlike, resolveLoadedLot, resolveLot, resolveLots, sameGrid } from './lots.js';

const catalog = loadCatalog();
const CATERING = join(ROOT, 'examples', 'school-catering.yaml');
const yaml = readFileSync(CATERING, 'utf8');
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('resolveLot: the spec as one lot sees it', () => {
  const { spec } = loadSpec(CATERING);

  it('takes the lot’s object, value and CPV, keeps only this lot, and shares what the lot does not override', () => {
    const one = resolveLot(spec, 1);
    expect(one.tender.lots.map((l) => l.number)).toEqual([1]);
    expect(one.tender.estimated_value_eur).toBe(4_400_000);
    expect(one.tender.object).toBe(spec.tender.lots[0]!.object);
    expect(one.consultation.cpv).toBe('55524000-9');
    // Lot 1 overrides nothing else: indicators and criteria are the spec's.
    expect(one.usage_performance).toEqual(spec.usage_performance);
    expect(one.criteria).toEqual(spec.criteria);
    expect(one.tender.title).toBe(spec.tender.title);
    expect(one.contract).toBe(spec.contract);
  });

  it('keeps the shared indicators the lot names, adds its own, and replaces only the criteria fields it writes', () => {
    const two = resolveLot(spec, 2);
    expect(two.usage_performance.map((i) => i.id)).toEqual(['part-egalim', 'part-bio', 'gaspillage-par-repas', 'approvisionnement-direct', 'satisfaction-familles-creches']);
    expect(two.criteria.include).toEqual(['catering-single-use-reduction', 'dietary-safety-service']);
    expect(two.criteria.profile).toBe(spec.criteria.profile);
    expect(two.criteria.libraries).toEqual(spec.criteria.libraries);
    expect(two.consultation.cpv).toBe('55520000-1');
    expect(two.tender.estimated_value_eur).toBe(320_000);
  });

  it('a lot without its own value has none (the tender’s total is not the lot’s), and pay rules follow its indicators', () => {
    const text = yaml.replace('      estimated_value_eur: 320000\n', '').replace('  estimated_value_eur: 4720000', '  estimated_value_eur: 4720000\n  # no lot 2 value');
    const { spec: s } = loadSpecText(text, 'v.yaml');
    expect(resolveLot(s, 2).tender.estimated_value_eur).toBeUndefined();
    const withPay = {
      ...s,
      remuneration: { ...s.remuneration, indicators: [{ indicator: 'satisfaction-enfants' }, { indicator: 'part-bio' }] as never },
    };
    expect(resolveLot(withPay, 2).remuneration.indicators!.map((x) => x.indicator)).toEqual(['part-bio']);
    expect(resolveLot(withPay, 1).remuneration.indicators!.map((x) => x.indicator)).toEqual(['satisfaction-enfants', 'part-bio']);
  });

  it('throws for a lot that does not exist (callers check first)', () => {
    expect(() => resolveLot(spec, 9)).toThrow(/no lot 9/);
  });
});

describe('lots through the selection', () => {
  it('gives each lot its grid; lot 2 has its own sub-criterion, so the lots are not alike', () => {
    const loaded = loadSpec(CATERING);
    const lots = resolveLots(loaded, catalog);
    expect(lots.map((l) => l.lot.number)).toEqual([1, 2]);
    const subs = (k: number): string[] => lots[k]!.grid.criteria.flatMap((c) => c.subCriteria.map((s) => s.id));
    expect(subs(0)).toContain('meal-time-educational-cooperation');
    expect(subs(1)).toContain('dietary-safety-service');
    expect(subs(1)).not.toContain('meal-time-educational-cooperation');
    expect(sameGrid(lots[0]!.grid, selectCriteria(loaded, catalog))).toBe(true);
    expect(sameGrid(lots[0]!.grid, lots[1]!.grid)).toBe(false);
    expect(lotsAlike(lots)).toBe(false);
    expect(resolveLots(loadSpec(join(ROOT, 'examples', 'sicoval-waste.yaml')), catalog)).toEqual([]);
  });

  it('lots that override nothing are alike', () => {
    const text = yaml.replace(/      criteria:\n        # Food safety[^\n]*\n        include: \[[^\]]*\]\n/, '').replace(/      indicators: \[[^\]]*\]\n/, '').replace(/      usage_performance:\n(        .*\n|          .*\n)+/, '');
    const lots = resolveLots(loadSpecText(text, 'alike.yaml'), catalog);
    expect(lots).toHaveLength(2);
    expect(lotsAlike(lots)).toBe(true);
  });

  it('reports a problem in a lot’s criteria where the lot writes it, and a shared one where the spec does', () => {
    const text = yaml.replace('        include: [catering-single-use-reduction, dietary-safety-service]', '        include: [catering-single-use-reduction, dietary-safty-service]');
    const loaded = loadSpecText(text, 'lot.yaml');
    const view = resolveLoadedLot(loaded, 2);
    let err: unknown;
    try {
      selectCriteria(view, catalog);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const d = (err as InputError).diagnostics[0]!;
    expect(d.code).toBe('unknown-criterion');
    expect(d.line).toBe(lineOf(text, 'dietary-safty-service'));
    expect(d.message).toContain('dietary-safety-service'); // did you mean
    // Lot 1 shares the spec's criteria: its selection is untouched by lot 2's mistake.
    expect(() => selectCriteria(resolveLoadedLot(loaded, 1), catalog)).not.toThrow();
    // A lot's own indicator is located in the lot; a shared one in usage_performance.
    const own = view.source.positionOf(['usage_performance', 4, 'label']);
    expect(own.line).toBe(lineOf(text, 'label: Part des familles et des professionnelles'));
    const shared = view.source.positionOf(['usage_performance', 2, 'id']);
    expect(shared.line).toBe(lineOf(text, '- id: gaspillage-par-repas'));
  });
});
