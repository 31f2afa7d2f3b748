import { describe, expect, it } from 'vitest';
import { exampleContext, modelTexts } from '../../../test/helpers/dce.js';
import type { Block } from '../document.js';
import { composeAe, INPUT_SHADE } from './ae.js';

type Table = Extract<Block, { type: 'table' }>;

describe.each(['sicoval-waste', 'rural-mobility', 'school-catering'] as const)('acte d’engagement of %s', (name) => {
  const ctx = exampleContext(name);
  const { spec } = ctx.spec;
  const doc = composeAe(ctx);
  const texts = modelTexts(doc);
  const all = texts.join('\n');
  const tables = doc.sections.flatMap((s) => s.blocks).filter((b): b is Table => b.type === 'table');

  it('follows the ATTRI1 sections, lettered A to G', () => {
    const h = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'heading' && b.level === 1 ? [b.text] : []));
    expect(h.map((x) => x.slice(0, 1))).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });

  it('is pre-filled with the buyer, the object, the procedure, the duration and the price parts', () => {
    expect(all).toContain(spec.buyer.name);
    expect(all).toContain(spec.tender.title);
    expect(all).toContain(spec.tender.reference);
    expect(all).toContain(`La durée du marché est de ${spec.tender.duration_months} mois`);
    expect(all).toContain('Part fixe forfaitaire annuelle');
    expect(all).toContain('article 8 du CCAP');
  });

  it('leaves every bidder field blank, in an input cell', () => {
    const price = tables.find((t) => t.columns[1]?.header === 'Montant HT (€)')!;
    for (const row of price.rows) for (const cell of row.slice(1)) expect(cell).toMatchObject({ shade: INPUT_SHADE });
    const forms = tables.filter((t) => t.columns[1]?.header === 'À compléter par le soumissionnaire');
    expect(forms.map((t) => t.rows.length)).toEqual([6, 4, 4]); // identification, bank details, signature
    for (const t of forms) for (const row of t.rows) expect(row[1]).toMatchObject({ shade: INPUT_SHADE, runs: [' '] });
  });
});
