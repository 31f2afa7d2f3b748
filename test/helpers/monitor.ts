import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildContract, contractYaml } from '../../src/award/award.js';
import { readCommitments } from '../../src/award/commitments.js';
import type { Lang } from '../../src/model/common.js';
import { loadSpec } from '../../src/load/spec.js';
import { computeMonitor, type MonitorResult } from '../../src/monitor/compute.js';
import { loadContract, lotView, specPay } from '../../src/monitor/contract.js';
import { readMeasurements } from '../../src/monitor/measurements.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXAMPLES = join(ROOT, 'examples', 'monitor');

/** The demo's three examples: spec, commitments (optional) and measurement files. */
export const DEMOS = {
  'sicoval-waste': { spec: 'examples/sicoval-waste.yaml', commitments: 'examples/monitor/sicoval-waste/engagements.csv', measures: [1, 2, 3].map((y) => `examples/monitor/sicoval-waste/mesures-A${y}.csv`) },
  'rural-mobility': { spec: 'examples/rural-mobility.yaml', measures: ['examples/monitor/rural-mobility/measures.csv'] },
  // Two lots, two contracts: the demo follows lot 1 (schools and holiday centre).
  'school-catering': { spec: 'examples/school-catering.yaml', lot: 1, measures: ['examples/monitor/school-catering/mesures.csv'] },
} as const;

/**
 * Award a spec into a temporary folder (as `award` does, hash included) and return the contract's path; `extra`
 * merges fields into the contract (events, amendments), as a buyer records them by hand.
 */
export async function awardInTmp(specRel: string, opts: { commitments?: string; extra?: Record<string, unknown>; lang?: Lang; lot?: number } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'efc-monitor-'));
  const specFile = join(ROOT, specRel);
  const view = lotView(loadSpec(specFile), opts.lot, 'fr');
  if ('problem' in view) throw new Error(view.problem.message);
  const loaded = view.loaded;
  const pay = specPay(loaded);
  const lang = opts.lang ?? loaded.spec.language;
  const read = opts.commitments ? await readCommitments(join(ROOT, opts.commitments), pay, new Map(loaded.spec.usage_performance.map((i) => [i.id, i.label])), lang) : undefined;
  if (read?.problems.length) throw new Error(JSON.stringify(read.problems));
  const { contract } = buildContract({ spec: loaded.spec, pay, specBytes: readFileSync(specFile), specPath: relative(dir, specFile), bidder: 'Titulaire SCIC', awardDate: '2027-01-15', ...(opts.lot !== undefined ? { lot: opts.lot } : {}), ...(read ? { commitments: read.commitments } : {}), lang });
  const file = join(dir, 'contract.yaml');
  const text = contractYaml(contract!, lang);
  writeFileSync(file, opts.extra ? stringify({ ...(parse(text) as object), ...opts.extra }) : text);
  return file;
}

export async function demoResult(name: keyof typeof DEMOS, opts: { year?: number; extra?: Record<string, unknown> } = {}): Promise<MonitorResult> {
  const d = DEMOS[name];
  const file = await awardInTmp(d.spec, { ...('lot' in d ? { lot: d.lot } : {}), ...('commitments' in d ? { commitments: d.commitments } : {}), ...(opts.extra ? { extra: opts.extra } : {}) });
  const lc = loadContract(file, 'fr');
  const read = await readMeasurements(d.measures.map((m) => join(ROOT, m)), lc.spec.spec.usage_performance, lc.pay, lc.spec.spec.language);
  if (read.problems.length) throw new Error(JSON.stringify(read.problems, null, 2));
  return computeMonitor(lc, read.measurements, lc.spec.spec.language, opts.year);
}
