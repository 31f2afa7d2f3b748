import { describe, expect, it } from 'vitest';
import { PseListSchema, checkPseLots, psesOf, resolvePse } from './pse.js';

const list = PseListSchema.parse([
  { title: 'Goûters', lots: [1] },
  { id: 'ateliers', title: 'Ateliers', required: false, per: 'once', scored: false },
]);

describe('PSE (prestations supplémentaires éventuelles)', () => {
  it('gives every field a default, so a title alone is a PSE, and codes them by rank', () => {
    expect(list[0]).toEqual({ title: 'Goûters', lots: [1], required: true, minimum_requirements: [], per: 'year', scored: true });
    expect(resolvePse(list).map((p) => [p.code, p.id, p.n])).toEqual([['PSE1', 'pse-1', 1], ['PSE2', 'ateliers', 2]]);
  });

  it('keeps a PSE’s code from one lot to another: lot 2 prices PSE2 only', () => {
    expect(resolvePse(list, 1).map((p) => p.code)).toEqual(['PSE1', 'PSE2']);
    expect(resolvePse(list, 2).map((p) => p.code)).toEqual(['PSE2']);
    // A lot's view keeps one lot in tender.lots; the whole tender with lots (or without) sees every PSE.
    expect(psesOf({ tender: { lots: [{ number: 2 }] }, consultation: { pse: list } }).map((p) => p.code)).toEqual(['PSE2']);
    expect(psesOf({ tender: { lots: [{ number: 1 }, { number: 2 }] }, consultation: { pse: list } }).map((p) => p.code)).toEqual(['PSE1', 'PSE2']);
  });

  it('refuses two PSE with the same id, and a lot the tender does not have, each where it is written', () => {
    const r = PseListSchema.safeParse([{ id: 'x', title: 'A' }, { id: 'x', title: 'B' }]);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path)).toEqual([[1, 'id']]);
    // "pse-2" written by hand collides with the second PSE's own default id.
    expect(PseListSchema.safeParse([{ id: 'pse-2', title: 'A' }, { title: 'B' }]).success).toBe(false);
    const found = checkPseLots({ tender: { lots: [{ number: 1 }, { number: 2 }] }, consultation: { pse: PseListSchema.parse([{ title: 'A', lots: [2, 3] }]) } }, (path) => ({ file: 'spec.yaml', line: path.length, col: 1 }));
    expect(found.map((d) => [d.code, d.path, d.line])).toEqual([['pse-unknown-lot', ['consultation', 'pse', 0, 'lots', 1], 5]]);
    expect(found[0]!.message).toMatch(/PSE1/u);
    // A tender without lots: any lot named is unknown.
    expect(checkPseLots({ tender: { lots: [] }, consultation: { pse: PseListSchema.parse([{ title: 'A', lots: [1] }]) } }, () => ({ file: 'spec.yaml', line: 1, col: 1 }))).toHaveLength(1);
  });
});
