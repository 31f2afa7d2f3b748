import { describe, expect, it } from 'vitest';
import { exampleContext, modelTexts } from '../../../test/helpers/dce.js';
import { eurosText, resolvePay, settleYear } from '../../pay/index.js';
import { formatMoney } from '../../wording/format.js';
import type { Block, DocumentModel } from '../document.js';
import { articleNumbers, CCAP_ARTICLES, ccapDerogations, ccapPay, composeCcap } from './ccap.js';
import { referenceScenario } from './reference-scenario.js';

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'] as const;
const blocks = (doc: DocumentModel): Block[] => doc.sections.flatMap((s) => s.blocks);
const headings = (doc: DocumentModel, level: 1 | 2): string[] => blocks(doc).flatMap((b) => (b.type === 'heading' && b.level === level ? [b.text] : []));
/** The table that follows a heading whose text contains `title`. */
function tableAfter(doc: DocumentModel, title: string, nth = 0): Extract<Block, { type: 'table' }> {
  const bs = blocks(doc);
  const start = bs.findIndex((b) => b.type === 'heading' && b.text.includes(title));
  const tables = bs.slice(start + 1).filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
  return tables[nth]!;
}
type Runs = (string | { text: string })[];
const runText = (rs: Runs): string => rs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
/** A cell's text: its runs, and its extra paragraphs after a space (the indicator id under its name). */
const cellText = (c: unknown): string => (typeof c === 'string' ? c : [runText((c as { runs: Runs }).runs), ...((c as { more?: Runs[] }).more ?? []).map(runText)].join(' '));

