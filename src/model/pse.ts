import { z } from 'zod';
import { IdSchema } from './common.js';
import type { Diagnostic } from './diagnostic.js';
import type { SourcePos } from './grid.js';
import { t } from '../wording/catalog.js';
import { getTerminalLang } from '../wording/lang.js';

/**
 * Prestations supplémentaires éventuelles (PSE): priced optional items the buyer may retain at award, not variants
 * (code-commande-publique.com II.2.10). Written under `consultation.pse`; each one is printed the same way in the RC
 * (what it is, whether bidders must price it, its minimum requirements, how it is priced, whether the scored price
 * counts it), in the AE (one price line per PSE and lot) and in the price schedule (a "PSE" sheet per lot with its
 * own total, apart from the base offer's).
 *
 * Shape (every field but `title` has a default, so `- title: …` alone stays valid, as older specs wrote it):
 *
 *   consultation:
 *     pse:
 *       - id: bio-plus              # optional; "pse-<n>" (n = rank in the list, 1-based) when absent
 *         title: Part de produits biologiques portée à 40 %
 *         description: …            # optional
 *         lots: [1]                 # optional; every lot (or the tender without lots) when absent
 *         required: true            # bidders must price it (an offer that does not is irregular); false: may
 *         minimum_requirements: [ … ]  # what the PSE must at least provide (printed in the RC)
 *         per: year                 # year: an annual price counted for the contract's years; once: a lump sum
 *         scored: true              # its amount is added to the scored price when the buyer retains it
 *
 * Codes: the n-th PSE of the list is "PSE<n>" everywhere (RC, AE, workbook), whatever lots it applies to, so a PSE
 * keeps its number from one lot's file to another's.
 */
const Text = z.string().trim().min(1);

export const PSE_PER = ['year', 'once'] as const;
export type PsePer = (typeof PSE_PER)[number];

export const PseSchema = z
  .object({
    id: IdSchema.optional(),
    title: Text,
    description: Text.optional(),
    /** Numbers of the lots it applies to; all of them when absent. */
    lots: z.array(z.number().int().positive()).min(1).optional(),
    required: z.boolean().default(true),
    minimum_requirements: z.array(Text).default([]),
    per: z.enum(PSE_PER).default('year'),
    scored: z.boolean().default(true),
  })
  .strict();
export type PseSpec = z.infer<typeof PseSchema>;

export const PseListSchema = z
  .array(PseSchema)
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((p, i) => {
      const id = pseId(p, i);
      const first = seen.get(id);
      if (first !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'id'], message: `duplicate PSE id "${id}" (also PSE no. ${first + 1})` });
      else seen.set(id, i);
    });
  });

/** The id a PSE is known by (prices, coherence): its own, or "pse-<n>". */
export const pseId = (p: Pick<PseSpec, 'id'>, index: number): string => p.id ?? `pse-${index + 1}`;

/** The code printed in every piece: "PSE1", "PSE2"… by rank in the spec's list. */
export const pseCode = (index: number): string => `PSE${index + 1}`;

/** A PSE with its id and code resolved. */
export interface ResolvedPse extends PseSpec {
  readonly id: string;
  readonly code: string;
  /** 1-based rank in the spec's list. */
  readonly n: number;
}

/**
 * The PSE of a tender, or of one lot: `lot` given, those that apply to it (no `lots`, or `lots` naming it); absent,
 * every PSE (the RC lists them all, each with its lots).
 */
export function resolvePse(list: readonly PseSpec[], lot?: number): ResolvedPse[] {
  return list.map((p, i) => ({ ...p, id: pseId(p, i), code: pseCode(i), n: i + 1 })).filter((p) => lot === undefined || !p.lots || p.lots.includes(lot));
}

/**
 * The lot a spec is seen from: a lot's view (src/select/lots.ts) keeps only that lot in `tender.lots`, and a whole
 * spec never has exactly one lot (lots-single is an error), so one lot means the view of that lot.
 */
export const viewedLot = (spec: { readonly tender: { readonly lots: readonly { readonly number: number }[] } }): number | undefined =>
  spec.tender.lots.length === 1 ? spec.tender.lots[0]!.number : undefined;

/** The PSE a spec (or a lot's view of it) prices. */
export const psesOf = (spec: { readonly tender: { readonly lots: readonly { readonly number: number }[] }; readonly consultation: { readonly pse: readonly PseSpec[] } }): ResolvedPse[] =>
  resolvePse(spec.consultation.pse, viewedLot(spec));

/**
 * PSE naming lots the tender does not have (or any lot, in a tender without lots): every one at once, each at its
 * file:line:col. Checked when the spec is read, with the lots (src/load/spec.ts).
 */
export function checkPseLots(spec: { readonly tender: { readonly lots: readonly { readonly number: number }[] }; readonly consultation: { readonly pse: readonly PseSpec[] } }, positionOf: (path: (string | number)[]) => SourcePos): Diagnostic[] {
  const tl = getTerminalLang();
  const lots = spec.tender.lots.map((l) => l.number);
  return spec.consultation.pse.flatMap((p, i) =>
    (p.lots ?? []).flatMap((n, k): Diagnostic[] => {
      if (lots.includes(n)) return [];
      const path = ['consultation', 'pse', i, 'lots', k];
      return [{ code: 'pse-unknown-lot', severity: 'error', message: t(tl, 'pse.unknown-lot', { code: pseCode(i), lot: n, lots: lots.join(', ') || '—' }), path, ...positionOf(path) }];
    }),
  );
}
