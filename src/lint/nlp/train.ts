import { createHash } from 'node:crypto';
import { EXTRACTORS, type Task } from './features.js';
import { sigmoid, type LinearModel } from './model.js';
import { detect } from './detect.js';

/**
 * Offline training of the lint classifiers (scripts/train-lint-models.js runs it on the corpus's dev split only;
 * corpus.test.ts re-runs the cross-validation). Full-batch gradient descent on a class-balanced, L2-regularised
 * logistic loss, a fixed number of epochs, no random numbers: the same corpus gives the same model, byte for byte.
 */
export interface Example {
  readonly id: string;
  readonly text: string;
  readonly lang: 'fr' | 'en';
  /** True for the class the detector reports (means or mixed; positive). */
  readonly y: boolean;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  /** Word features seen in fewer training texts than this are dropped (lexicon features are always kept). */
  readonly minDf: number;
}

export const TRAIN_OPTIONS: TrainOptions = { epochs: 400, rate: 0.5, l2: 0.002, minDf: 2 };

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function train(task: Task, examples: readonly Example[], opts: TrainOptions = TRAIN_OPTIONS): { bias: number; weights: Record<string, number> } {
  const extract = EXTRACTORS[task];
  const rows = examples.map((e) => [...extract(e.text).features]);
  const df = new Map<string, number>();
  for (const r of rows) for (const f of r) df.set(f, (df.get(f) ?? 0) + 1);
  const keep = (f: string): boolean => !/^[wb]:/.test(f) || (df.get(f) ?? 0) >= opts.minDf;
  const names = [...df.keys()].filter(keep).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const X = rows.map((r) => r.filter((f) => index.has(f)).map((f) => index.get(f)!));
  const pos = examples.filter((e) => e.y).length;
  const neg = examples.length - pos;
  // Balanced classes: without this the prior of the larger class would speak for a text with no evidence.
  const cw = examples.map((e) => (e.y ? examples.length / (2 * Math.max(pos, 1)) : examples.length / (2 * Math.max(neg, 1))));
  const w = new Float64Array(names.length);
  let b = 0;
  const n = examples.length;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const g = new Float64Array(names.length);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (const j of X[i]!) z += w[j]!;
      const err = (sigmoid(z) - (examples[i]!.y ? 1 : 0)) * cw[i]!;
      gb += err;
      for (const j of X[i]!) g[j]! += err;
    }
    for (let j = 0; j < names.length; j++) w[j] = w[j]! - opts.rate * (g[j]! / n + opts.l2 * w[j]!);
    b -= opts.rate * (gb / n);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    const v = round(w[j]!);
    if (Math.abs(v) >= 1e-3) weights[name] = v;
  });
  return { bias: round(b), weights };
}

/** Fold of an example for cross-validation: by hash of its id, so folds do not depend on file order. */
export const foldOf = (id: string, k: number): number => createHash('sha256').update(id).digest()[0]! % k;

export interface Figures {
  readonly n: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
}

export function figures(pairs: readonly { y: boolean; flagged: boolean }[]): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    if (p.flagged && p.y) tp++;
    else if (p.flagged) fp++;
    else if (p.y) fn++;
  }
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { n: pairs.length, tp, fp, fn, precision: r(tp + fp ? tp / (tp + fp) : 1), recall: r(tp + fn ? tp / (tp + fn) : 1) };
}

/** Out-of-fold probabilities: each example scored by a model trained on the other folds. */
export function crossValidate(task: Task, examples: readonly Example[], k = 5, opts: TrainOptions = TRAIN_OPTIONS): Map<string, number> {
  const out = new Map<string, number>();
  for (let fold = 0; fold < k; fold++) {
    const trainSet = examples.filter((e) => foldOf(e.id, k) !== fold);
    const testSet = examples.filter((e) => foldOf(e.id, k) === fold);
    const { bias, weights } = train(task, trainSet, opts);
    const model: LinearModel = { task, bias, weights, sure: 1, unsure: 1, trainedOn: {} };
    for (const e of testSet) out.set(e.id, detect(task, model, e.text).p);
  }
  return out;
}

/**
 * The thresholds: `unsure` is the lowest probability at which the out-of-fold precision stays ≥ `precisionFloor` in
 * each language (so what is reported, warning or info, is right at least that often); `sure` the lowest at which it
 * stays ≥ `surePrecision`.
 */
export function chooseThresholds(examples: readonly Example[], p: ReadonlyMap<string, number>, precisionFloor = 0.92, surePrecision = 0.97): { sure: number; unsure: number } {
  const candidates = [...new Set([...p.values()].map((x) => Math.round(x * 100) / 100))].filter((x) => x >= 0.3).sort((a, b) => a - b);
  // Each language with enough positives to measure (≥ 10), and the whole set.
  const groups = [examples, ...(['fr', 'en'] as const).map((lang) => examples.filter((e) => e.lang === lang)).filter((g) => g.filter((e) => e.y).length >= 10)];
  const ok = (t: number, floor: number): boolean =>
    groups.every((g) => {
      const f = figures(g.map((e) => ({ y: e.y, flagged: (p.get(e.id) ?? 0) >= t })));
      return f.tp + f.fp === 0 || f.precision >= floor;
    });
  // Never below 0.5: under it the model leans to "not a finding", and an info must still mean "more likely than not".
  const unsure = candidates.find((t) => t >= 0.5 && ok(t, precisionFloor)) ?? 0.5;
  const sure = candidates.find((t) => t >= unsure && ok(t, surePrecision)) ?? Math.max(unsure, 0.9);
  return { sure, unsure };
}

/** A corpus entry (test/fixtures/corpus/*.yaml) as a training example: the reported class is means or mixed; positive. */
export function toExample(task: Task, e: { id: string; text: string; lang: string; label: string }): Example {
  const y = task === 'means-effects' ? e.label === 'means' || e.label === 'mixed' : e.label === 'positive';
  return { id: e.id, text: e.text, lang: e.lang === 'en' ? 'en' : 'fr', y };
}
