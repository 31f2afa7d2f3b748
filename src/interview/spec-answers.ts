import { Document, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import type { Catalog } from '../load/catalog.js';
import type { Lang } from '../model/common.js';
import type { Spec } from '../model/spec.js';
import { loadSpecText } from '../load/spec.js';
import { DERIVED_PATHS, specInput } from './build.js';
import { candidateCriteria } from './questions/criteria.js';
import { QUESTIONS } from './questions/index.js';
import type { Answers } from './types.js';
import { specField } from './validate.js';

/**
 * Reopening a finished spec: its answers read back (every question answered, so the interview goes straight to the
 * review screen), and the answers written back into the buyer's own YAML document. Only the values that changed are
 * touched, through the yaml library's Document API, so comments, key order and keys the interview does not know
 * (the DCE blocks, pay schedules, custom criteria…) survive an edit.
 */

type Path = (string | number)[];

function getPath(obj: unknown, path: string): unknown {
  let o = obj;
  for (const k of path.split('.')) {
    if (o === null || typeof o !== 'object') return undefined;
    o = (o as Record<string, unknown>)[k];
  }
  return o;
}

/** Whether a question's id names a field of the spec (its answer is written there). */
const isSpecPath = (id: string): boolean => {
  try {
    specField(id);
    return true;
  } catch {
    return false;
  }
};

/** Every question's answer as the spec gives it (null when the spec leaves it empty: answered, not asked). */
export function specToAnswers(spec: Spec, catalog: Catalog): Answers {
  const answers: Answers = {};
  for (const q of QUESTIONS) {
    const v = q.fromSpec ? q.fromSpec(spec, catalog) : isSpecPath(q.id) ? getPath(spec, q.id) : undefined;
    answers[q.id] = v === undefined ? null : structuredClone(v);
  }
  // Sub-criteria retained: the defaults of the chosen libraries, minus the excluded, plus the included.
  const candidates = candidateCriteria(catalog, answers);
  const exclude = new Set(spec.criteria.exclude);
  answers['criteria.retained'] = [
    ...candidates.filter((c) => (c.default && !exclude.has(c.id)) || spec.criteria.include.includes(c.id)).map((c) => c.id),
    ...spec.criteria.include.filter((id) => catalog.criteria.has(id) && !candidates.some((c) => c.id === id)),
  ];
  return answers;
}

const plain = (n: unknown): unknown => (isNode(n) ? n.toJSON() : n);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * What an edit does to the document: scalar values replaced in place (spliced into the original text, so nothing
 * else moves) or, when keys or items come and go, a structural change (the document is then written out anew,
 * comments and key order kept by the yaml library).
 */
interface Changes {
  readonly splices: { start: number; end: number; value: unknown }[];
  structural: boolean;
}

/** Set `value` at `path`, changing only what differs, so untouched nodes keep their comments and style. */
function mergeAt(doc: Document, path: Path, value: unknown, changes: Changes): void {
  const node = doc.getIn(path, true);
  if (same(plain(node), value)) return;
  // An empty list the file does not write is the schema's default already: adding it would only add noise.
  if (node === undefined && Array.isArray(value) && value.length === 0) return;
  if (isObject(value) && isMap(node)) {
    for (const pair of [...node.items]) {
      const key = plain(pair.key) as string;
      if (!(key in value)) {
        doc.deleteIn([...path, key]);
        changes.structural = true;
      }
    }
    for (const [k, v] of Object.entries(value)) if (v !== undefined) mergeAt(doc, [...path, k], v, changes);
    return;
  }
  if (Array.isArray(value) && isSeq(node)) {
    const common = Math.min(node.items.length, value.length);
    for (let i = 0; i < common; i++) mergeAt(doc, [...path, i], value[i], changes);
    for (let i = node.items.length - 1; i >= value.length; i--) node.delete(i);
    for (let i = common; i < value.length; i++) node.add(doc.createNode(value[i]));
    if (node.items.length !== common || value.length !== common) changes.structural = true;
    return;
  }
  if (isScalar(node) && node.range && (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')) {
    changes.splices.push({ start: node.range[0], end: node.range[1], value });
  } else {
    changes.structural = true;
  }
  doc.setIn(path, doc.createNode(value));
}

/** A scalar as YAML text on one line (quoted when it must be). */
const scalarText = (v: unknown): string => new Document(v).toString({ lineWidth: 0 }).trimEnd();

/** Lists whose order means nothing (ids of sub-criteria to include or exclude). */
const SETS: ReadonlySet<string> = new Set(['criteria.include', 'criteria.exclude']);

/** The spec paths the interview owns: its questions' fields and what it derives from them. */
function ownedPaths(): string[] {
  return [...QUESTIONS.map((q) => q.id).filter(isSpecPath), ...DERIVED_PATHS];
}

/**
 * The buyer's spec text with the interview's answers written into it. Keys the interview owns but left empty are
 * removed; keys it does not own are never touched.
 */
export function mergeAnswers(originalText: string, answers: Readonly<Answers>, lang: Lang, catalog: Catalog): string {
  const doc = parseDocument(originalText);
  const changes: Changes = { splices: [], structural: false };
  const input = specInput(answers, lang, catalog);
  // What the file means today, schema defaults included: an answer equal to it changes nothing, even when the file
  // leaves that value to its default or lists the same ids in another order.
  const before = loadSpecText(originalText).spec;
  const unchanged = (path: string, v: unknown): boolean => {
    const was = getPath(before, path);
    if (Array.isArray(v) && Array.isArray(was) && SETS.has(path)) return same([...v].sort(), [...was].sort());
    return same(v, was);
  };
  mergeAt(doc, ['language'], lang, changes);
  for (const path of ownedPaths()) {
    const keys = path.split('.');
    const v = getPath(input, path);
    if (unchanged(path, v)) continue;
    if (v === undefined) {
      if (doc.hasIn(keys)) {
        doc.deleteIn(keys);
        changes.structural = true;
      }
    } else {
      mergeAt(doc, keys, v, changes);
    }
  }
  // Sub-criteria the buyer wrote for this tender only (criteria.custom) stay included: the interview does not list them.
  const original = parseDocument(originalText).toJS() as { criteria?: { include?: string[] } } | null;
  const custom = (original?.criteria?.include ?? []).filter((id) => !catalog.criteria.has(id));
  if (custom.length) {
    const include = (getPath(input, 'criteria.include') as string[] | undefined) ?? [];
    mergeAt(doc, ['criteria', 'include'], [...include, ...custom.filter((id) => !include.includes(id))], changes);
  }
  if (!changes.structural) {
    // Only values changed: splice them into the buyer's text, so every other byte (layout, folding, comments) stays.
    let text = originalText;
    for (const sp of [...changes.splices].sort((a, b) => b.start - a.start)) text = text.slice(0, sp.start) + scalarText(sp.value) + text.slice(sp.end);
    if (same(parseDocument(text).toJS(), doc.toJS())) return text;
  }
  return doc.toString({ lineWidth: 0 });
}
