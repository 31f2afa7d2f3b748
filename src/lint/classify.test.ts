import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { classify, normalise } from './classify.js';

interface Phrase {
  label: 'means' | 'effects';
  lang: 'fr' | 'en';
  split: 'dev' | 'holdout';
  hard?: boolean;
  text: string;
}

const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'means-effects.yaml');
const phrases = (parse(readFileSync(FIXTURE, 'utf8')) as { phrases: Phrase[] }).phrases;

/** Precision and recall of the "means" class: what the lint reports. Neutral counts as "not means". */
function measure(set: readonly Phrase[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const p of set) {
    const c = classify(p.text);
    const saysMeans = c.label === 'means';
    if (saysMeans && p.label === 'means') tp++;
    else if (saysMeans) fp++;
    else if (p.label === 'means') fn++;
    if (saysMeans !== (p.label === 'means')) wrong.push(`${p.label} → ${c.label} (m ${c.means} / e ${c.effects}) ${p.text}`);
  }
  return { n: set.length, tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn), wrong };
}

describe('means-effects labelled set', () => {
  it('has at least 60 phrases, half means and half effects, in French and English', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(60);
    const means = phrases.filter((p) => p.label === 'means').length;
    expect(means * 2).toBe(phrases.length);
    expect(new Set(phrases.map((p) => p.lang))).toEqual(new Set(['fr', 'en']));
    expect(phrases.some((p) => p.hard)).toBe(true);
  });

  it('meets precision ≥ 0.9 and recall ≥ 0.8 on the whole set', () => {
    const r = measure(phrases);
    if (process.env.EFC_MEASURE) console.log(JSON.stringify({ ...r, holdout: measure(phrases.filter((p) => p.split === 'holdout')) }, null, 2));
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('meets the targets on each language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const r = measure(phrases.filter((p) => p.lang === lang));
      expect(r.precision, lang).toBeGreaterThanOrEqual(0.9);
      expect(r.recall, lang).toBeGreaterThanOrEqual(0.8);
    }
  });
});

describe('classify', () => {
  it('normalises accents, ligatures and digit groups', () => {
    expect(normalise('Moyens mis en Œuvre : 450 000 km')).toBe('moyens mis en oeuvre : 450000 km');
  });
  it('calls a counted resource "means" and names its topic', () => {
    const c = classify('Le titulaire affecte 8 chauffeurs au service.');
    expect(c.label).toBe('means');
    expect(c.topic).toBe('staff');
  });
  it('calls a per-inhabitant outcome "effects"', () => {
    expect(classify('Ordures ménagères résiduelles en kg par habitant').label).toBe('effects');
  });
  it('stays neutral on a phrase with no evidence', () => {
    expect(classify('Qualité de la note méthodologique').label).toBe('neutral');
  });
});
