import type { Grid } from '../model/grid.js';
import type { TieBreakRule, TieGroup } from '../model/result.js';
import { TIE_EPSILON, type BidTotals } from './totals.js';
import { stripAccents } from '../util/text.js';

/**
 * Ranking and the announced tie-break rule. spec.scoring.tie_break is free text written for bidders; it is
 * applied by the machine when it names, in order, award criteria or sub-criteria of the grid (by id, by number
 * as in "critère 2", or by at least two significant words of the label) or the price ("prix", "price",
 * "moins-disant"). The tied bidder with more points on the first key goes first, then the next key; for the
 * price, the lower price goes first. The interpretation is printed in the report for the committee to confirm;
 * a rule the machine cannot read is reported with its text and the tie is left for the committee.
 */
const STOP = new Set(['de', 'd', 'du', 'des', 'la', 'le', 'les', 'l', 'et', 'a', 'au', 'aux', 'en', 'sur', 'un', 'une', 'the', 'of', 'and', 'on', 'to', 'for', 'in', 'a', 'an']);
const PRICE_WORDS = ['prix', 'price', 'moins-disant', 'moins disant', 'cheapest', 'lowest price', 'offre la moins chere'];
const fold = (s: string): string => stripAccents(s.toLowerCase()).replace(/[’']/g, ' ');
const tokens = (s: string): string[] =>
  fold(s)
    .split(/[^a-z0-9.-]+/)
    .map((t) => t.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean);

/** Longest run of label tokens found contiguously in the text: [position, significant words]. */
function labelRun(text: string[], label: string[]): [number, number, number] {
  let best: [number, number, number] = [-1, 0, 0];
  for (let i = 0; i < text.length; i++) {
    for (let j = 0; j < label.length; j++) {
      let k = 0;
      while (i + k < text.length && j + k < label.length && text[i + k] === label[j + k]) k++;
      const significant = text.slice(i, i + k).filter((t) => !STOP.has(t)).length;
      if (significant > best[1]) best = [i, significant, k];
    }
  }
  return best;
}

export function parseTieBreak(text: string, grid: Grid): TieBreakRule {
  const words = tokens(text);
  const folded = ` ${words.join(' ')} `;
  type Hit = { kind: 'criterion' | 'price'; id: string; label: string; pos: number; len: number; weight: number };
  const hits: Hit[] = [];
  const cands = [
    ...grid.criteria.map((c) => ({ id: c.id, number: c.number, label: c.label, price: c.kind === 'price', rank: 1 })),
    ...grid.criteria.flatMap((c) => c.subCriteria.map((s) => ({ id: s.id, number: s.number, label: s.label, price: false, rank: 0 }))),
  ];
  for (const c of cands) {
    const kind = c.price ? 'price' : 'criterion';
    const idPos = words.indexOf(c.id);
    if (idPos >= 0) hits.push({ kind, id: c.id, label: c.label, pos: idPos, len: 1, weight: 100 + c.rank });
    const numPos = words.findIndex((w, k) => /^(critere|criterion|sous-critere|sub-criterion)$/.test(w) && words[k + 1] === c.number);
    if (numPos >= 0) hits.push({ kind, id: c.id, label: c.label, pos: numPos, len: 2, weight: 100 + c.rank });
    const [pos, significant, len] = labelRun(words, tokens(c.label));
    if (significant >= 2) hits.push({ kind, id: c.id, label: c.label, pos, len, weight: significant * 2 + c.rank });
  }
  const priceCrit = grid.criteria.find((c) => c.kind === 'price');
  for (const w of PRICE_WORDS) {
    const at = folded.indexOf(` ${fold(w)} `);
    if (at >= 0 && priceCrit) hits.push({ kind: 'price', id: priceCrit.id, label: priceCrit.label, pos: folded.slice(0, at).split(' ').length - 1, len: 1, weight: 1 });
  }
  // Overlapping hits name one thing: keep the strongest, then read the keys in the order the text gives them.
  hits.sort((a, b) => b.weight - a.weight || a.pos - b.pos);
  const kept: Hit[] = [];
  for (const h of hits) {
    const overlaps = kept.some((k) => h.pos < k.pos + k.len && k.pos < h.pos + h.len);
    if (!overlaps && !kept.some((k) => k.id === h.id)) kept.push(h);
  }
  kept.sort((a, b) => a.pos - b.pos);
  return { text, keys: kept.map((k) => ({ kind: k.kind, id: k.id, label: k.label })) };
}

export interface RankInput {
  readonly totals: readonly BidTotals[];
  readonly prices: ReadonlyMap<string, number>;
  readonly rule?: TieBreakRule;
}

export interface RankOutput {
  readonly order: string[];
  readonly rank: ReadonlyMap<string, number>;
  readonly ties: TieGroup[];
}

export function rankBidders({ totals, prices, rule }: RankInput): RankOutput {
  const keyValue = (t: BidTotals, k: TieBreakRule['keys'][number]): number =>
    k.kind === 'price' ? -(prices.get(t.bidder) ?? Infinity) : (t.criterionPoints[k.id] ?? t.subPoints[k.id] ?? 0);
  const cmpKeys = (a: BidTotals, b: BidTotals): number => {
    for (const k of rule?.keys ?? []) {
      const d = keyValue(b, k) - keyValue(a, k);
      if (Math.abs(d) > TIE_EPSILON) return d;
    }
    return 0;
  };
  // Stable: equal bidders keep the order in which they were given.
  const sorted = [...totals].sort((a, b) => a.rank - b.rank || cmpKeys(a, b));
  const rank = new Map<string, number>();
  const ties: TieGroup[] = [];
  sorted.forEach((t, k) => {
    const prev = sorted[k - 1];
    const same = prev && prev.rank === t.rank && cmpKeys(prev, t) === 0;
    rank.set(t.bidder, same ? rank.get(prev.bidder)! : k + 1);
  });
  for (const r of new Set(totals.map((t) => t.rank))) {
    const group = sorted.filter((t) => t.rank === r);
    if (group.length < 2) continue;
    const finalRanks = new Set(group.map((t) => rank.get(t.bidder)));
    ties.push({ bidders: group.map((t) => t.bidder), total: group[0]!.total, rankOnTotal: r, resolved: finalRanks.size > 1 });
  }
  ties.sort((a, b) => a.rankOnTotal - b.rankOnTotal);
  return { order: sorted.map((t) => t.bidder), rank, ties };
}
