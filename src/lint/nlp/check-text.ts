import type { Lang, LText } from '../../model/common.js';
import type { LifeFunction } from '../../model/functions.js';
import { bilingualFilled, type MessageKey } from '../../wording/catalog.js';
import { generalCapacityModel } from '../models/general-capacity.js';
import { localPreferenceModel } from '../models/local-preference.js';
import { meansEffectsModel } from '../models/means-effects.js';
import { detect, type Detection } from './detect.js';
import type { Span, Task } from './features.js';
import type { LinearModel } from './model.js';
import type { ObjectClass } from './means-lexicon.js';

/**
 * The three text detectors — means instead of effects, general capacity of the firm, local preference — on one
 * text, as pure data. The lint rules call it on every text the documents publish; the interview calls it on what
 * the buyer types (`checkBuyerText`). No I/O, no clock, no network: the models are data (src/lint/models/).
 */

export const MODELS: Readonly<Record<Task, LinearModel>> = {
  'means-effects': meansEffectsModel,
  'general-capacity': generalCapacityModel,
  'local-preference': localPreferenceModel,
};

/** Where a text sits decides which detectors apply to it. */
export type TextRole =
  /** What an award criterion judges (label, question, evidence, levels): all three detectors. */
  | 'criterion'
  /** What the contract requires or pays (object, lots, stakes, effects, indicators, remuneration…): means and local preference. */
  | 'requirement'
  /** A component of the integrated solution: means by nature, so only local preference applies. */
  | 'component'
  /** Award rule outside the criteria (tie-break): general capacity and local preference. */
  | 'award-rule';

const TASKS_BY_ROLE: Readonly<Record<TextRole, readonly Task[]>> = {
  criterion: ['means-effects', 'general-capacity', 'local-preference'],
  requirement: ['means-effects', 'local-preference'],
  component: ['local-preference'],
  'award-rule': ['general-capacity', 'local-preference'],
};

export interface TextFinding {
  readonly rule: 'efc/means-not-effects' | 'legal/general-capacity' | 'legal/local-preference';
  /** 'sure' → the rule's own severity; 'unsure' → info. */
  readonly level: 'sure' | 'unsure';
  readonly p: number;
  /** The sentence or clause that decided. */
  readonly excerpt: string;
  /** Why: the cue (obligation, scoring or payment word; who is judged) and the object it bears on. */
  readonly cue: string;
  readonly object: string;
  /** Means: resource, staff, activity, schedule, volume or input. Capacity and origin: the kind of object found. */
  readonly kind: string;
  /** What to write instead, in both languages, with an example from the life function when there is one. */
  readonly rewrite: LText;
}

export interface CheckTextOptions {
  readonly lang: Lang;
  /** The spec's life function, for an example of effect to contract on. */
  readonly lifeFunction?: LifeFunction;
  /** Where the text sits (default: criterion, the strictest). */
  readonly role?: TextRole;
  /** Name of the field, for the interview's messages (not used to decide). */
  readonly field?: string;
}

/** Sentences of a long text: each is judged on its own, the first finding per detector speaks. */
export const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.;!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

const RULE_OF: Readonly<Record<Task, TextFinding['rule']>> = {
  'means-effects': 'efc/means-not-effects',
  'general-capacity': 'legal/general-capacity',
  'local-preference': 'legal/local-preference',
};

const MEANS_KINDS: readonly ObjectClass[] = ['resource', 'staff', 'activity', 'schedule', 'volume', 'input'];

const first = (spans: readonly Span[], kinds: readonly string[], after = -1): Span | undefined =>
  spans.filter((s) => kinds.includes(s.kind) && s.at > after).sort((a, b) => a.at - b.at || b.text.length - a.text.length)[0];

/** The cue and the object of a detection, as the excerpt spells them (spans are found on the prepared text). */
function explain(task: Task, d: Detection): { cue: string; object: string; kind: string } {
  if (task === 'means-effects') {
    const cue = first(d.spans, ['obligation']) ?? first(d.spans, ['pays']);
    const obj = first(d.spans, MEANS_KINDS, cue?.at ?? -1) ?? first(d.spans, MEANS_KINDS);
    return { cue: cue?.text ?? '', object: obj?.text ?? '', kind: obj?.kind ?? 'activity' };
  }
  if (task === 'general-capacity') {
    const what = first(d.spans, ['capacity']);
    const who = first(d.spans, ['company']);
    return { cue: who?.text ?? '', object: what?.text ?? '', kind: 'capacity' };
  }
  const what = first(d.spans, ['geo']);
  const who = first(d.spans, ['bidder']);
  return { cue: who?.text ?? '', object: what?.text ?? '', kind: 'origin' };
}

/** Which field of useful effects a means is best replaced by, to pick the life function's example indicator. */
const FIELD_FOR_KIND: Readonly<Record<string, 'social' | 'ecology' | 'economy'>> = {
  resource: 'ecology',
  staff: 'social',
  activity: 'ecology',
  schedule: 'social',
  volume: 'ecology',
  input: 'social',
};

/** An indicator of the life function to show as an example of effect, in the field that fits the means found. */
export function exampleIndicator(fn: LifeFunction | undefined, kind: string): LText | undefined {
  if (!fn || fn.indicators.length === 0) return undefined;
  const field = FIELD_FOR_KIND[kind];
  return (fn.indicators.find((i) => i.field === field) ?? fn.indicators[0]!).label;
}

