import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommitments } from '../award/commitments.js';
import { InputError } from '../model/errors.js';
import { eurosText } from '../pay/index.js';
import { renderDocx } from '../render/docx/index.js';
import { loadDocumentWords } from '../wording/overrides.js';
import { awardInTmp, demoResult, ROOT } from '../../test/helpers/monitor.js';
import { computeMonitor, monitorJson } from './compute.js';
import { loadContract } from './contract.js';
import { buildDecompteXlsx } from './decompte-workbook.js';
import { readMeasurements } from './measurements.js';
import { composeCommitteeReport } from './report-document.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'efc-monitor-unit-'));
const HEAD = 'Indicateur;Période;Valeur;Unité;Statut\n';

async function sicoval() {
  const file = await awardInTmp('examples/sicoval-waste.yaml');
  return loadContract(file, 'fr');
}

describe('measurements: every problem at once, each at its cell', () => {
  it('unknown indicator, period outside or of the wrong kind, wrong unit, unknown status, missing value', async () => {
    const lc = await sicoval();
    const f = join(tmp(), 'm.csv');
    writeFileSync(
      f,
      HEAD +
        'omr-par-habitan;A1;176,9;kg/hab/an;ok\n' + // line 2: misspelt id
        'omr-par-habitant;A7;170;kg/hab/an;ok\n' + // line 3: the contract has 6 years
        'refus-tri-collectif;A1;24;%;ok\n' + // line 4: measured per quarter
        'satisfaction-usagers;A1;75;points;ok\n' + // line 5: unit
        'reemploi-encombrants;A1;7;%;peut-être\n' + // line 6: status
        'dma-par-habitant;A1;;kg/hab/an;ok\n', // line 7: no value
    );
    const r = await readMeasurements([f], lc.spec.spec.usage_performance, lc.pay, 'fr');
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['monitor/unknown-indicator', 2],
      ['monitor/period-outside', 3],
      ['monitor/period-kind', 4],
      ['monitor/unit-wrong', 5],
      ['monitor/status-invalid', 6],
      ['monitor/value-missing', 7],
    ]);
    expect(r.problems[0]!.hint).toContain('omr-par-habitant');
    // The column of the cell: "omr-par-habitant;" is 17 characters, so the period starts at column 18.
    expect(r.problems[1]!.col).toBe(18);
  });

  it('a duplicate across two files names where the first one was read', async () => {
    const lc = await sicoval();
    const d = tmp();
    writeFileSync(join(d, 'a.csv'), HEAD + 'omr-par-habitant;A1;176,9;kg/hab/an;ok\n');
    writeFileSync(join(d, 'b.csv'), HEAD + 'omr-par-habitant;Y1;177;kg/hab/an;ok\n');
    const r = await readMeasurements([join(d, 'a.csv'), join(d, 'b.csv')], lc.spec.spec.usage_performance, lc.pay, 'fr');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'monitor/duplicate', file: join(d, 'b.csv'), line: 2 });
    expect(r.problems[0]!.message).toContain(`${join(d, 'a.csv')}:2`);
  });

  it('reads a Windows-1252 file with French numbers and statuses', async () => {
    const r = await demoResult('school-catering', { year: 2 });
    const m = r.measurements.find((x) => x.indicator === 'gaspillage-par-repas' && x.period === 'Y2')!;
    expect(m).toMatchObject({ value: 80.5, quality: 'contested' });
    expect(m.comment).toContain('sortie scolaire');
  });
});