describe.each(EXAMPLES)('CCAP of %s', (name) => {
  const ctx = exampleContext(name);
  const doc = composeCcap(ctx);
  const texts = modelTexts(doc);
  const articles = headings(doc, 1);

  it('has every article, numbered in order, the derogations last', () => {
    expect(articles).toHaveLength(CCAP_ARTICLES.length);
    articles.forEach((h, k) => expect(h).toMatch(new RegExp(`^Article ${k + 1} — `)));
    expect(articles.at(-1)).toContain('Dérogations au CCAG');
  });

  it('lists, in the last article, exactly the derogations its articles make, each under the article that makes it', () => {
    const derogations = ccapDerogations(ctx, ccapPay(ctx));
    const art = articleNumbers();
    const table = tableAfter(doc, 'Dérogations au CCAG');
    expect(table.rows.map((r) => r.map(cellText))).toEqual(derogations.map((d) => [`Article ${art[d.article]}`, `CCAG-FCS ${d.ccagArticle}`, d.text]));
    // …and each article that derogates says so in its own body, with the same text.
    const bs = blocks(doc);
    for (const d of derogations) {
      const start = bs.findIndex((b) => b.type === 'heading' && b.level === 1 && b.text.startsWith(`Article ${art[d.article]} — `));
      const end = bs.findIndex((b, k) => k > start && b.type === 'heading' && b.level === 1);
      const own = modelTexts({ ...doc, sections: [{ orientation: 'portrait', blocks: bs.slice(start, end) }] });
      expect(own.some((t) => t.includes(`l'article ${d.ccagArticle} du CCAG-FCS`) && t.includes(d.text)), d.text).toBe(true);
    }
    // every article that derogates is in the list: the sentence appears nowhere else
    const said = texts.filter((t) => t.startsWith('Par dérogation à l')).length;
    expect(said).toBe(derogations.length);
  });

  it('resolves every cross-reference to one of its own articles, and each points where its words say', () => {
    const refs = texts.flatMap((t) => [...t.matchAll(/articles? (\d+)(?: et (\d+))?(?! du (?:CCAG|règlement))(?!\.\d)/g)].flatMap((m) => [m[1], m[2]].filter(Boolean).map(Number)));
    expect(refs.length).toBeGreaterThan(10);
    for (const n of refs) expect(articles.some((h) => h.startsWith(`Article ${n} — `)), `article ${n}`).toBe(true);
    const art = articleNumbers();
    // a few references whose subject is known: the review clause, the pay article, the documents
    expect(texts.join('\n')).toContain(`clause de réexamen (article ${art.review})`);
    expect(articles[art.performance - 1]).toContain('Rémunération liée à la performance');
    expect(articles[art.review - 1]).toContain('Clause de réexamen');
    expect(articles[art.documents - 1]).toContain('Pièces contractuelles');
    expect(texts.join('\n')).toContain(`Ces engagements sont contractuels (article ${art.documents})`);
  });

  it('prints the worked example with the figures src/pay computes on the reference scenario', () => {
    const { pay } = resolvePay(ctx.spec.spec);
    const scenario = referenceScenario(pay!);
    const s = settleYear(pay!, { year: scenario.year, measurements: scenario.measurements });
    const money = (cents: number): string => {
      const t = formatMoney(Number(eurosText(cents)), 'fr', 2);
      return cents > 0 ? `+${t}` : t;
    };
    const total = tableAfter(doc, 'Exemple chiffré', 1);
    const last = total.rows.at(-1)!.map(cellText);
    expect(last[1]).toBe(money(s.totalCents));
    expect(total.rows.map((r) => cellText(r[1]))).toContain(money(s.bonusMalusCents));
    const detail = tableAfter(doc, 'Exemple chiffré', 0).rows.map((r) => r.map(cellText));
    for (const ind of s.indicators) {
      for (const p of ind.periods) expect(detail.some((r) => (r[0] === ind.id || r[0]!.endsWith(` ${ind.id}`)) && r[5] === money(p.amountCents)), `${ind.id} ${p.period}`).toBe(true);
    }
    // the scenario shows both sides of the scale
    expect(s.indicators.some((i) => i.finalCents > 0)).toBe(true);
    expect(s.indicators.some((i) => i.finalCents < 0)).toBe(true);
  });

  it('sets the targets of every paid indicator for every contract year, as src/pay resolves them', () => {
    const { pay } = resolvePay(ctx.spec.spec);
    const table = tableAfter(doc, 'Indicateurs et cibles');
    expect(table.rows.map((r) => cellText(r[0]))).toEqual(pay!.indicators.map((i) => `${ctx.spec.spec.usage_performance.find((u) => u.id === i.id)!.label} ${i.id}`));
    expect(table.columns.length).toBe(3 + pay!.years);
  });

  it('states the environmental execution conditions and the contract terms of the spec', () => {
    const c = ctx.spec.spec.contract;
    const all = texts.join('\n');
    for (const cond of c.environmental_conditions) expect(all).toContain(cond);
    expect(all).toContain(`dans un délai de ${c.payment_days} jours`);
    if (c.price_revision) expect(all).toContain(c.price_revision.formula);
  });

  it('punctuates the review clause as one enumeration: " ;" after each case, a full stop after the last', () => {
    const bs = blocks(doc);
    const start = bs.findIndex((b) => b.type === 'heading' && b.level === 1 && b.text.includes('réexamen'));
    const list = bs.slice(start).find((b): b is Extract<Block, { type: 'list' }> => b.type === 'list')!;
    const items = list.items.map((i) => runText(i as Runs).trimEnd());
    expect(items.length).toBe(3 + ctx.spec.spec.contract.review_triggers.length);
    for (const item of items.slice(0, -1)) expect(item).toMatch(/\s;$/u);
    expect(items.at(-1)).toMatch(/[^\s;]\.$/u);
  });
});

describe('derogations follow the terms', () => {
  it('adds a derogation to the CCAG’s penalty and termination articles when the spec departs from their defaults', () => {
    const ctx = exampleContext('school-catering');
    const base = ccapDerogations(ctx, ccapPay(ctx)).length;
    const spec = { ...ctx.spec.spec, contract: { ...ctx.spec.spec.contract, termination_percent: 3, penalties: { ...ctx.spec.spec.contract.penalties, cap_percent: 15 } } };
    const changed = { ...ctx, spec: { ...ctx.spec, spec } };
    const d = ccapDerogations(changed, ccapPay(changed));
    expect(d.length).toBe(base + 2);
    expect(d.map((x) => x.ccagArticle)).toEqual(expect.arrayContaining(['14', '42']));
    const doc = composeCcap(changed);
    expect(tableAfter(doc, 'Dérogations au CCAG').rows).toHaveLength(base + 2);
  });
});

describe('English CCAP', () => {
  it('is written in English with the same numbering', () => {
    const doc = composeCcap(exampleContext('sicoval-waste', 'en'));
    expect(headings(doc, 1)[7]).toBe('Article 8 — Performance-linked pay');
    expect(headings(doc, 1).at(-1)).toBe(`Article ${CCAP_ARTICLES.length} — Derogations from the CCAG`);
  });
});
