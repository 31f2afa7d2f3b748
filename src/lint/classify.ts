import { CUES, type Cue, type MeansTopic } from './lexicon.js';
import { stripAccents } from '../util/text.js';

export type MeansEffectsLabel = 'means' | 'effects' | 'neutral';

export interface Classification {
  readonly label: MeansEffectsLabel;
  readonly means: number;
  readonly effects: number;
  /** The means topic with the most evidence, for suggesting an effect instead. */
  readonly topic?: MeansTopic;
  readonly cues: readonly { kind: Cue['kind']; match: string; w: number }[];
}

/** Minimum means evidence before calling a phrase "means": one resource noun alone is not enough. */
export const MEANS_THRESHOLD = 3;

/** From a negating connective to the end of the clause. */
const NEGATED = /\b(?:et non|mais non|non pas|plutot que|au lieu de|sans imposer|rather than|instead of|and not|but not|not on)\b[^.;:!?]*/g;

/** Lower case, no accents, œ → oe, straight apostrophes, digit groups joined ("450 000" → "450000"). */
export function normalise(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/(\d)[ ,](?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Classify a phrase as describing means (what the provider deploys) or effects (what changes for people and the
 * territory). Each cue counts once per phrase; "means" needs MEANS_THRESHOLD evidence and must beat the effects
 * evidence, so a doubtful phrase is "neutral" and the lint stays quiet (precision matters more than recall here:
 * a false alarm teaches buyers to ignore the rule).
 */
export function classify(phrase: string): Classification {
  // Structural signal: means named only to be ruled out ("payé sur les résultats, et non sur les tonnages") are not prescribed.
  const t = normalise(phrase).replace(NEGATED, ' ');
  let means = 0;
  let effects = 0;
  const byTopic = new Map<MeansTopic, number>();
  const cues: { kind: Cue['kind']; match: string; w: number }[] = [];
  for (const cue of CUES) {
    const hit = cue.re.exec(t);
    if (!hit) continue;
    cues.push({ kind: cue.kind, match: hit[0], w: cue.w });
    if (cue.kind === 'means') {
      means += cue.w;
      if (cue.topic) byTopic.set(cue.topic, (byTopic.get(cue.topic) ?? 0) + cue.w);
    } else effects += cue.w;
  }
  const label: MeansEffectsLabel = means >= MEANS_THRESHOLD && means > effects ? 'means' : effects > 0 && effects >= means ? 'effects' : 'neutral';
  // A specific topic (fleet, staff…) says more than the generic "provision"; fall back to it only when alone.
  const ranked = [...byTopic].sort((a, b) => (a[0] === 'provision' ? 1 : 0) - (b[0] === 'provision' ? 1 : 0) || b[1] - a[1]);
  return { label, means, effects, topic: ranked[0]?.[0], cues };
}

/** Long texts (an object clause, a description) are judged sentence by sentence: the first "means" sentence, if any. */
export function findMeansSentence(text: string): { sentence: string; c: Classification } | undefined {
  for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
    const c = classify(sentence);
    if (c.label === 'means') return { sentence: sentence.trim(), c };
  }
  return undefined;
}
