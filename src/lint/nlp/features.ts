import { prepare, stems } from './tokens.js';
import { MEASURE, NEGATED, NOT_AN_ACTIVITY, NUMBER, PER_PERSON, RATE, OBJECTS, OBLIGATION, PAYS_OR_SCORES, PERCENT, YEAR, type ObjectClass } from './means-lexicon.js';
import { CAPACITY, CAPACITY_MASK, COMPANY, COMPANY_S, CAPACITY_LOOKALIKE, OF_COMPANY, SELECTION_STAGE, TEAM } from './capacity-lexicon.js';
import { BIDDER_PLACE, BIDDER_SIDE, FORBIDDEN, GEO, LAWFUL_PROXY, NOT_APPLYING, ORIGIN_MASK, SERVICE_SIDE } from './origin-lexicon.js';

export type Task = 'means-effects' | 'general-capacity' | 'local-preference';

/** A span found in the text: what the explanation of a finding quotes. */
export interface Span {
  readonly kind: string;
  readonly text: string;
  readonly at: number;
}

export interface Extracted {
  readonly features: Set<string>;
  readonly spans: Span[];
  /** Whether the text holds the minimum evidence for the detector to speak at all (a means, a capacity, a place). */
  readonly evidence: boolean;
}

const MEANS_CLASSES: readonly ObjectClass[] = ['resource', 'staff', 'activity', 'schedule', 'volume', 'input'];

function find(re: RegExp, t: string, kind: string, spans: Span[]): Span[] {
  const g = new RegExp(re.source, 'g');
  const out: Span[] = [];
  for (const m of t.matchAll(g)) {
    const s = { kind, text: m[0].trim(), at: m.index ?? 0 };
    out.push(s);
    spans.push(s);
  }
  return out;
}

/** Words and word pairs: what the model learns beyond the lexicons. */
function addWords(f: Set<string>, t: string): void {
  const s = stems(t);
  for (let i = 0; i < s.length; i++) {
    f.add(`w:${s[i]}`);
    if (i + 1 < s.length) f.add(`b:${s[i]}_${s[i + 1]}`);
  }
}

/** The first span of the given kinds after `from`, within `window` characters. */
const after = (spans: readonly Span[], kinds: readonly string[], from: number, window: number): Span | undefined =>
  spans.filter((s) => kinds.includes(s.kind) && s.at > from && s.at - from <= window).sort((a, b) => a.at - b.at)[0];

const near = (a: readonly Span[], b: readonly Span[], window: number): boolean => a.some((x) => b.some((y) => Math.abs(x.at - y.at) <= window));

export function meansFeatures(text: string): Extracted {
  const t = prepare(text).replace(NEGATED, ' ').replace(MEASURE, ' mesure ').replace(NOT_AN_ACTIVITY, (m) => ' '.repeat(m.length));
  const f = new Set<string>();
  const spans: Span[] = [];
  const hits: Partial<Record<ObjectClass, Span[]>> = {};
  for (const k of Object.keys(OBJECTS) as ObjectClass[]) {
    const found = find(OBJECTS[k], t, k, spans);
    if (found.length) {
      hits[k] = found;
      f.add(`c:${k}`);
      if (found.length >= 2) f.add(`c:${k}:2`);
    }
  }
  const obl = find(OBLIGATION, t, 'obligation', spans);
  const pay = find(PAYS_OR_SCORES, t, 'pays', spans);
  if (obl.length) f.add('obl');
  if (pay.length) f.add('pay');
  for (const cue of [...obl, ...pay]) {
    const obj = after(spans, [...MEANS_CLASSES, 'effect'], cue.at, 80);
    if (obj) f.add(`${cue.kind === 'obligation' ? 'obl' : 'pay'}>${obj.kind}`);
  }
  const pct = PERCENT.test(t);
  if (pct) f.add('pct');
  if (YEAR.test(t)) f.add('year');
  if (PER_PERSON.test(t)) f.add('per-person');
  if (RATE.test(t)) f.add('rate');
  if (pct && hits.effect) f.add('pct+effect');
  if (hits.effect && YEAR.test(t)) f.add('year+effect');
  const nums = find(NUMBER, t, 'number', []);
  for (const k of ['resource', 'staff', 'volume'] as const) if (hits[k] && near(nums, hits[k]!, 20)) f.add(`num+${k}`);
  const means = MEANS_CLASSES.filter((k) => hits[k]).length;
  f.add(`nmeans:${Math.min(means, 3)}`);
  addWords(f, t);
  // The detector speaks only when the clause names a means: that is the object its finding quotes.
  return { features: f, spans, evidence: means > 0 };
}