describe('pay from the measurements', () => {
  it('a contested value earns nothing until settled, and the report counts it', async () => {
    const r = await demoResult('sicoval-waste', { year: 2 });
    const refus = r.years[1]!.settlement.indicators.find((i) => i.id === 'refus-tri-collectif')!;
    expect(refus.periods.find((p) => p.period === 'Y2-Q3')).toMatchObject({ status: 'contested', amountCents: 0 });
    expect(r.quality.counts.contested).toBe(1);
    expect(r.quality.counts.late).toBe(1);
  });

  it('a recorded review-clause amendment re-bases the baseline from its year on, never before', async () => {
    const amendments = [{ date: '2029-12-15', reason: 'Adhésion de la commune de Montbrun (2 700 habitants) au 1er janvier 2029', indicator: 'dma-par-habitant', from_year: 3, baseline: 575 }];
    const before = await demoResult('sicoval-waste', { year: 3 });
    const after = await demoResult('sicoval-waste', { year: 3, extra: { amendments } });
    // Years 1 and 2 are settled as they were.
    expect(after.years.slice(0, 2).map((y) => y.settlement.totalCents)).toEqual(before.years.slice(0, 2).map((y) => y.settlement.totalCents));
    // Year 3: 575 − 552 = 23 kg × 12 000 € = 276 000 €, half to the contractor, instead of (560 − 552) × 12 000 / 2.
    expect(eurosText(before.years[2]!.settlement.gainSharingCents)).toBe('48000.00');
    expect(eurosText(after.years[2]!.settlement.gainSharingCents)).toBe('138000.00');
    expect(after.years[2]!.amendments).toHaveLength(1);
  });

  it('the JSON gives every year, its steps and the cumulated amount', async () => {
    const r = await demoResult('rural-mobility');
    const j = monitorJson(r) as { years: { total_cents: number; steps: unknown[] }[]; cumulated_eur: string; rounding: string };
    expect(j.years).toHaveLength(3);
    expect(j.rounding).toBe('cent-half-away-from-zero');
    expect(j.years.every((y) => y.steps.length > 0)).toBe(true);
    expect(j.cumulated_eur).toBe(eurosText(j.years.reduce((s, y) => s + y.total_cents, 0)));
  });

  it('refuses a year outside the contract', async () => {
    const lc = await sicoval();
    expect(() => computeMonitor(lc, [], 'fr', 9)).toThrow(InputError);
  });
});

describe('contract', () => {
  it('notices a spec edited after award', async () => {
    const d = tmp();
    const spec = join(d, 'spec.yaml');
    writeFileSync(spec, readFileSync(join(ROOT, 'examples/sicoval-waste.yaml')));
    const { buildContract, contractYaml } = await import('../award/award.js');
    const { loadSpec } = await import('../load/spec.js');
    const { specPay } = await import('./contract.js');
    const loaded = loadSpec(spec);
    const { contract } = buildContract({ spec: loaded.spec, pay: specPay(loaded), specBytes: readFileSync(spec), specPath: 'spec.yaml', bidder: 'X', awardDate: '2027-01-15', lang: 'fr' });
    writeFileSync(join(d, 'c.yaml'), contractYaml(contract!, 'fr'));
    appendFileSync(spec, '# edited\n');
    try {
      loadContract(join(d, 'c.yaml'), 'fr');
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).diagnostics.map((x) => x.code)).toEqual(['monitor/spec-changed']);
      expect((e as InputError).diagnostics[0]!.line).toBeGreaterThan(1);
    }
  });

  it('reads the commitments table with located errors', async () => {
    const lc = await sicoval();
    const f = join(tmp(), 'e.csv');
    writeFileSync(f, 'Indicateur;Année;Engagement\nreemploi-encombrants;A1;7,5\nreemploi-encombrants;A1;7,6\nreemploi-encombrant;A2;9\nreemploi-encombrants;A9;9\n');
    const r = await readCommitments(f, lc.pay, new Map(), 'fr');
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['award/duplicate', 3],
      ['award/unknown-indicator', 4],
      ['award/year-outside', 5],
    ]);
    expect(r.commitments.get('reemploi-encombrants')![0]).toBe(7.5);
  });
});

describe('deterministic outputs', () => {
  it('the same inputs give the same bytes (report with its charts, décompte workbook)', async () => {
    const r = await demoResult('sicoval-waste');
    const words = loadDocumentWords('fr');
    const a = await renderDocx(composeCommitteeReport(r, words));
    const b = await renderDocx(composeCommitteeReport(r, words));
    expect(Buffer.compare(a, b)).toBe(0);
    const x = await buildDecompteXlsx(r, words);
    const y = await buildDecompteXlsx(r, words);
    expect(Buffer.compare(x.bytes, y.bytes)).toBe(0);
  });
});
