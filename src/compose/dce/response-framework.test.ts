import { describe, expect, it } from 'vitest';
import { exampleContext, modelTexts } from '../../../test/helpers/dce.js';
import { formatAsTyped } from '../../wording/format.js';
import type { Block, DocumentModel } from '../document.js';
import { composeCcap } from './ccap.js';
import { commitmentRows, composeResponseFramework, pageBudget } from './response-framework.js';

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'] as const;
type Table = Extract<Block, { type: 'table' }>;
const tables = (doc: DocumentModel): Table[] => doc.sections.flatMap((s) => s.blocks).filter((b): b is Table => b.type === 'table');
type Runs = (string | { text: string })[];
const runText = (rs: Runs): string => rs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
const cellText = (c: unknown): string => (typeof c === 'string' ? c : [runText((c as { runs: Runs }).runs), ...((c as { more?: Runs[] }).more ?? []).map(runText)].join(' '));

describe.each(EXAMPLES)('cadre de réponse of %s', (name) => {
  const ctx = exampleContext(name);
  const doc = composeResponseFramework(ctx);
  const texts = modelTexts(doc);
  const subs = ctx.grid.criteria.filter((c) => c.kind === 'quality').flatMap((c) => c.subCriteria);

  it('has one section per quality sub-criterion, with its weight, question, page budget and an answer block', () => {
    for (const s of subs) {
      const k = texts.findIndex((t) => t.startsWith(`${s.number} ${s.label} (`));
      expect(k, s.id).toBeGreaterThan(0);
      expect(texts[k + 1]).toContain(s.question.slice(0, 30));
      expect(texts[k + 2]).toContain(`${pageBudget(s.weightHundredths)} page`);
    }
    expect(texts.filter((t) => t === 'Réponse du soumissionnaire')).toHaveLength(subs.length);
  });

  it('tags every requested item: the answer is required, each piece of evidence is for scoring', () => {
    const items = tables(doc).filter((t) => t.columns[0]!.header === 'Élément demandé');
    expect(items).toHaveLength(subs.length);
    items.forEach((t, k) => {
      const rows = t.rows.map((r) => r.map(cellText));
      expect(rows.map((r) => r[1])).toEqual(['obligatoire', ...subs[k]!.evidence.map(() => 'pour la notation')]);
      expect(rows.slice(1).map((r) => r[0])).toEqual(subs[k]!.evidence);
    });
  });

  it('asks for commitments on the CCAP’s indicators, with the same ids, units, periods and reference targets', () => {
    const commitments = tables(doc).at(-1)!;
    const ccapTargets = tables(composeCcap(ctx)).find((t) => t.columns.some((c) => c.header === 'A1') && t.columns[2]!.header === 'Période de mesure')!;
    const ids = (rows: readonly (readonly unknown[])[]): string[] => [...new Set(rows.map((r) => cellText(r[0]).split(' ').at(-1)!))];
    expect(ids(commitments.rows)).toEqual(ids(ccapTargets.rows));
    // per indicator: the same unit and period, and per year the CCAP's target
    for (const row of ccapTargets.rows) {
      const id = cellText(row[0]).split(' ').at(-1)!;
      const mine = commitments.rows.filter((r) => cellText(r[0]).split(' ').at(-1) === id);
      expect(mine.map((r) => [cellText(r[1]), cellText(r[2])])).toEqual(mine.map(() => [cellText(row[1]), cellText(row[2])]));
      expect(mine.map((r) => cellText(r[4]))).toEqual(row.slice(3).map(cellText));
      expect(mine.map((r) => cellText(r[5]))).toEqual(mine.map(() => ''));
    }
    expect(commitmentRows(ctx).length).toBe(commitments.rows.length);
    expect(commitmentRows(ctx).every((r) => formatAsTyped(r.referenceTarget, 'fr') !== '')).toBe(true);
  });

  it('says the commitments become contractual through the CCAP, citing its articles and piece number', () => {
    expect(texts.join('\n')).toMatch(/en application des articles 2 et 8 du CCAP \(pièce n° 03\)/);
  });
});

describe('page budget', () => {
  it('gives one page per 2.5 points, between 1 and 6', () => {
    expect([50, 250, 260, 680, 1500, 3000].map(pageBudget)).toEqual([1, 1, 2, 3, 6, 6]);
  });
});
