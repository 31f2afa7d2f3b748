import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SpecSchema } from '../model/spec.js';
import { NOT_LINTED, PUBLISHED_TEXT_FIELDS, publishedTexts, READ_THROUGH_GRID } from './published-texts.js';
import { lintPatched, of } from '../../test/fixtures/lint/harness.js';

/** Free-text fields of the schema that no document prints, and why (checked below so the list stays true). */
const NOT_PRINTED: Readonly<Record<string, string>> = {
  'criteria.custom.*.functions.*': 'life-function ids',
  'tender.lots.*.criteria.custom.*.functions.*': 'life-function ids',
  'remuneration.indicators.*.source': 'where a pay parameter comes from, buyer-side',
};

/** Every free-text leaf of a zod schema, as a dotted pattern (`*` for array items). Codes (regex) and enums are not free text. */
function textFields(schema: z.ZodType, path: string[] = []): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return textFields(def.innerType as z.ZodType, path);
    case 'pipe':
      return textFields(def.in as z.ZodType, path);
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => textFields(v, [...path, k]));
    case 'array':
      return textFields(def.element as z.ZodType, [...path, '*']);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => textFields(o, path));
    case 'string': {
      const checks = (def.checks as { _zod: { def: { format?: string } } }[] | undefined) ?? [];
      return checks.some((c) => c._zod.def.format === 'regex') ? [] : [path.join('.')];
    }
    default:
      return [];
  }
}

const matches = (pattern: string, field: string): boolean => {
  const a = pattern.split('.');
  const b = field.split('.');
  return a.length === b.length && a.every((x, i) => x === b[i] || x === '*' || b[i] === '*');
};

describe('published texts', () => {
  it('every free-text field of the spec is linted, or listed with the reason it is not', () => {
    const unclassified = textFields(SpecSchema).filter(
      (f) =>
        !PUBLISHED_TEXT_FIELDS.some((p) => matches(p.pattern, f)) &&
        !Object.keys(READ_THROUGH_GRID).some((p) => matches(p, f)) &&
        !Object.keys(NOT_LINTED).some((p) => matches(p, f)) &&
        !Object.keys(NOT_PRINTED).some((p) => matches(p, f)),
    );
    expect(unclassified).toEqual([]);
  });

  it('a lot’s own criteria are linted (through the lot’s grid), not listed as unread', () => {
    const fields = textFields(SpecSchema);
    for (const p of Object.keys(READ_THROUGH_GRID)) expect(fields.some((f) => matches(p, f)), p).toBe(true);
    expect(Object.keys(NOT_LINTED).filter((p) => p.includes('criteria'))).toEqual([]);
  });

  it('lists only fields the schema has', () => {
    const fields = textFields(SpecSchema);
    for (const p of PUBLISHED_TEXT_FIELDS) expect(fields.some((f) => matches(p.pattern, f)), p.pattern).toBe(true);
  });

  it('finds the concrete texts of a spec, with their paths', () => {
    const spec = SpecSchema.parse({
      buyer: { name: 'B' },
      territory: { name: 'T', description: 'D' },
      tender: { title: 'Titre', reference: 'R', procedure: 'procedure-adaptee', duration_months: 12, consultation_start: '2026-01-01', lots: [{ number: 1, title: 'Lot', description: 'Desc' }] },
      life_function: 'se-nourrir',
      stakes: ['Enjeu'],
      remuneration: { fixed_share: 100, performance_share: 0, mechanism: 'none', description: 'Rém.' },
      criteria: { profile: 'p', libraries: ['l'] },
      scoring: { tie_break: 'Départage' },
    });
    const got = publishedTexts(spec).map((t) => [t.path.join('.'), t.text]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['tender.lots.0.description', 'Desc'],
        ['stakes.0', 'Enjeu'],
        ['remuneration.description', 'Rém.'],
        ['scoring.tie_break', 'Départage'],
      ]),
    );
  });

  it('a text the documents publish is read: a local preference in a PSE title is reported', () => {
    const run = lintPatched((s) => (s.consultation = { pse: [{ title: 'Fourniture de produits locaux issus de producteurs situés à moins de 50 km' }] }));
    expect(of(run, 'legal/local-preference').map((f) => f.path?.join('.'))).toEqual(['consultation.pse.0.title']);
  });
});
