import { describe, expect, it } from 'vitest';
import { fixtureGrid, withoutPrice } from '../../test/grid-helpers.js';
import { PRICE_FORMULA_INFO } from '../score/price-formulas.js';
import { inlineText, type Block, type Cell, type CellInput } from './document.js';
import { composeGridDocument } from './grid-document.js';

type Table = Extract<Block, { type: 'table' }>;
const blocks = (doc: ReturnType<typeof composeGridDocument>): Block[] => doc.sections.flatMap((s) => s.blocks);
const headings = (doc: ReturnType<typeof composeGridDocument>): string[] => blocks(doc).flatMap((x) => (x.type === 'heading' ? [x.text] : []));
const tables = (doc: ReturnType<typeof composeGridDocument>): Table[] => blocks(doc).filter((x): x is Table => x.type === 'table');
const cellText = (c: CellInput): string => (typeof c === 'string' ? c : [c.runs, ...(c.more ?? [])].map(inlineText).join('\n'));
const allText = (doc: ReturnType<typeof composeGridDocument>): string =>
  blocks(doc)
    .map((x) => (x.type === 'heading' ? x.text : x.type === 'paragraph' ? inlineText(x.runs) : x.type === 'list' ? x.items.map(inlineText).join('\n') : x.type === 'table' ? x.rows.flat().map(cellText).join('\n') : ''))
    .join('\n');

describe('composeGridDocument', () => {
  const { grid, loaded } = fixtureGrid();
  const doc = composeGridDocument(grid, { spec: loaded.spec, bidders: 4, lang: 'fr' });

  it('is landscape throughout and dated by the spec', () => {
    expect(doc.sections.every((s) => s.orientation === 'landscape')).toBe(true);
    expect(doc.meta.date).toBe('2026-09-01');
    expect(doc.meta.lang).toBe('fr');
  });

  it('gives every criterion and sub-criterion its weight, question, evidence and anchored levels', () => {
    const hs = headings(doc);
    expect(hs).toContain('1. Performance d\'usage et effets utiles — 35,0 points');
    expect(hs).toContain('1.2 Qualité du tri à la source — 8,75 points');
    const text = allText(doc);
    for (const s of grid.criteria.flatMap((c) => c.subCriteria)) {
      expect(text).toContain(s.question);
      for (const e of s.evidence) expect(text).toContain(e);
      for (const l of s.levels) expect(text).toContain(l.descriptor);
    }
  });

  it('has one shaded row per bidder to record each mark and justification', () => {
    const record = tables(doc).filter((t) => t.columns.some((c) => c.header.startsWith('Justification')));
    expect(record).toHaveLength(grid.criteria.flatMap((c) => c.subCriteria).length);
    for (const t of record) {
      expect(t.rows.map((r) => cellText(r[0]!))).toEqual(['Soumissionnaire 1', 'Soumissionnaire 2', 'Soumissionnaire 3', 'Soumissionnaire 4']);
      expect(t.rows.every((r) => r.slice(1).every((c) => (c as Cell).shade === 'FFF2CC'))).toBe(true);
    }
  });

  it('prints the announced price formula from PRICE_FORMULA_INFO', () => {
    for (const formula of ['proportional', 'linear', 'mean-gap'] as const) {
      const g = fixtureGrid({ formula });
      const text = allText(composeGridDocument(g.grid, { spec: g.loaded.spec, bidders: 2, lang: 'fr' }));
      expect(text).toContain(PRICE_FORMULA_INFO[formula].expression.fr);
      expect(text).toContain(PRICE_FORMULA_INFO[formula].whenToUse.fr);
    }
  });

  it('sums up every criterion with total and rank, and ends with a signature block', () => {
    const summary = tables(doc).find((t) => t.columns.at(-1)!.header === 'Rang')!;
    expect(summary.columns.map((c) => c.header)).toEqual(['Soumissionnaire', ...grid.criteria.map((c) => `${c.number}. ${c.label}`), 'Total', 'Rang']);
    expect(summary.rows).toHaveLength(1 + 4);
    expect(summary.rows[0]!.map(cellText).slice(1, -1)).toEqual(['35,0', '25,0', '10,0', '30,0', '100,0']);
    expect(headings(doc).at(-1)).toBe('Signatures des membres de la commission');
    expect(tables(doc).at(-1)!.columns.map((c) => c.header)).toContain('Signature');
  });

  it('is written in English with lang en', () => {
    const g = fixtureGrid({ lang: 'en' });
    const en = composeGridDocument(g.grid, { spec: g.loaded.spec, bidders: 3, lang: 'en' });
    expect(headings(en)).toContain('1.2 Quality of sorting at source — 8.75 points');
    expect(headings(en)).toContain('Summary and ranking');
    expect(allText(en)).not.toMatch(/Soumissionnaire|Signatures des membres/);
  });

  it('says so when there is no price criterion', () => {
    const text = allText(composeGridDocument(withoutPrice(grid), { spec: loaded.spec, bidders: 2, lang: 'fr' }));
    expect(text).toContain('Pas de critère prix');
    expect(text).not.toContain('Nmax');
  });
});

describe('composeGridDocument: wording', () => {
  const { grid, loaded } = fixtureGrid();

  it('numbers each heading once: headings that carry a criterion number are not numbered again', () => {
    const doc = composeGridDocument(grid, { spec: loaded.spec, bidders: 2, lang: 'fr' });
    const numbered = blocks(doc).filter((x) => x.type === 'heading' && x.numbered !== false) as Extract<Block, { type: 'heading' }>[];
    expect(numbered.filter((h) => /^\d/.test(h.text))).toEqual([]);
  });

  it('takes its words from the catalog, overridable key by key', async () => {
    const { documentWords } = await import('../wording/catalog.js');
    const doc = composeGridDocument(grid, { spec: loaded.spec, bidders: 2, lang: 'fr', words: documentWords('fr', { 'grid.summary': 'Récapitulatif', 'grid.bidderN': 'Candidat n° {{n}}' }) });
    expect(headings(doc)).toContain('Récapitulatif');
    expect(allText(doc)).toContain('Candidat n° 2');
  });
});
