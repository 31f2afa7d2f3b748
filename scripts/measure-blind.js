#!/usr/bin/env node
// Measure the lint detectors ONCE per release on a BLIND split of the corpus, with the shipped models and
// thresholds, and print precision and recall per detector and language. Never tune on what it shows: record the
// figures in the main README ("How means and effects are told apart") and leave the models alone until the next
// release. Run after `npm run build`:
//   node scripts/measure-blind.js            # the current blind split, v2 (test/fixtures/corpus/*.blind-v2.yaml)
//   node scripts/measure-blind.js --v1       # the first blind split (measured once in an earlier round: no longer blind)
// "reported" = a warning or an info (p ≥ unsure); "sure" = the rule's own severity (p ≥ sure). test/blind-v2.test.ts
// recomputes the reported figures and checks them against the README, so they cannot drift silently.
import { blindFigures } from '../dist/lint/nlp/blind.js';

const split = process.argv.includes('--v1') ? 'blind' : 'blind-v2';
for (const row of blindFigures(split)) console.log(JSON.stringify(row));
