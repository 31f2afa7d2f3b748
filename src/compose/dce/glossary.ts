import type { Block, CellInput } from '../document.js';
import { b } from '../document.js';
import { DCE_PIECES, type PieceContext } from '../../dce/pieces.js';
import type { DocumentKey } from '../../wording/catalog.js';
import { InputError } from '../../model/errors.js';

/**
 * The glossary annexed to the CCTP (issue 14 item 10): the terms of the economy of functionality and cooperation
 * that the tender file uses, defined for bidders. Only the terms some published piece uses are listed: the CCTP's
 * own body and every other publishable document of the registry are read for each term's words (`glossary.<term>.match`).
 */
export const GLOSSARY_TERMS = [
  'usagePerformance',
  'lifeFunction',
  'usefulEffects',
  'externalities',
  'integratedSolution',
  'cooperation',
  'reflexiveGovernance',
  'baseline',
  'trajectory',
  'neutralBand',
  'bonusMalus',
  'gainSharing',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** Every string of a block tree, in order: enough to tell whether a word appears in a piece. */
export function blockStrings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const x of node) blockStrings(x, out);
  else if (node && typeof node === 'object') for (const x of Object.values(node)) blockStrings(x, out);
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The terms whose words appear in `text`, in the glossary's order. */
export function usedTerms(text: string, label: (key: DocumentKey) => string): GlossaryTerm[] {
  const folded = text.toLowerCase().replace(/[’]/gu, "'");
  return GLOSSARY_TERMS.filter((term) =>
    label(`glossary.${term}.match` as DocumentKey)
      .split('|')
      .some((w) => new RegExp(`(?<![\\p{L}])${escape(w.toLowerCase())}`, 'u').test(folded)),
  );
}

/** The glossary's table, for the CCTP whose body (before its annexes) is `cctpBody`. */
export function glossaryTable(ctx: PieceContext, cctpBody: readonly Block[]): Block[] {
  const others = DCE_PIECES.filter((p) => p.kind === 'document' && p.id !== 'cctp' && ctx.published.some((x) => x.id === p.id));
  const texts = [...blockStrings(cctpBody)];
  for (const p of others) {
    let out: ReturnType<typeof p.compose>;
    try {
      out = p.compose(ctx);
    } catch (err) {
      // A piece the spec cannot give (the CCAP of an incomplete pay rule) reports its own error when it is composed;
      // the CCTP, composable on its own, lists the terms of the pieces that are.
      if (err instanceof InputError) continue;
      throw err;
    }
    if (out.kind === 'document') blockStrings(out.doc.sections, texts);
  }
  const label = (key: DocumentKey): string => ctx.t.label(key);
  const rows = usedTerms(texts.join('\n'), label).map((term): CellInput[] => [{ runs: [b(label(`glossary.${term}.term` as DocumentKey))] }, label(`glossary.${term}.definition` as DocumentKey)]);
  return [
    {
      type: 'table',
      columns: [
        { header: label('glossary.col.term'), width: 28 },
        { header: label('glossary.col.definition'), width: 72 },
      ],
      rows,
    },
  ];
}
