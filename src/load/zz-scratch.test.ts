import { it } from 'vitest';
import { classify } from '../lint/classify.js';
import { loadCatalog } from './catalog.js';
it('scan', () => {
  const out: string[] = [];
  for (const { criterion: c } of loadCatalog().criteria.values()) {
    for (const lang of ['fr', 'en'] as const) {
      c.levels[lang].forEach((l, i) => { if (l.split(/\s+/).length < 4) out.push(`SHORT ${c.id} ${lang} ${i}: ${l}`); });
      for (const t of [c.label[lang], c.question[lang], ...c.evidence[lang]]) {
        const k = classify(t);
        if (k.label === 'means') out.push(`MEANS(${c.judges}) ${c.id} ${lang}: ${t} ${JSON.stringify(k.cues)}`);
      }
    }
  }
  console.log(out.join('\n'));
});
