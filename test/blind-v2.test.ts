// The blind split v2 (test/fixtures/corpus/*.blind-v2.yaml) was frozen before the classifier changes of its round
// and measured once, after the models were final (scripts/measure-blind.js). This test does not tune anything and
// sets no threshold to pass: it recomputes the figures with the shipped models and checks that they are exactly
// the ones recorded in the README's "Blind split v2" table, so a model or lexicon change cannot move them silently.
// A deliberate change of the models must re-measure and re-record the table (and say so: the split is then no
// longer blind for that change).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blindFigures } from '../src/lint/nlp/blind.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const ROW = /^\| (means-effects|general-capacity|local-preference) \| (fr|en) \| ([\d.]+) \| ([\d.]+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/;

function recorded(): Map<string, number[]> {
  const start = README.indexOf('<!-- blind-v2-figures -->');
  const end = README.indexOf('<!-- /blind-v2-figures -->');
  const rows = new Map<string, number[]>();
  if (start < 0 || end < start) return rows;
  for (const line of README.slice(start, end).split('\n')) {
    const m = ROW.exec(line.trim());
    if (m) rows.set(`${m[1]} ${m[2]}`, m.slice(3).map(Number));
  }
  return rows;
}

describe('blind split v2: the figures the README records', () => {
  const table = recorded();
  it('the README records one row per detector and language', () => {
    expect(table.size).toBe(6);
  });
  for (const row of blindFigures('blind-v2')) {
    it(`${row.task} ${row.lang}: precision, recall and counts as recorded`, () => {
      const r = row.reported;
      expect(table.get(`${row.task} ${row.lang}`)).toEqual([r.precision, r.recall, r.tp, r.fp, r.fn, r.n]);
    });
  }
});
