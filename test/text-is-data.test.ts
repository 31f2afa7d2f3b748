import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../src/compose/document.js';
import { composeSpecDocument } from '../src/compose/spec-document.js';
import { endSentence, loadTemplates } from '../src/compose/templates.js';
import { loadCatalog, type Catalog } from '../src/load/catalog.js';
import { loadSpec } from '../src/load/spec.js';
import type { Lang } from '../src/model/common.js';
import type { Grid } from '../src/model/grid.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { selectCriteria } from '../src/select/select.js';
import { ROOT, runCli, tempDir } from './helpers/cli.js';
import { docxText, hostile, hostileSpec, shown, spaces } from './helpers/hostile.js';

/**
 * Whatever a buyer writes reaches the documents as written: no character of a spec field, a criterion's text or a
 * committee's mark is read as markup. Every text field gets a hostile value, and each value must be found whole.
 */
/** The grid's criterion texts (from the criteria libraries) made hostile too. */
function hostileGrid(grid: Grid, start: number): { grid: Grid; values: string[] } {
  const values: string[] = [];
  let k = start;
  const next = (): string => {
    const v = hostile(k++);
    values.push(v);
    return v;
  };
  return {
    grid: {
      ...grid,
      criteria: grid.criteria.map((c) => ({
        ...c,
        label: next(),
        subCriteria: c.subCriteria.map((s) => ({
          ...s,
          label: next(),
          question: next(),
          evidence: s.evidence.map(next),
          indicators: s.indicators.map(next),
          levels: s.levels.map((l) => ({ ...l, descriptor: next() })),
        })),
      })),
    },
    values,
  };
}

function hostileCatalog(catalog: Catalog, lifeFunction: string, lang: Lang, start: number): { catalog: Catalog; values: string[] } {
  const fn = catalog.functions.get(lifeFunction)!;
  const [label, description] = [hostile(start), hostile(start + 1)];
  const functions = new Map(catalog.functions);
  functions.set(lifeFunction, { ...fn, label: { ...fn.label, [lang]: label }, description: { ...fn.description, [lang]: description } });
  return { catalog: { ...catalog, functions }, values: [label, description] };
}

/** Every string of a document model, one per line: a value is always inside one string. */
function modelText(doc: DocumentModel): string {
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (typeof x === 'string') out.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  walk(doc.sections);
  return out.join('\n');
}

/** Markdown read back by pandoc (a real Markdown reader): the text of every block, inline markup dropped. */
function pandocText(markdown: string): string {
  const json = execFileSync('pandoc', ['-f', 'markdown', '-t', 'json'], { input: markdown, encoding: 'utf8', maxBuffer: 64 << 20 });
  const out: string[] = [];
  const inline = (x: unknown): string => {
    if (Array.isArray(x)) return x.map(inline).join('');
    if (!x || typeof x !== 'object') return '';
    const { t, c } = x as { t: string; c: unknown };
    if (t === 'Str') return c as string;
    if (t === 'Space' || t === 'SoftBreak' || t === 'LineBreak') return ' ';
    if (t === 'Code') return (c as [unknown, string])[1];
    if (t === 'RawInline') return `<<raw ${(c as [string, string])[1]}>>`; // never expected: flags text read as HTML
    if (t === 'Quoted') return `"${inline((c as [unknown, unknown])[1])}"`;
    if (t === 'Link' || t === 'Span') return inline((c as unknown[])[1]);
    if (t === 'Math') return `<<math ${(c as [unknown, string])[1]}>>`;
    return inline(c);
  };
  const block = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(block);
    if (!x || typeof x !== 'object') return;
    const { t, c } = x as { t: string; c: unknown };
    if (t === 'Para' || t === 'Plain') out.push(inline(c));
    else if (t === 'Header') out.push(inline((c as unknown[])[2]));
    else if (t === 'CodeBlock') out.push((c as [unknown, string])[1]);
    else Object.values(x).forEach(block);
  };
  block((JSON.parse(json) as { blocks: unknown }).blocks);
  return out.join('\n');
}

function composeHostile(lang: Lang): { doc: DocumentModel; values: string[]; specValues: Map<string, string> } {
  const catalog = loadCatalog();
  const loaded = loadSpec(join(ROOT, 'examples', 'sicoval-waste.yaml'));
  const grid = selectCriteria(loaded, catalog, lang);
  const { spec, values: specValues } = hostileSpec(loaded.spec);
  const g = hostileGrid(grid, specValues.size);
  const c = hostileCatalog(catalog, spec.life_function, lang, specValues.size + g.values.length);
  const annex = hostile(999);
  const doc = composeSpecDocument(spec, g.grid, c.catalog, loadTemplates(lang), {
    annexRows: [{ rule: 'efc/means', severity: 'warning', message: annex, location: 'spec.yaml:3:1' }],
  });
  return { doc, values: [...specValues.values(), ...g.values, ...c.values, annex], specValues };
}

/**
 * Spec fields the specification does not print (they serve other documents or the machine).
 * A field that leaves this list must be printed literally; a field that joins it must say why.
 */
