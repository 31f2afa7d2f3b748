#!/usr/bin/env node
// Measure the lint detectors ONCE per release on the BLIND split of the corpus (test/fixtures/corpus/*.blind.yaml),
// with the shipped models and thresholds, and print precision and recall per language. Never tune on what it shows:
// record the figures in the README ("How means and effects are told apart") with the date, and leave the models
// alone until the next release. Run after `npm run build`: node scripts/measure-blind.js
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { figures, toExample } from '../dist/lint/nlp/train.js';
import { detect } from '../dist/lint/nlp/detect.js';
import { MODELS } from '../dist/lint/nlp/check-text.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const task of ['means-effects', 'general-capacity', 'local-preference']) {
  const entries = parse(readFileSync(join(ROOT, 'test/fixtures/corpus', `${task}.blind.yaml`), 'utf8')).entries;
  const model = MODELS[task];
  for (const lang of ['fr', 'en']) {
    const set = entries.filter((e) => e.lang === lang).map((e) => ({ ...toExample(task, e), p: detect(task, model, e.text).p }));
    const reported = figures(set.map((e) => ({ y: e.y, flagged: e.p >= model.unsure })));
    const sure = figures(set.map((e) => ({ y: e.y, flagged: e.p >= model.sure })));
    console.log(JSON.stringify({ task, lang, reported, sure }));
  }
}
