// Structure checks for the real-text corpus (test/fixtures/corpus). This test reads the blind files only to check their
// shape and their share; it never runs a classifier or a lint rule on them, so the blind split stays unseen by tuning.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = join(import.meta.dirname, 'fixtures', 'corpus');

interface Entry {
  id: string;
  text: string;
  label: string;
  lang: string;
  domain: string;
  kind: string;
  source: string;
  note?: string;
  batch?: number;
}

const SETS = {
  'means-effects': { labels: ['means', 'effect', 'mixed'], minimum: { total: 400 } },
  'general-capacity': { labels: ['positive', 'lookalike'], minimum: { positive: 60, lookalike: 60 } },
  'local-preference': { labels: ['positive', 'lookalike'], minimum: { positive: 60, lookalike: 60 } },
} as const;
const LANGS = ['fr', 'en'];
const DOMAINS = ['waste', 'mobility', 'catering', 'cleaning', 'energy', 'social', 'other'];
const KINDS = ['clause', 'criterion', 'sub-criterion', 'indicator', 'notice'];
const FIELDS = ['id', 'text', 'label', 'lang', 'domain', 'kind', 'source'] as const;
const MAX_WORDS = 60;
const CORPUS_COMPLETE = true;

function load(file: string): Entry[] {
  const doc = parse(readFileSync(join(DIR, file), 'utf8')) as { entries: Entry[] };
  return doc.entries;
}
/** Files of the set beyond dev and blind: the frozen blind split v2 and the batch-7 training additions, when present. */
const extra = (name: string, part: 'blind-v2' | 'train'): Entry[] =>
  existsSync(join(DIR, `${name}.${part}.yaml`)) ? load(`${name}.${part}.yaml`) : [];
const sources = (parse(readFileSync(join(DIR, 'sources.yaml'), 'utf8')) as { sources: Record<string, Record<string, unknown>> })
  .sources;
const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

describe('corpus sources', () => {
  it('every source names where it was copied from and what it is', () => {
    for (const [id, s] of Object.entries(sources)) {
      expect(typeof s.url === 'string' || typeof s.repository === 'string', id).toBe(true);
      expect(typeof s.title === 'string' && (s.title as string).length > 0, id).toBe(true);
      expect(s.year === null || Number.isInteger(s.year), id).toBe(true);
    }
  });
});