/** What to write instead of a finding of `task` on `kind`, in both languages. */
export function rewrite(task: Task, kind: string, fn: LifeFunction | undefined): LText {
  if (task !== 'means-effects') return bilingualFilled(`lint.text.${task}.rewrite` as MessageKey, {});
  const example = exampleIndicator(fn, kind);
  if (!example) return bilingualFilled(`lint.text.means.rewrite.${kind}` as MessageKey, {});
  const fr = bilingualFilled(`lint.text.means.rewrite.${kind}.example` as MessageKey, { example: example.fr, function: fn!.label.fr }).fr;
  const en = bilingualFilled(`lint.text.means.rewrite.${kind}.example` as MessageKey, { example: example.en, function: fn!.label.en }).en;
  return { fr, en };
}

/** Whether a detection outside criteria prescribes, pays, schedules or counts its means. */
const COUNTS_OR_REQUIRES = /\b(?:nombre d|number of|combien|how many|comprendr\w*|comporter\w*|servir\w*|fourni\w*|includ\w*|provid\w*)/i;
const prescribes = (cue: string, d: Detection): boolean => Boolean(cue) || d.spans.some((x) => x.kind === 'schedule') || /\d/.test(d.segment) || COUNTS_OR_REQUIRES.test(d.segment);

/** A clause that informs people (families informed of the origin of products). */
const INFORMING = /\b(?:inform\S*|renseign\S*) (?:de|des|du|sur|aux?|about|of|on)\b[^.;]*/gi;

/** Library criteria come back in every spec of a batch: detections are memoised per detector and text (bounded). */
const MEMO = new Map<string, Detection>();
const MEMO_MAX = 20_000;
function detectMemo(task: Task, text: string): Detection {
  const key = `${task}\u0000${text}`;
  let d = MEMO.get(key);
  if (!d) {
    if (MEMO.size >= MEMO_MAX) MEMO.clear();
    d = detect(task, MODELS[task], text);
    MEMO.set(key, d);
  }
  return d;
}

/** Run the detectors that apply to a text's role; at most one finding per detector (the first sentence that speaks). */
export function checkText(text: string, opts: CheckTextOptions): TextFinding[] {
  const out: TextFinding[] = [];
  for (const task of TASKS_BY_ROLE[opts.role ?? 'criterion']) {
    // Informing people of an origin (families told where products come from) favours no one: that clause is not read.
    const read = task === 'local-preference' ? text.replace(INFORMING, ' ') : text;
    for (const s of task === 'means-effects' ? sentences(read) : [read]) {
      const d = detectMemo(task, s);
      if (d.level === 'none') continue;
      const why = explain(task, d);
      // Outside criteria, a means is reported only when the text prescribes or pays for it (an obligation or payment
      // cue), sets a schedule, or counts it: a stake or an effect that merely names a resource is not a prescription.
      if (task === 'means-effects' && opts.role !== 'criterion' && !prescribes(why.cue, d)) continue;
      out.push({ rule: RULE_OF[task], level: d.level, p: Math.round(d.p * 1000) / 1000, excerpt: d.segment.trim(), ...why, rewrite: rewrite(task, why.kind, opts.lifeFunction) });
      break;
    }
  }
  return out;
}

/**
 * For the interview (issue 16, item 5): check one text the buyer has just typed — an effect, a stake, a criterion —
 * and return the findings at once, each with why (cue and object) and a suggested rewording in `lang`. Pure: same
 * text and options, same findings. `field` names the question being answered; `role` defaults from it (an effect
 * or a stake is a requirement; a criterion's wording is a criterion).
 */
export function checkBuyerText(
  text: string,
  opts: { lang: Lang; lifeFunction?: LifeFunction; field?: string; role?: TextRole },
): (TextFinding & { severity: 'error' | 'warning' | 'info'; message: string; hint: string })[] {
  const role = opts.role ?? roleOfField(opts.field);
  return checkText(text, { ...opts, role }).map((f) => {
    const severity = f.level === 'unsure' ? 'info' : f.rule === 'efc/means-not-effects' ? 'warning' : 'error';
    const key = `lint.text.${f.rule === 'efc/means-not-effects' ? 'means' : f.rule === 'legal/general-capacity' ? 'general-capacity' : 'local-preference'}.found` as MessageKey;
    const message = bilingualFilled(key, {
      text: clip(f.excerpt),
      cue: f.cue || '—',
      object: f.object || '—',
      kind: kindWord(f.kind, opts.lang),
    })[opts.lang];
    return { ...f, severity, message, hint: f.rewrite[opts.lang] };
  });
}

/** The role of an interview field: criteria fields are judged; anything else states what the contract requires. */
export function roleOfField(field: string | undefined): TextRole {
  if (!field) return 'requirement';
  if (/criteri|question|evidence|level/.test(field)) return 'criterion';
  if (/tie_break|tie-break/.test(field)) return 'award-rule';
  if (/component/.test(field)) return 'component';
  return 'requirement';
}

export const clip = (s: string): string => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

/** The kind of means in words ("une ressource", "a schedule"), from the catalog. */
export const kindWord = (kind: string, lang: Lang): string => bilingualFilled(`lint.text.kind.${kind}` as MessageKey, {})[lang];

/** A hint followed, in brackets, by another (where a library criterion is written), language by language. */
export function appendHint(hint: LText, more: LText | undefined): LText {
  if (!more) return hint;
  const join = (lang: Lang): string => `${hint[lang]} (${more[lang]})`;
  return { fr: join('fr'), en: join('en') };
}
