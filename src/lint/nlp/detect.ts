import { EXTRACTORS, type Span, type Task } from './features.js';
import { reasons, score, type LinearModel } from './model.js';

export interface Detection {
  /** Probability of the positive class (means; general capacity; local preference); 0 without evidence. */
  readonly p: number;
  /** 'sure' → the rule's severity; 'unsure' → info; 'none' → silent (no evidence, or the model says no). */
  readonly level: 'sure' | 'unsure' | 'none';
  /** The segment of the text that decided (a sentence or a clause of it). */
  readonly segment: string;
  readonly spans: readonly Span[];
  /** Features that pushed hardest towards the positive class. */
  readonly reasons: readonly string[];
}

/**
 * Split a long text into the clauses a reader would judge one by one (sentences, semicolons, dashes and numbered
 * items), so one mention of the assigned team does not exempt a sentence that also asks for the company's turnover.
 */
export function segments(text: string): string[] {
  const parts = text
    .split(/(?<=[.;!?])\s+|\s+[-–•]\s+|\s*;\s*|\s+(?=(?:\d+|[a-z])[).]\s)/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return parts.length > 1 ? [text, ...parts] : [text];
}

/** Score a text with a task's model: the highest-scoring segment speaks for the text. */
export function detect(task: Task, model: LinearModel, text: string): Detection {
  const extract = EXTRACTORS[task];
  let best: Detection = { p: 0, level: 'none', segment: text, spans: [], reasons: [] };
  for (const seg of task === 'means-effects' ? [text] : segments(text)) {
    const x = extract(seg, text);
    if (!x.evidence) continue;
    // A capacity owned by the firm in the same phrase is general capacity whatever else the text says (see
    // features.ts, cap-of-company): at least a sure finding.
    const p = task === 'general-capacity' && x.features.has('cap-of-company') ? Math.max(score(model, x.features), model.sure) : score(model, x.features);
    if (p > best.p) best = { p, level: p >= model.sure ? 'sure' : p >= model.unsure ? 'unsure' : 'none', segment: seg, spans: x.spans, reasons: reasons(model, x.features) };
  }
  return best;
}
