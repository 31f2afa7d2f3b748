import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { MODELS } from './check-text.js';
import { detect } from './detect.js';
import type { Task } from './features.js';
import { figures, toExample, type Figures } from './train.js';

/**
 * Scores a blind split of the real-text corpus with the shipped models (scripts/measure-blind.js prints it;
 * test/blind-v2.test.ts checks the README against it). Reads the corpus from the source tree: it is a measuring
 * tool, never part of the CLI.
 */
export interface BlindRow {
  readonly task: Task;
  readonly lang: 'fr' | 'en';
  readonly reported: Figures;
  readonly sure: Figures;
}

const TASKS: readonly Task[] = ['means-effects', 'general-capacity', 'local-preference'];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function blindFigures(split: 'blind' | 'blind-v2', root: string = ROOT): BlindRow[] {
  const rows: BlindRow[] = [];
  for (const task of TASKS) {
    const entries = (parse(readFileSync(join(root, 'test', 'fixtures', 'corpus', `${task}.${split}.yaml`), 'utf8')) as { entries: { id: string; text: string; lang: string; label: string }[] }).entries;
    const model = MODELS[task];
    for (const lang of ['fr', 'en'] as const) {
      const set = entries.filter((e) => e.lang === lang).map((e) => ({ ...toExample(task, e), p: detect(task, model, e.text).p }));
      rows.push({
        task,
        lang,
        reported: figures(set.map((e) => ({ y: e.y, flagged: e.p >= model.unsure }))),
        sure: figures(set.map((e) => ({ y: e.y, flagged: e.p >= model.sure }))),
      });
    }
  }
  return rows;
}