/** `context` is the whole text when `text` is one of its clauses: the stage it speaks of (selection) holds for every clause. */
export function capacityFeatures(text: string, context: string = text): Extracted {
  const raw = prepare(text);
  const f = new Set<string>();
  const spans: Span[] = [];
  // Staff turnover and insertion turnover are named, then masked: their capacity word is not a capacity.
  if (new RegExp(CAPACITY_MASK.source).test(raw)) f.add('masked');
  const t = raw.replace(CAPACITY_MASK, (m) => ' '.repeat(m.length));
  const cap = find(CAPACITY, t, 'capacity', spans);
  const co = find(COMPANY, t, 'company', spans);
  const team = find(TEAM, t, 'team', spans);
  const look = find(CAPACITY_LOOKALIKE, t, 'lookalike', spans);
  const sel = find(SELECTION_STAGE, context === text ? t : prepare(context), 'selection', []);
  if (cap.length) f.add('cap');
  if (cap.length >= 2) f.add('cap:2');
  if (co.length) f.add('company');
  if (team.length) f.add('team');
  if (look.length) f.add('lookalike');
  if (sel.length) f.add('selection');
  if (near(cap, co, 40)) f.add('cap~company');
  if (near(cap, team, 40)) f.add('cap~team');
  if (cap.length && !team.length) f.add('cap-no-team');
  // The capacity and its owner in one phrase ("chiffre d'affaires de l'entreprise", "the company's turnover"), not
  // followed by an assignment to the contract: the firm in general, whatever else the text says about the team.
  for (const c of cap) {
    const after = t.slice(c.at + c.text.length, c.at + c.text.length + 60);
    const before = t.slice(Math.max(0, c.at - 30), c.at);
    const owned = new RegExp(String.raw`^\s*(?:[\w'-]+ ){0,3}?${OF_COMPANY}`).exec(after) ?? new RegExp(String.raw`${COMPANY_S}\s+(?:[\w-]+ ){0,2}$`).exec(before);
    if (owned && !new RegExp(String.raw`^\s*(?:[\w'-]+ ){0,4}?(?:${TEAM.source.replace(/^\\b/, '')})`).test(after.slice(owned.index + owned[0].length))) f.add('cap-of-company');
  }
  for (const c of cap) f.add(`capword:${c.text.split(' ')[0]}`);
  addWords(f, t);
  // Capacity judged at the selection stage (candidatures, pass/fail minimum qualifications) is where it belongs: not a finding.
  return { features: f, spans, evidence: cap.length > 0 && sel.length === 0 };
}

export function originFeatures(text: string): Extracted {
  const t = prepare(text).replace(NOT_APPLYING, ' ').replace(FORBIDDEN, ' ').replace(ORIGIN_MASK, (m) => ' '.repeat(m.length));
  const f = new Set<string>();
  const spans: Span[] = [];
  const geo = find(GEO, t, 'geo', spans);
  const bidder = find(BIDDER_SIDE, t, 'bidder', spans);
  const service = find(SERVICE_SIDE, t, 'service', spans);
  const proxy = find(LAWFUL_PROXY, t, 'proxy', spans);
  if (geo.length) f.add('geo');
  if (bidder.length) f.add('bidder');
  if (service.length) f.add('service');
  if (proxy.length) f.add('proxy');
  if (near(geo, bidder, 40)) f.add('geo~bidder');
  if (near(geo, service, 40)) f.add('geo~service');
  if (geo.length && !service.length) f.add('geo-no-service');
  if (BIDDER_PLACE.test(t)) f.add('bidder-place');
  for (const g of geo) f.add(`geoword:${g.text.split(' ')[0]}`);
  addWords(f, t);
  return { features: f, spans, evidence: geo.length > 0 };
}

export const EXTRACTORS: Readonly<Record<Task, (text: string, context?: string) => Extracted>> = {
  'means-effects': meansFeatures,
  'general-capacity': capacityFeatures,
  'local-preference': originFeatures,
};
