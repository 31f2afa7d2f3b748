#!/usr/bin/env node
// npm run demo:monitor — for each example spec: award → monitor init → monitor on three years of measurements.
// Outputs go to out/monitor/<example>/ (contract, measurement workbook, décompte DOCX/XLSX, committee report), or to
// <folder>/<example>/ with `node examples/monitor/demo.js <folder>` (.ci/run compares two Node versions' outputs so).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'efc-tender.js');
const run = (...args) => execFileSync(process.execPath, [bin, ...args], { stdio: 'inherit', cwd: root });

const examples = {
  'sicoval-waste': { bidder: 'Écotri SCIC', date: '2027-01-15', commitments: 'examples/monitor/sicoval-waste/engagements.csv', measures: [1, 2, 3].map((y) => `examples/monitor/sicoval-waste/mesures-A${y}.csv`) },
  'rural-mobility': { bidder: 'Mobilités du Val SCIC', date: '2027-01-04', measures: ['examples/monitor/rural-mobility/measures.csv'] },
  // Two lots are two contracts: the demo follows lot 1 (schools and holiday centre).
  'school-catering': { lot: 1, bidder: 'Cuisine commune de Belrieu', date: '2028-01-03', measures: ['examples/monitor/school-catering/mesures.csv'] },
};

for (const [name, e] of Object.entries(examples)) {
  const out = join(process.argv[2] ? resolve(process.argv[2]) : join(root, 'out', 'monitor'), name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const contract = join(out, `${name}-marche.yaml`);
  run('award', `examples/${name}.yaml`, '--bidder', e.bidder, '--date', e.date, ...(e.commitments ? ['--commitments', e.commitments] : []), ...(e.lot ? ['--lot', String(e.lot)] : []), '-o', contract);
  run('monitor', 'init', contract, '-o', join(out, `${name}-mesures.xlsx`));
  for (const year of [1, 2, 3]) run('monitor', contract, '--measures', ...e.measures, '--year', String(year), '-o', out, '--force');
}