for (const [name, spec] of Object.entries(SETS)) {
  describe(`corpus ${name}`, () => {
    const dev = load(`${name}.dev.yaml`);
    const blind = load(`${name}.blind.yaml`);
    const blindV2 = extra(name, 'blind-v2');
    const trainV2 = extra(name, 'train');
    const all = [...dev, ...blind];
    // Every file of the set: the structure checks (fields, ids, sources, duplicates) cover them all.
    const every = [...dev, ...trainV2, ...blind, ...blindV2];

    it('every entry has every field, with a valid value', () => {
      for (const e of every) {
        for (const f of FIELDS) expect(typeof e[f] === 'string' && e[f].length > 0, `${e.id ?? '?'}.${f}`).toBe(true);
        expect(spec.labels as readonly string[], e.id).toContain(e.label);
        expect(LANGS, e.id).toContain(e.lang);
        expect(DOMAINS, e.id).toContain(e.domain);
        expect(KINDS, e.id).toContain(e.kind);
        if (e.note !== undefined) expect(typeof e.note, e.id).toBe('string');
        expect(e.text.split(/\s+/).length, e.id).toBeLessThanOrEqual(MAX_WORDS);
      }
    });

    it('ids are unique and every source resolves', () => {
      expect(new Set(every.map((e) => e.id)).size).toBe(every.length);
      for (const e of every) if (e.source !== 'constructed') expect(sources[e.source], `${e.id} → ${e.source}`).toBeDefined();
    });

    it('no text appears twice, nor in both splits', () => {
      const devTexts = new Set([...dev, ...trainV2].map((e) => key(e.text)));
      for (const e of [...blind, ...blindV2]) expect(devTexts.has(key(e.text)), e.id).toBe(false);
      expect(new Set(every.map((e) => key(e.text))).size).toBe(every.length);
    });

    it.skipIf(blindV2.length === 0)('blind split v2: real entries only, batch 7, at least 10 of each class per language', () => {
      expect(blindV2.filter((e) => e.source === 'constructed')).toEqual([]);
      for (const e of blindV2) expect(e.batch, e.id).toBe(7);
      const reported = (e: Entry) => e.label === 'means' || e.label === 'mixed' || e.label === 'positive';
      for (const lang of LANGS) {
        expect(blindV2.filter((e) => e.lang === lang && reported(e)).length, `${lang} reported`).toBeGreaterThanOrEqual(10);
        expect(blindV2.filter((e) => e.lang === lang && !reported(e)).length, `${lang} look-alikes`).toBeGreaterThanOrEqual(10);
      }
    });

    it('constructed rewordings stay under 30 % of the set and only in dev', () => {
      expect(blind.filter((e) => e.source === 'constructed')).toEqual([]);
      expect(all.filter((e) => e.source === 'constructed').length).toBeLessThan(all.length * 0.3);
    });

    it('French makes at least 60 % of the set', () => {
      expect(all.filter((e) => e.lang === 'fr').length).toBeGreaterThanOrEqual(all.length * 0.6);
    });

    it('the blind split holds 25–35 % of each label and of each language', () => {
      const share = (pick: (e: Entry) => boolean) => blind.filter(pick).length / all.filter(pick).length;
      for (const label of spec.labels) {
        if (!all.some((e) => e.label === label)) continue;
        const s = share((e) => e.label === label);
        expect(s, label).toBeGreaterThanOrEqual(0.25);
        expect(s, label).toBeLessThanOrEqual(0.35);
      }
      for (const lang of LANGS) {
        const s = share((e) => e.lang === lang);
        expect(s, lang).toBeGreaterThanOrEqual(0.25);
        expect(s, lang).toBeLessThanOrEqual(0.35);
      }
    });

    // The corpus does not reach issue 16's minimums yet (see README.md, "Status"): this check is skipped, not weakened,
    // until it does. Set CORPUS_COMPLETE to true once the counts are reached.
    it.skipIf(!CORPUS_COMPLETE)('meets the minimum counts of issue 16', () => {
      const count = (label: string) => all.filter((e) => e.label === label).length;
      const min = spec.minimum as Record<string, number>;
      if (min.total !== undefined) expect(all.length).toBeGreaterThanOrEqual(min.total);
      for (const label of spec.labels) if (min[label] !== undefined) expect(count(label), label).toBeGreaterThanOrEqual(min[label]);
    });
  });
}

// Issue 16, item 3: the detectors' figures on the TRAINING side (dev split + batch-7 training additions), cross-validated (5 folds by hash of the id,
// each entry scored by a model trained without it), at the thresholds the shipped models use. A regression of the
// lexicons or the training fails here. No blind split feeds a choice: each is measured once per release
// (scripts/measure-blind.js) and recorded in the README; test/blind-v2.test.ts only checks the recorded figures.
describe('lint detectors on the training split (cross-validated)', async () => {
  const { crossValidate, figures, toExample, train } = await import('../src/lint/nlp/train.js');
  const { MODELS } = await import('../src/lint/nlp/check-text.js');
  const TASKS = ['means-effects', 'general-capacity', 'local-preference'] as const;
  for (const task of TASKS) {
    const examples = [...load(`${task}.dev.yaml`), ...extra(task, 'train')].map((e) => toExample(task, e));
    it(`${task}: precision ≥ 0.9 and recall ≥ 0.8 in French and in English`, () => {
      const oof = crossValidate(task, examples);
      for (const lang of LANGS) {
        const set = examples.filter((e) => e.lang === lang);
        const f = figures(set.map((e) => ({ y: e.y, flagged: (oof.get(e.id) ?? 0) >= MODELS[task].unsure })));
        expect(f.precision, `${task} ${lang} ${JSON.stringify(f)}`).toBeGreaterThanOrEqual(0.9);
        expect(f.recall, `${task} ${lang} ${JSON.stringify(f)}`).toBeGreaterThanOrEqual(0.8);
      }
    });
    it(`${task}: the shipped model is the one the training script makes from the dev split`, () => {
      const { bias, weights } = train(task, examples);
      expect(MODELS[task].bias).toBe(bias);
      expect(MODELS[task].weights).toEqual(weights);
    });
  }
});