const NOT_PRINTED = new Set<string>([
  'buyer.signatory', // signs the report and the contract, not the specification
  'territory.name', // printed only in the default object sentence, and this spec writes its own object
  // The consultation block is the RC's (generate --dce), not the specification's: src/compose/dce/rc.test.ts checks they reach the RC literally.
  'consultation.buyer_profile',
  'consultation.visit.details',
  'consultation.candidature.capacities.*',
  'consultation.candidature.selection_criteria.*',
  // the contract's administrative terms and the caps' rationale are printed in the CCAP (src/compose/dce/ccap.test.ts)
  'contract.court',
  'contract.environmental_conditions.*',
  'contract.insertion.facilitator',
  'contract.price_revision.formula',
  'contract.price_revision.index',
  'contract.price_revision.index_label',
  'contract.reporting.open_format',
  'contract.review_triggers.*',
  'remuneration.cap_rationale',
]);

describe('text is data: hostile values reach the spec document literally', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`every spec field, criterion text and lint message (${lang}), in the model, the DOCX and the Markdown`, async () => {
      const { doc, values, specValues } = composeHostile(lang);
      expect(specValues.size).toBeGreaterThan(60); // the walk did find the spec's text fields
      const text = modelText(doc);
      // Through a template a value's line break is folded (literal.ts); in a table cell it is kept as written. A
      // sentence the template continues gets its full stop (`sentence` helper), which replaces trailing spaces.
      const missing = values.filter((v) => !text.includes(shown(v)) && !text.includes(v) && !text.includes(endSentence(shown(v))));
      const missingFields = [...specValues].filter(([, v]) => missing.includes(v)).map(([path]) => path.replace(/\.\d+(\.|$)/g, '.*$1'));
      expect(new Set(missingFields)).toEqual(new Set([...NOT_PRINTED].filter((f) => missingFields.includes(f))));
      expect(missing.filter((v) => ![...specValues.values()].includes(v))).toEqual([]);
      const printed = values.filter((v) => !missing.includes(v));

      // No value became structure: the template's chapters are the only numbered level-1 headings.
      const chapters = doc.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'heading' && b.level === 1 && b.numbered);
      expect(chapters).toHaveLength(9);
      expect(doc.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'pageBreak')).toHaveLength(0);

      const docx = docxText(await renderDocx(doc));
      expect(printed.filter((v) => !spaces(docx).includes(spaces(shown(v))))).toEqual([]);

      const md = pandocText(renderMarkdown(doc));
      expect(printed.filter((v) => !spaces(md).includes(spaces(shown(v))))).toEqual([]);
      expect(md).not.toContain('<<raw');
    });
  }
});

describe('text is data: bidder names and justifications reach the report literally', () => {
  it('score writes hostile bidder names and justifications as they are', () => {
    const dir = tempDir('efc-hostile-score-');
    const names: Record<string, string> = {
      'Groupement Terres Communes': '# Terres **Communes** _SCOP_',
      'Valoris Sud-Ouest': '- Valoris > {{Sud}}',
      'Collecte 31 Services': '1. Collecte <w:p> &amp; 31',
      'Ecocycle Occitanie': '::table Ecocycle = Occitanie',
    };
    const rename = (csv: string): string => Object.entries(names).reduce((s, [from, to]) => s.split(from).join(to), csv);
    mkdirSync(join(dir, 'marks'));
    const marks: string[] = [];
    const justifications: string[] = [];
    for (const f of readdirSync(join(ROOT, 'examples', 'sicoval-waste-marks'))) {
      // The criterion column first: a line starting with `#` is a comment in a marks file.
      const lines = rename(readFileSync(join(ROOT, 'examples', 'sicoval-waste-marks', f), 'utf8'))
        .split('\n')
        .map((l) => l.replace(/^("[^"]*"|[^,]*),([^,]*),/, '$2,$1,'));
      // The first justification of each file starts with markup characters.
      lines[1] = lines[1]!.replace(',"', ',"**Fort** _engagement_ ::pagebreak # ');
      justifications.push(/,"([^"]*)"/.exec(lines[1]!)![1]!);
      writeFileSync(join(dir, 'marks', f), lines.join('\n'));
      marks.push(join(dir, 'marks', f));
    }
    copyFileSync(join(ROOT, 'examples', 'sicoval-waste.yaml'), join(dir, 'spec.yaml'));
    const prices = rename(readFileSync(join(ROOT, 'examples', 'sicoval-waste-prices.csv'), 'utf8'));
    writeFileSync(join(dir, 'prices.csv'), prices.split('\n').map((l) => l.replace(/^([^,]*),([^,]*)$/, '$2,$1')).join('\n'));
    const out = join(dir, 'rapport.docx');
    const r = runCli(['score', join(dir, 'spec.yaml'), '--marks', ...marks, '--prices', join(dir, 'prices.csv'), '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const text = spaces(docxText(readFileSync(out)));
    for (const name of Object.values(names)) expect(text).toContain(name);
    for (const j of justifications) expect(text).toContain(spaces(j));
  });
});
