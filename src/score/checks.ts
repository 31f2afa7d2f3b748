import type { Lang } from '../model/common.js';
import type { Grid } from '../model/grid.js';
import type { Finding, MissingMark, ResultMark } from '../model/result.js';
import { levelOf } from './consolidate.js';
import { mark as fmtMark } from './format.js';
import { message } from './messages.js';
import { stripAccents } from '../util/text.js';

/**
 * Wording that belongs to the bottom of the anchored scale (0–1: missing, generic, high risk) or to its top
 * (5: exceeds with proof). Seeing one in the justification of a mark at the other end of the scale is worth a
 * second look. Both languages are searched: an evaluator may write in either. Only strong phrases are listed,
 * because "aucune réserve" or "no gap" are praise.
 */
const LOW_WORDING = [
  'insuffisant', 'insuffisante', 'insuffisants', 'insuffisantes', 'non démontré', 'non démontrée', 'non conforme', 'générique',
  'lacunaire', 'hors sujet', 'ne répond pas', 'sans preuve', 'aucune preuve', 'aucun engagement', "pas d'engagement", 'pas d’engagement',
  'insufficient', 'not demonstrated', 'non-compliant', 'generic', 'does not address', 'no evidence', 'no commitment',
];
const HIGH_WORDING = [
  'excellent', 'excellente', 'remarquable', 'exemplaire', 'très convaincant', 'très convaincante', 'au-delà des attentes', 'dépasse les exigences',
  'outstanding', 'exemplary', 'exceeds the requirements', 'very convincing', 'beyond expectations',
];

const fold = (s: string): string => stripAccents(s.toLowerCase()).replace(/\s+/g, ' ').trim();
function findWord(text: string, words: readonly string[]): string | undefined {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N}'’-]+/gu, ' ')} `;
  return words.find((w) => t.includes(` ${fold(w)} `));
}

export interface ChecksInput {
  readonly grid: Grid;
  readonly marks: readonly ResultMark[];
  readonly missing: readonly MissingMark[];
  readonly minJustificationChars: number;
  readonly spreadLevels: number;
  readonly lang: Lang;
}

/** The committee's checklist over the marks: scale, justification, wording, spread between evaluators. */
export function checkMarks(input: ChecksInput): Finding[] {
  const { grid, lang } = input;
  const out: Finding[] = [];
  const subs = new Map(grid.criteria.flatMap((c) => c.subCriteria).map((s) => [s.id, s]));
  const name = (id: string): string => {
    const s = subs.get(id);
    return s ? `${s.number} ${s.label}` : id;
  };
  const levelMarks = grid.scale.marks;
  for (const m of input.marks) {
    const criterion = name(m.criterion);
    for (const e of m.byEvaluator) {
      const base = { bidder: m.bidder, criterion: m.criterion, evaluator: e.evaluator, source: e.source };
      const args = { evaluator: e.evaluator, bidder: m.bidder, criterion, mark: fmtMark(e.mark, lang) };
      const level = levelOf(e.mark, grid.scale.max);
      if (!levelMarks.some((x) => Math.abs(x - e.mark) < 1e-9)) {
        out.push({ code: 'mark-between-levels', severity: 'info', message: message('mark-between-levels', lang, args), ...base });
      }
      const text = e.justification.trim();
      if (text === '') {
        out.push({ code: 'justification-missing', severity: 'warning', message: message('justification-missing', lang, args), ...base });
        continue;
      }
      if (text.length < input.minJustificationChars) {
        const a = { ...args, chars: text.length, min: input.minJustificationChars, level: fmtMark(level, lang) };
        out.push({ code: 'justification-short', severity: 'warning', message: message('justification-short', lang, a), ...base });
      }
      const low = level >= 4 - 1e-9 ? findWord(text, LOW_WORDING) : undefined;
      const high = level <= 1 + 1e-9 ? findWord(text, HIGH_WORDING) : undefined;
      const word = low ?? high;
      if (word) {
        const direction = low ? (lang === 'fr' ? 'bas' : 'low') : lang === 'fr' ? 'hauts' : 'high';
        const a = { ...args, level: fmtMark(level, lang), word, direction };
        out.push({ code: 'justification-contradicts-level', severity: 'warning', message: message('justification-contradicts-level', lang, a), ...base });
      }
    }
  }
  out.push(...duplicates(input.marks, name, lang));
  for (const m of input.marks) {
    if (!m.needsConsensus) continue;
    const marks = m.byEvaluator.map((e) => `${e.evaluator} ${fmtMark(e.mark, lang)}`).join(', ');
    const args = { bidder: m.bidder, criterion: name(m.criterion), marks, spread: fmtMark(m.spreadLevels, lang), max: input.spreadLevels };
    out.push({ code: 'marks-spread', severity: 'warning', message: message('marks-spread', lang, args), bidder: m.bidder, criterion: m.criterion });
  }
  for (const x of input.missing) {
    out.push({ code: 'mark-missing', severity: 'warning', message: message('mark-missing', lang, { evaluator: x.evaluator, bidder: x.bidder, criterion: name(x.criterion) }), ...x });
  }
  return out;
}

/** The same evaluator pasting the same words for several offers on one sub-criterion: the text says nothing of either. */
function duplicates(marks: readonly ResultMark[], name: (id: string) => string, lang: Lang): Finding[] {
  const groups = new Map<string, { evaluator: string; criterion: string; bidders: string[] }>();
  for (const m of marks) {
    for (const e of m.byEvaluator) {
      const text = fold(e.justification);
      if (text.length === 0) continue;
      const key = `${e.evaluator}\u0000${m.criterion}\u0000${text}`;
      const g = groups.get(key) ?? groups.set(key, { evaluator: e.evaluator, criterion: m.criterion, bidders: [] }).get(key)!;
      g.bidders.push(m.bidder);
    }
  }
  return [...groups.values()]
    .filter((g) => g.bidders.length > 1)
    .map((g) => ({
      code: 'justification-duplicate',
      severity: 'warning' as const,
      message: message('justification-duplicate', lang, { evaluator: g.evaluator, bidders: g.bidders.join(', '), criterion: name(g.criterion) }),
      evaluator: g.evaluator,
      criterion: g.criterion,
    }));
}

