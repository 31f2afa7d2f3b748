/**
 * A small logistic-regression model shipped as data: feature → weight, a bias, and the thresholds chosen on the
 * training split. Scoring is a sum over the features present, so it is fast and each decision can be explained by
 * the features that weighed most (the cue words and the object the clause bears on).
 */
export interface LinearModel {
  readonly task: string;
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
  /** Probability from which a text is reported as a warning or an error (the detector's sure cases). */
  readonly sure: number;
  /** Probability from which it is reported as an info (uncertain cases are never silent). */
  readonly unsure: number;
  /** How the model was trained: corpus files, split, hyper-parameters, cross-validated figures. */
  readonly trainedOn: Readonly<Record<string, unknown>>;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function score(model: LinearModel, features: ReadonlySet<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

/** The present features that pushed hardest towards the positive class, strongest first. */
export function reasons(model: LinearModel, features: ReadonlySet<string>, n = 3): string[] {
  return [...features]
    .map((f) => [f, model.weights[f] ?? 0] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([f]) => f);
}
