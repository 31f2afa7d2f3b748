import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testGrid } from '../../test/fixtures/score/grid.js';
import { readConsensusCsv, readRegularityCsv } from './committee-csv.js';

const dir = mkdtempSync(join(tmpdir(), 'efc-committee-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('regularity CSV', () => {
  it('reads French or English headers and statuses, the regularisation and the price justification', () => {
    const f = file('reg.csv', 'soumissionnaire;statut;motif;régularisée;justification du prix\nX;régulière;;non;\nY;Irrégulière;Acte d’engagement non signé;;\nZ;regular;Attestation produite après demande;oui;acceptée\nW;inappropriate;Offre sans rapport avec le besoin;no;\n');
    const r = readRegularityCsv(f, 'fr');
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => [e.bidder, e.status, e.regularised, e.priceJustification ?? null])).toEqual([
      ['X', 'regular', false, null],
      ['Y', 'irregular', false, null],
      ['Z', 'regular', true, 'accepted'],
      ['W', 'inappropriate', false, null],
    ]);
  });
  it('lists every bad line at once: unknown status, missing reason, regularised yet irregular, duplicate', () => {
    const f = file('bad-reg.csv', 'bidder,status,reason,regularised,price_justification\nX,compliant,,,\nY,irregular,,,\nZ,irregular,Pièce manquante,yes,\nX,regular,,peut-être,\nV,regular,,,maybe\nV,regular,,,\n');
    const r = readRegularityCsv(f, 'en');
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['regularity-status', 2],
      ['regularity-no-reason', 3],
      ['regularity-regularised-status', 4],
      ['regularity-regularised', 5],
      ['regularity-price-justification', 6],
    ]);
    const dup = readRegularityCsv(file('dup.csv', 'bidder,status\nX,regular\nX,regular\n'), 'en');
    expect(dup.problems.map((p) => [p.code, p.line])).toEqual([['regularity-duplicate', 3]]);
  });
  it('an empty file, a header alone or a missing status column is an error', () => {
    expect(readRegularityCsv(file('e.csv', ''), 'en').problems.map((p) => p.code)).toEqual(['committee-file-empty']);
    expect(readRegularityCsv(file('h.csv', 'bidder,status,reason\n'), 'en').problems.map((p) => p.code)).toEqual(['committee-file-header-only']);
    expect(readRegularityCsv(file('c.csv', 'bidder,reason\nX,ok\n'), 'en').problems.map((p) => p.code)).toEqual(['regularity-header']);
  });
});

describe('consensus CSV', () => {
  const grid = testGrid();
  it('reads whole marks of the scale, sub-criteria by id or number, and the members who agreed', () => {
    const f = file('cons.csv', 'bidder,criterion,mark,agreed_by,assessment\nX,a1,4,"E1; E2",Cibles chiffrées sur cinq indicateurs.\nX,1.2,2,E1 et E2,Méthode de mesure absente.\n');
    const r = readConsensusCsv(f, grid, 'fr');
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => [e.bidder, e.criterion, e.mark, e.agreedBy])).toEqual([
      ['X', 'a1', 4, ['E1', 'E2']],
      ['X', 'a2', 2, ['E1', 'E2']],
    ]);
  });
  it('refuses a mark that is not a whole mark of the scale, an empty agreement or assessment, an unknown sub-criterion, a duplicate', () => {
    const f = file('bad-cons.csv', 'bidder,criterion,mark,agreed_by,assessment\nX,a1,2.5,E1,Texte.\nX,a2,3,,Texte.\nX,b1,3,E1,\nX,zz,3,E1,Texte.\nY,a1,6,E1,Texte.\nY,a2,1,E1,Texte.\nY,1.2,1,E1,Texte.\n');
    expect(readConsensusCsv(f, grid, 'en').problems.map((p) => [p.code, p.line])).toEqual([
      ['consensus-mark', 2],
      ['consensus-no-agreement', 3],
      ['consensus-no-assessment', 4],
      ['unknown-criterion', 5],
      ['consensus-mark', 6],
      ['consensus-duplicate', 8],
    ]);
  });
});
