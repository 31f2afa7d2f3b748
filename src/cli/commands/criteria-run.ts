import { loadCatalog, type Catalog } from '../../load/catalog.js';
import type { Criterion } from '../../model/criterion.js';
import { inputError } from '../../model/errors.js';
import { didYouMean } from '../../util/suggest.js';
import { profileSummary } from '../../interview/explain.js';
import { makeColor, printableData } from '../ui.js';
import type { CriteriaCliOptions } from './criteria.js';

const out = (s: string): boolean => process.stdout.write(s + '\n');
const json = (x: unknown): boolean => out(JSON.stringify(x, null, 2));
const applies = (c: Criterion, fn: string): boolean => c.functions.includes('*') || c.functions.includes(fn);

function checkId(kind: string, id: string | undefined, known: Iterable<string>, code: string): void {
  const ids = [...known];
  if (id === undefined || ids.includes(id)) return;
  const guess = didYouMean(id, ids);
  throw inputError(code, `unknown ${kind} "${id}"` + (guess ? `; did you mean "${guess}"?` : ''), { hint: `available: ${ids.join(', ')}` });
}

export function listCriteria(opts: CriteriaCliOptions): void {
  const catalog = loadCatalog(opts.criteria);
  checkId('life function', opts.function, catalog.functions.keys(), 'unknown-life-function');
  checkId('criteria library', opts.library, catalog.libraries.keys(), 'unknown-library');
  let rows = [...catalog.criteria.values()].filter((lc) => (!opts.library || lc.library === opts.library) && (!opts.function || applies(lc.criterion, opts.function)));
  if (opts.json) {
    json(rows.map(({ criterion: c, library }) => ({ id: c.id, library, family: c.family, judges: c.judges, environmental: c.environmental, default: c.default, functions: c.functions, label: c.label[opts.lang] })));
    return;
  }
  const c = makeColor(process.stdout);
  rows = printableData(rows);
  const w = Math.max(2, ...rows.map((r) => r.criterion.id.length));
  const lw = Math.max(7, ...rows.map((r) => r.library.length));
  out(c.bold(`${'id'.padEnd(w)}  ${'library'.padEnd(lw)}  ${'family'.padEnd(21)}  judges   default  label`));
  for (const { criterion: k, library } of rows) {
    const judges = k.judges === 'means' ? c.yellow('means  ') : 'effects';
    out(`${k.id.padEnd(w)}  ${library.padEnd(lw)}  ${k.family.padEnd(21)}  ${judges}  ${(k.default ? 'yes' : '').padEnd(7)}  ${k.label[opts.lang]}`);
  }
  out(c.dim(`${rows.length} criteria. Details: efc-tender criteria show <id>`));
}

export function showCriterion(id: string, opts: CriteriaCliOptions): void {
  const catalog: Catalog = loadCatalog(opts.criteria);
  checkId('criterion', id, catalog.criteria.keys(), 'unknown-criterion');
  const found = catalog.criteria.get(id)!;
  const { criterion: k, library, source } = opts.json ? found : printableData(found);
  const L = opts.lang;
  if (opts.json) {
    json({ ...k, library, source: `${source.file}:${source.line}` });
    return;
  }
  const c = makeColor(process.stdout);
  const fr = L === 'fr';
  out(c.bold(`${k.label[L]}  [${k.id}]`));
  out(`${fr ? 'Bibliothèque' : 'Library'}: ${library} · ${fr ? 'famille' : 'family'}: ${k.family} · ${fr ? 'juge' : 'judges'}: ${k.judges}${k.environmental ? ' · environmental' : ''}${k.default ? ` · ${fr ? 'retenu par défaut' : 'default'}` : ''}`);
  out(`${fr ? 'Fonctions de vie' : 'Life functions'}: ${k.functions.join(', ')}`);
  out(`\n${c.bold(fr ? 'Question posée aux candidats' : 'Question to bidders')}\n  ${k.question[L]}`);
  out(`\n${c.bold(fr ? 'Éléments de preuve attendus' : 'Evidence expected')}`);
  for (const e of k.evidence[L]) out(`  • ${e}`);
  out(`\n${c.bold(fr ? 'Niveaux de notation' : 'Marking levels')}`);
  k.levels[L].forEach((d, i) => out(`  ${i}  ${d}`));
  if (k.indicators[L].length) {
    out(`\n${c.bold(fr ? 'Indicateurs' : 'Indicators')}`);
    for (const e of k.indicators[L]) out(`  • ${e}`);
  }
}

export function listFunctions(opts: CriteriaCliOptions): void {
  const catalog = loadCatalog(opts.criteria);
  const fns = [...catalog.functions.values()];
  if (opts.json) return void json(fns);
  const shown = printableData(fns);
  const c = makeColor(process.stdout);
  for (const f of shown) {
    out(`${c.bold(f.id)} — ${f.label[opts.lang]}\n  ${f.description[opts.lang]}`);
    for (const i of f.indicators) out(c.dim(`  · ${i.id}: ${i.label[opts.lang]} (${i.unit})`));
  }
}

export function listProfiles(opts: CriteriaCliOptions): void {
  const catalog = loadCatalog(opts.criteria);
  const profiles = [...catalog.profiles.values()];
  if (opts.json) return void json(profiles.map(({ file: _file, ...p }) => p));
  const c = makeColor(process.stdout);
  for (const p of printableData(profiles)) out(`${c.bold(p.id)} — ${p.label[opts.lang]}\n  ${profileSummary(p, opts.lang)}`);
}
