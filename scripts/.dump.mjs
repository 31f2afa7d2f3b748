import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { crossValidate, toExample } from '/work/wt/lintnlp/dist/lint/nlp/train.js';
const task = process.argv[2];
const entries = parse(readFileSync(`/work/wt/lintnlp/test/fixtures/corpus/${task}.dev.yaml`, 'utf8')).entries;
const ex = entries.map((e) => toExample(task, e));
const oof = crossValidate(task, ex, 5);
const rows = ex.map((e) => [oof.get(e.id), e]).sort((a, b) => b[0] - a[0]);
for (const [p, e] of rows) if (!e.y || process.argv[3]) console.log(p.toFixed(2), e.y ? 'POS' : 'neg', e.lang, e.text.slice(0, 150));
