import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { DOCUMENT_WORDS, t, type DiagnosticKey, type DocumentKey } from '../wording/catalog.js';
import { parsePieceText, type PieceBlocks, type TextTable } from './coherence-text.js';

/**
 * The coherence of a tender file (issue 14 item 9), checked on the pieces' texts as a reader gets them: the Markdown
 * that `generate --dce --format md` writes, or a DOCX read back through LibreOffice (test/dce-coherence.office.test.ts).
 * Checking the text rather than the model catches what a template, an override or a renderer breaks on the way.
 *
 * - every "article N du CCAP", "article « … »", "pièce n° 0X" and "annexe" resolves to a heading of the cited piece,
 *   and to the right one when the citing sentence names its topic ("l'avance (article 6 du CCAP)");
 * - the criteria and sub-criteria, and their weights, are the same in the RC, the cadre de réponse, the grid DOCX and
 *   the grid XLSX;
 * - each indicator has one label, one unit and the same targets in the CCTP, the CCAP (targets and worked example)
 *   and the cadre de réponse;
 * - the lots are the same in every piece;
 * - the price schedule workbook (piece 06), when its text is given (coherence-workbook.ts): its reference scenario
 *   has the CCAP's indicator ids, labels, units and targets, and its PSE sheet the PSE of the AE (same lot) and of
 *   the RC, code for code and title for title.
 *
 * Pure: texts in, diagnostics out (code `dce-coherence`, `file` the piece that is wrong, args for another wording).
 */
export interface PieceText {
  /** The registry's id: rc, ae, ccap, cctp, cadre, grid-docx (…); what the checks look for. */
  readonly id: string;
  /** "04" for a publishable piece. */
  readonly number?: string;
  /** Its name, as the RC's list of pieces prints it. */
  readonly title: string;
  /** File name, for messages: "04-CCTP.docx". */
  readonly file: string;
  /** The text: headings as `#` lines, table rows as `| a | b |` lines (Markdown, or LibreOffice's read-back). */
  readonly text: string;
  /** The lot of a per-lot file (`02-AE-lot-1`); absent for a piece of the whole tender. */
  readonly lot?: number;
  /** A workbook (the price schedule): a piece references may cite; its text, when given, is its cells (coherence-workbook.ts). */
  readonly workbook?: boolean;
}

/** A grid workbook's first sheet as CSV (LibreOffice's export), with its lot for a tender with lots. */
export interface GridCsv {
  readonly file: string;
  readonly csv: string;
  readonly lot?: number;
}

export interface CoherenceInput {
  readonly lang: Lang;
  readonly pieces: readonly PieceText[];
  /** The grid workbook(s) as CSV, when they are checked: one per lot for a tender with lots. */
  readonly gridCsv?: GridCsv | readonly GridCsv[];
}

interface Ctx {
  readonly lang: Lang;
  readonly w: (key: DocumentKey) => string;
  readonly out: Diagnostic[];
  readonly pieces: readonly ParsedPiece[];
}

interface ParsedPiece extends PieceText {
  readonly blocks: PieceBlocks;
  /** Lowercased names a sentence uses for the piece: its title without the acronym, and the acronym. */
  readonly names: readonly string[];
}

export function checkCoherence(input: CoherenceInput): Diagnostic[] {
  const pieces = input.pieces.map((p): ParsedPiece => ({ ...p, blocks: parsePieceText(p.text), names: pieceNames(p.title) }));
  const ctx: Ctx = { lang: input.lang, w: (key) => DOCUMENT_WORDS[input.lang][key], out: [], pieces };
  for (const p of pieces) checkReferences(ctx, p);
  const grids: readonly GridCsv[] = input.gridCsv === undefined ? [] : 'csv' in input.gridCsv ? [input.gridCsv as GridCsv] : (input.gridCsv as readonly GridCsv[]);
  // With lots, weights and indicators are compared lot by lot: that lot's files with the pieces of the whole tender.
  const lots = [...new Set(pieces.flatMap((p) => (p.lot === undefined ? [] : [p.lot])))].sort((a, b) => a - b);
  if (!lots.length) {
    checkWeights(ctx, pieces, grids);
    checkIndicators(ctx, pieces);
    checkPse(ctx, pieces);
  }
  for (const lot of lots) {
    const view = pieces.filter((p) => p.lot === undefined || p.lot === lot);
    checkWeights(ctx, view, grids.filter((g) => g.lot === undefined || g.lot === lot), lot);
    checkIndicators(ctx, view, lot);
    checkPse(ctx, view, lot);
  }
  checkLots(ctx);
  // A shared piece is checked in each lot's view: the same fault is reported once.
  const seen = new Set<string>();
  return ctx.out.filter((d) => !seen.has(`${d.file}\u0000${d.message}`) && (seen.add(`${d.file}\u0000${d.message}`), true));
}

/**
 * The pieces a reference from `from` may mean: with lots, a per-lot piece cites its own lot's file of the target, and
 * a piece of the whole tender cites every lot's file (each must hold what is cited).
 */
function sameLot(from: ParsedPiece, candidates: readonly ParsedPiece[]): ParsedPiece[] {
  if (from.lot === undefined) return [...candidates];
  const mine = candidates.filter((x) => x.lot === undefined || x.lot === from.lot);
  return mine.length ? mine : [...candidates];
}

function report(ctx: Ctx, file: string, key: DiagnosticKey, args: Record<string, string | number>): void {
  ctx.out.push({ code: 'dce-coherence', severity: 'error', message: t(ctx.lang, key, { file, ...args }), file, args: { kind: key, ...args } });
}

const fold = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[’]/g, "'").trim().toLowerCase();

/** "Cahier des clauses techniques particulières (CCTP)" → ["cahier des clauses techniques particulières", "cctp"]. */
function pieceNames(title: string): string[] {
  const acronym = /\(([A-Z]{2,5})\)/.exec(title)?.[1];
  const name = fold(title.replace(/\s*\(.*$/, ''));
  return [name, ...(acronym ? [acronym.toLowerCase()] : [])];
}

// ─── cross-references ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Topics a citing sentence may name, and what the cited heading must then be about. The nearest topic word before
 * the reference, in its sentence, is the one checked: "l'avance (article 6 du CCAP)" must cite the article on the
 * advance. Both languages' words sit in one pattern: a reference never mixes them.
 */
const TOPICS: readonly { readonly cite: RegExp; readonly title: RegExp }[] = [
  { cite: /\bavance\b|\badvance\b/giu, title: /avance|advance/iu },
  { cite: /\bdurée\b|\bduration\b/giu, title: /durée|duration/iu },
  { cite: /\bpièces du marché\b|\bcontract documents\b/giu, title: /pièces|documents/iu },
  { cite: /\bpénalités?\b|\bpenalt(?:y|ies)\b/giu, title: /pénalit|penalt/iu },
  { cite: /\bréexamen\b|\breview clause\b/giu, title: /réexamen|review/iu },
  { cite: /\brésiliation\b|\btermination\b/giu, title: /résiliation|termination/iu },
  { cite: /\bliée à la performance\b|\bbonus\b|\bmalus\b|\bperformance-linked\b/giu, title: /performance/iu },
  { cite: /\bpaiement\b|\bpayée?s?\b|\bdéduite?s?\b|\bpayment\b|\bpaid\b|\bdeducted\b/giu, title: /règlement|paiement|payment/iu },
];

/** What an annex may be cited for; a sentence that names one cites an annex with that title. */
const ANNEX_TOPICS: readonly { readonly cite: RegExp; readonly title: RegExp }[] = [
  { cite: /\bglossaire\b|\bglossary\b/iu, title: /glossaire|glossary/iu },
  { cite: /\bdonnées du territoire\b|\bdata of the territory\b/iu, title: /données du territoire|data of the territory/iu },
];

/** "article 8 du CCAP", "articles 2 et 8 du CCAP", "article 2 of the CCAP". */
const ARTICLE_OF = /\barticles? ((?:\d+)(?:(?:\s*,\s*|\s+(?:et|and)\s+)\d+)*) (?:du|de la|of the) (CCAP|RC|CCTP)\b/gu;
/** "l'article 8", "(article 2)": an article of the piece itself (only the CCAP numbers its articles "Article N"). */
const ARTICLE_OWN = /\barticles? (\d+)\b(?!\s*(?:du|de|des|of|,\s*\d|et \d|and \d)\b)(?![.\-\d])/gu;
/** "article « Méthode de notation »": a heading of the piece itself, by its title. */
const ARTICLE_TITLE = /\barticle [«“"]\s*([^»”"]+?)\s*[»”"]/gu;
const PIECE_NO = /\b(?:pièce n°|piece no\.)\s*(\d{2})\b/giu;
/** "en annexe du cahier … (pièce n° 04)", "annexe du cadre de réponse", "reprises en annexe" (the piece's own). */
const ANNEX = /\b(?:en |in (?:an |the )?)?annexe?\b(?! (?:DC\d|\d))((?: (?:du|de la|de l'|of the) [^,;.()|]+)?)/giu;

/** Sentences of a text block: a reference and its topic word must sit in the same one. */
const sentences = (text: string): string[] => text.split(/(?<=[.;:!?])\s+(?=[A-ZÀ-Ý«])|\s\|\s/u);

function nearestTopic(before: string): { topic: string; title: RegExp } | undefined {
  let best: { at: number; topic: string; title: RegExp } | undefined;
  for (const tp of TOPICS) {
    for (const m of before.matchAll(tp.cite)) if (!best || m.index! > best.at) best = { at: m.index!, topic: m[0], title: tp.title };
  }
  return best;
}

/**
 * The articles of a piece, by number: "Article 8 — Rémunération…" (CCAP) or "8. Méthode de notation" (RC, CCTP),
 * with the titles of their sub-articles, which a topic may name ("part liée à la performance (article 4)").
 */
function articles(p: ParsedPiece): Map<number, { title: string; about: string }> {
  const out = new Map<number, { title: string; about: string }>();
  let current: { title: string; about: string } | undefined;
  for (const h of p.blocks.headings) {
    const m = /^(?:article\s+)?(\d+)(?:\.(?!\d)|\s*—|\s)\s*(.+)$/iu.exec(h.text);
    if (m && !out.has(Number(m[1]))) {
      current = { title: m[2]!.replace(/^—\s*/u, '').trim(), about: m[2]! };
      out.set(Number(m[1]), current);
    } else if (current && /^\d+\.\d+/u.test(h.text)) current.about += ` ; ${h.text}`;
    else current = undefined;
  }
  return out;
}

const headingTitle = (h: string): string => h.replace(/^(?:article\s+)?\d+(?:\.\d+)*\.?\s*(?:—\s*)?/iu, '').trim();

function checkReferences(ctx: Ctx, p: ParsedPiece): void {
  const byAcronym = (a: string): ParsedPiece[] => sameLot(p, ctx.pieces.filter((x) => x.names.includes(a.toLowerCase())));
  const own = articles(p);
  const ownTitles = new Set(p.blocks.headings.map((h) => fold(headingTitle(h.text))));
  for (const text of p.blocks.texts) {
    for (const sentence of sentences(text)) {
      // article N du X
      for (const m of sentence.matchAll(ARTICLE_OF)) {
        // No target: a piece this check was not given (a partial file set).
        const numbers = m[1]!.split(/\s*,\s*|\s+(?:et|and)\s+/u).map(Number);
        for (const target of byAcronym(m[2]!)) checkArticles(ctx, p, m[0], sentence.slice(0, m.index), numbers, target);
      }
      // l'article N (own articles: only a piece that numbers them "Article N")
      if (p.blocks.headings.some((h) => /^article\s+\d+/iu.test(h.text))) {
        for (const m of sentence.matchAll(ARTICLE_OWN)) checkArticles(ctx, p, m[0], sentence.slice(0, m.index), [Number(m[1])], p);
      }
      for (const m of sentence.matchAll(ARTICLE_TITLE)) {
        // A workbook has no articles: the one it cites is the RC's ("l'article « Prix noté » du règlement…").
        const rc = p.workbook ? ctx.pieces.find((x) => x.id === 'rc') : undefined;
        const titles = rc ? new Set(rc.blocks.headings.map((h) => fold(headingTitle(h.text)))) : ownTitles;
        if (!titles.has(fold(m[1]!))) report(ctx, p.file, 'coherence.ref-missing', { ref: m[0], target: rc?.file ?? p.file });
      }
      let after = 0; // a name before an earlier "pièce n°" of the sentence is that reference's, not this one's
      for (const m of sentence.matchAll(PIECE_NO)) {
        const from = after;
        after = m.index! + m[0].length;
        const target = ctx.pieces.find((x) => x.number === m[1]);
        if (!target) {
          report(ctx, p.file, 'coherence.piece-missing', { ref: m[0] });
          continue;
        }
        const before = fold(sentence.slice(from, m.index));
        let nearest: { at: number; name: string; piece: ParsedPiece } | undefined;
        for (const x of ctx.pieces) {
          for (const name of x.names) {
            const at = before.lastIndexOf(name);
            // A name counts only when it ends right before the reference: "cadre de réponse (…) (pièce n° 05)".
            if (at >= 0 && before.length - (at + name.length) <= 70 && (!nearest || at > nearest.at)) nearest = { at, name, piece: x };
          }
        }
        if (nearest && nearest.piece.id !== target.id) report(ctx, p.file, 'coherence.piece-topic', { ref: m[0], topic: nearest.name, number: target.number!, title: target.title });
      }
      for (const m of sentence.matchAll(ANNEX)) {
        const tail = fold(m[1] ?? '');
        const named = tail ? ctx.pieces.find((x) => x.names.some((n) => tail.includes(n))) : undefined;
        const targets = named ? sameLot(p, ctx.pieces.filter((x) => x.id === named.id)) : !tail && /\ben\b|\bin\b/iu.test(m[0]) ? [p] : [];
        for (const target of targets) {
        const annexes = target.blocks.headings.filter((h) => /^annexe?\b/iu.test(h.text));
        const topic = ANNEX_TOPICS.find((x) => x.cite.test(sentence));
        if (!annexes.length || (topic && !annexes.some((h) => topic.title.test(h.text)))) report(ctx, p.file, 'coherence.annex-missing', { ref: m[0].trim(), target: target.file });
        }
      }
    }
  }
}

function checkArticles(ctx: Ctx, p: ParsedPiece, ref: string, before: string, numbers: readonly number[], target: ParsedPiece): void {
  const list = articles(target);
  const found: { title: string; about: string }[] = [];
  for (const n of numbers) {
    const a = list.get(n);
    if (a === undefined) report(ctx, p.file, 'coherence.ref-missing', { ref, target: target.file });
    else found.push(a);
  }
  if (found.length !== numbers.length) return;
  const topic = nearestTopic(before);
  if (topic && !found.some((x) => topic.title.test(x.about))) report(ctx, p.file, 'coherence.ref-topic', { ref, topic: topic.topic, target: target.file, title: found.map((x) => x.title).join(' ; ') });
}

// ─── weights ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** "7,5" "1 288 000,00 €" "7.5" → number; NaN when the cell holds no number. */
export function parseNumber(s: string): number {
  const m = /^[+−-]?[\d\s\u00a0\u202f]*\d(?:[.,]\d+)?/u.exec(s.trim().replace(/^\+/u, ''));
  return m ? Number(m[0].replace(/[\s\u00a0\u202f]/gu, '').replace('−', '-').replace(',', '.')) : Number.NaN;
}

interface Weighted {
  readonly label: string;
  readonly points: number;
}
type Weights = Map<string, Weighted>;

const CRITERION_NO = /^\d+(?:\.\d+)?$/u;

function tableWeights(table: TextTable, numberCol: number, labelCol: number, pointsCol: number): Weights {
  const out: Weights = new Map();
  for (const row of table.rows) {
    const no = row[numberCol]?.trim() ?? '';
    if (CRITERION_NO.test(no)) out.set(no, { label: row[labelCol]!.trim(), points: parseNumber(row[pointsCol] ?? '') });
  }
  return out;
}

function findTable(p: ParsedPiece, header: readonly string[]): TextTable | undefined {
  const want = header.map(fold);
  return p.blocks.tables.find((x) => want.every((h) => x.header.map(fold).includes(h)));
}

/** The lot a heading is about ("7.2 Lot n° 2 : …" → 2), if it is about one. */
function headingLot(heading: string | undefined, lotWord: string): number | undefined {
  const m = heading === undefined ? null : new RegExp(`\\b${lotWord}\\s+(?:n°\\s*|no\\.\\s*)?(\\d+)\\b`, 'iu').exec(heading);
  return m ? Number(m[1]) : undefined;
}

function checkWeights(ctx: Ctx, view: readonly ParsedPiece[], grids: readonly GridCsv[], lot?: number): void {
  const sources: { file: string; weights: Weights; subOnly?: boolean }[] = [];
  const rc = view.find((p) => p.id === 'rc');
  if (rc) {
    const header = [ctx.w('col.criterion'), ctx.w('col.weight')];
    // With lots whose criteria differ, the RC heads one criteria table per lot; otherwise one table serves every lot.
    const want = header.map(fold);
    const all = rc.blocks.tables.filter((x) => want.every((h) => x.header.map(fold).includes(h)));
    const perLot = lot === undefined ? [] : all.filter((x) => headingLot(x.heading, ctx.w('dce.lot')) !== undefined);
    const table = perLot.length ? perLot.find((x) => headingLot(x.heading, ctx.w('dce.lot')) === lot) : all[0];
    if (!table) report(ctx, rc.file, 'coherence.table-missing', { table: `${ctx.w('col.criterion')} / ${ctx.w('col.weight')}` });
    else sources.push({ file: rc.file, weights: tableWeights(table, 0, table.header.map(fold).indexOf(fold(ctx.w('col.criterion'))), table.header.map(fold).indexOf(fold(ctx.w('col.weight')))) });
  }
  const grid = view.find((p) => p.id === 'grid-docx');
  if (grid) {
    const table = findTable(grid, [ctx.w('grid.criterion'), ctx.w('grid.points')]);
    if (!table) report(ctx, grid.file, 'coherence.table-missing', { table: `${ctx.w('grid.criterion')} / ${ctx.w('grid.points')}` });
    else sources.push({ file: grid.file, weights: tableWeights(table, 0, 1, 2) });
  }
  const cadre = view.find((p) => p.id === 'cadre');
  if (cadre) {
    // The cadre de réponse heads each criterion and sub-criterion "1.1 Label (7,5 points)"; the price has no section.
    const weights: Weights = new Map();
    for (const h of cadre.blocks.headings) {
      const m = /^(\d+(?:\.\d+)?)\.?\s+(.+?)\s*\(([\d\s\u00a0\u202f.,]+)\s*points?\)$/u.exec(h.text);
      if (m) weights.set(m[1]!, { label: m[2]!, points: parseNumber(m[3]!) });
    }
    sources.push({ file: cadre.file, weights, subOnly: true });
  }
  for (const gridCsv of grids) {
    const rows = parseCsv(gridCsv.csv);
    const header = rows.findIndex((r) => fold(r[0] ?? '') === fold(ctx.w('xlsx.number')));
    const weights: Weights = new Map();
    if (header < 0) report(ctx, gridCsv.file, 'coherence.table-missing', { table: ctx.w('xlsx.number') });
    else {
      const cols = rows[header]!.map(fold);
      // "Critère / Sous-critère": the column whose header starts with the criterion's word.
      const label = cols.findIndex((c) => c.startsWith(fold(ctx.w('xlsx.criterion')))), points = cols.indexOf(fold(ctx.w('xlsx.points')));
      for (const r of rows.slice(header + 1)) if (CRITERION_NO.test(r[0] ?? '')) weights.set(r[0]!, { label: r[label] ?? '', points: parseNumber(r[points] ?? '') });
    }
    sources.push({ file: gridCsv.file, weights });
  }
  const ref = sources[0];
  if (!ref) return;
  for (const s of sources.slice(1)) {
    for (const [no, w] of ref.weights) {
      const mine = s.weights.get(no);
      if (!mine) {
        // The cadre de réponse has no section for a criterion without sub-criteria (the price): nothing to answer.
        const answerless = s.subOnly && !no.includes('.') && ![...ref.weights.keys()].some((k) => k.startsWith(`${no}.`));
        if (!answerless) report(ctx, s.file, 'coherence.weight-missing', { number: no, label: w.label, other: ref.file });
        continue;
      }
      if (fold(mine.label) !== fold(w.label)) report(ctx, s.file, 'coherence.weight-label', { number: no, value: mine.label, other: ref.file, expected: w.label });
      if (Math.abs(mine.points - w.points) > 1e-9) report(ctx, s.file, 'coherence.weight', { number: no, label: w.label, value: String(mine.points), other: ref.file, expected: String(w.points) });
    }
    for (const [no, w] of s.weights) if (!ref.weights.has(no)) report(ctx, s.file, 'coherence.weight-extra', { number: no, label: w.label, other: ref.file });
  }
}

/** A CSV as LibreOffice writes it (comma, double quotes doubled inside quoted fields, newlines inside them). */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

// ─── indicators ──────────────────────────────────────────────────────────────────────────────────────────────────

interface Indicator {
  label?: string;
  unit?: string;
  /** Targets by contract year, "A1" → 54.5. */
  readonly targets: Map<string, number>;
}

const ID = /^[a-z0-9][a-z0-9_-]*$/u;
/** "Label — id" (first row of an indicator) or "id" (its following rows): the id and the label when there is one. */
function indicatorCell(cell: string): { id: string; label?: string } | undefined {
  const parts = cell.split(/\s+—\s+/u);
  const id = parts[parts.length - 1]!.trim();
  if (!ID.test(id)) return undefined;
  return { id, label: parts.length > 1 ? parts.slice(0, -1).join(' — ').trim() : undefined };
}

function checkIndicators(ctx: Ctx, view: readonly ParsedPiece[], lot?: number): void {
  const ccap = view.find((p) => p.id === 'ccap');
  if (!ccap) return;
  const w = ctx.w;
  const yearly = findTable(ccap, [w('dce.col.indicator'), w('dce.col.unit'), w('dce.col.period')]);
  if (!yearly) {
    report(ctx, ccap.file, 'coherence.table-missing', { table: `${w('dce.col.indicator')} / ${w('dce.col.unit')}` });
    return;
  }
  const years = yearly.header.slice(3);
  const ref = new Map<string, Indicator>();
  for (const row of yearly.rows) {
    const cell = indicatorCell(row[0] ?? '');
    if (!cell) continue;
    ref.set(cell.id, { label: cell.label, unit: row[1]?.trim(), targets: new Map(years.map((y, k) => [y.trim(), parseNumber(row[3 + k] ?? '')])) });
  }
  const compare = (file: string, other: string, got: Map<string, Indicator>, opts: { every?: boolean; shared?: boolean } = {}): void => {
    for (const [id, mine] of got) {
      const want = ref.get(id);
      if (!want) {
        // The worked example also shows the gain-sharing indicators, which have no yearly targets.
        if (!opts.shared) report(ctx, file, 'coherence.indicator-extra', { id, other });
        continue;
      }
      if (mine.label !== undefined && want.label !== undefined && fold(mine.label) !== fold(want.label)) report(ctx, file, 'coherence.indicator-label', { id, value: mine.label, other, expected: want.label });
      if (mine.unit !== undefined && want.unit !== undefined && mine.unit !== want.unit) report(ctx, file, 'coherence.indicator-unit', { id, value: mine.unit, other, expected: want.unit });
      for (const [year, v] of mine.targets) {
        const expected = want.targets.get(year);
        if (expected !== undefined && !(Math.abs(v - expected) < 1e-9)) report(ctx, file, 'coherence.indicator-target', { id, year, value: String(v), other, expected: String(expected) });
      }
    }
    if (opts.every) for (const id of ref.keys()) if (!got.has(id)) report(ctx, file, 'coherence.indicator-missing', { id, other });
  };
  // The worked example: one row per indicator and period, its target that of the yearly table.
  const example = findTable(ccap, [w('dce.col.indicator'), w('dce.col.period'), w('dce.col.target'), w('dce.col.value')]);
  if (example) {
    const got = new Map<string, Indicator>();
    for (const row of example.rows) {
      const cell = indicatorCell(row[0] ?? '');
      if (cell) got.set(cell.id, { label: cell.label, targets: new Map([[row[1]!.trim(), parseNumber(row[2] ?? '')]]) });
    }
    compare(ccap.file, ccap.file, got, { shared: true });
  }
  const cadre = view.find((p) => p.id === 'cadre');
  if (cadre) {
    const table = findTable(cadre, [w('dce.col.indicator'), w('dce.col.unit'), w('dce.col.year'), w('dce.col.referenceTarget')]);
    if (!table) report(ctx, cadre.file, 'coherence.table-missing', { table: `${w('dce.col.indicator')} / ${w('dce.col.referenceTarget')}` });
    else {
      const cols = table.header.map(fold);
      const unit = cols.indexOf(fold(w('dce.col.unit'))), year = cols.indexOf(fold(w('dce.col.year'))), target = cols.indexOf(fold(w('dce.col.referenceTarget')));
      const got = new Map<string, Indicator>();
      for (const row of table.rows) {
        const cell = indicatorCell(row[0] ?? '');
        if (!cell) continue;
        const i = got.get(cell.id) ?? { targets: new Map<string, number>() };
        if (cell.label) i.label = cell.label;
        if (i.unit !== undefined && i.unit !== row[unit]?.trim()) report(ctx, cadre.file, 'coherence.indicator-unit', { id: cell.id, value: row[unit]!.trim(), other: cadre.file, expected: i.unit });
        i.unit = row[unit]?.trim();
        i.targets.set(row[year]!.trim(), parseNumber(row[target] ?? ''));
        got.set(cell.id, i);
      }
      compare(cadre.file, ccap.file, got, { every: true });
    }
  }
  // The price schedule's reference scenario: every paid indicator with the CCAP's targets (when its cells are given).
  for (const prix of view.filter((p) => p.id === 'prix' && p.text)) {
    const table = findTable(prix, [w('dce.col.indicator'), w('dce.col.unit'), w('dce.col.period')]);
    if (!table) {
      if (ref.size) report(ctx, prix.file, 'coherence.table-missing', { table: `${w('dce.col.indicator')} / ${w('dce.col.period')}` });
    } else {
      const got = new Map<string, Indicator>();
      for (const row of table.rows) {
        const cell = indicatorCell(row[0] ?? '');
        if (cell) got.set(cell.id, { label: cell.label, unit: row[1]?.trim(), targets: new Map(table.header.slice(3).map((y, k) => [y.trim(), parseNumber(row[3 + k] ?? '')])) });
      }
      compare(prix.file, ccap.file, got, { every: true });
    }
  }
  const cctp = ctx.pieces.find((p) => p.id === 'cctp');
  if (cctp) {
    // The CCTP names indicators by label ("Label — Unité : %") and gives the final target with its year: "60 (2029)".
    // With lots, the CCTP adds a table of each lot's own indicators under a heading naming the lot: this lot's counts.
    const want = [w('col.indicator'), w('col.target')].map(fold);
    const tables = cctp.blocks.tables.filter((x) => want.every((h) => x.header.map(fold).includes(h)) && [undefined, lot].includes(headingLot(x.heading, w('dce.lot'))));
    if (!tables.length) {
      report(ctx, cctp.file, 'coherence.table-missing', { table: w('col.indicator') });
      return;
    }
    const firstYear = Number(/\(A1\)\D{0,80}?(\d{4})/u.exec(ccap.blocks.texts.join('\n'))?.[1] ?? Number.NaN);
    const unitPrefix = `${w('col.unit')} :`;
    const seen = new Set<string>();
    for (const table of tables) {
    const target = table.header.map(fold).indexOf(fold(w('col.target')));
    for (const row of table.rows) {
      const parts = (row[0] ?? '').split(/\s+—\s+/u);
      const label = parts[0]!.trim();
      const unitPart = parts.slice(1).find((x) => x.trim().startsWith(unitPrefix));
      const entry = [...ref.entries()].find(([, i]) => i.label !== undefined && fold(i.label) === fold(label));
      if (!entry) continue; // an indicator followed but not paid on (the CCAP pays on some indicators only)
      const [id, want] = entry;
      seen.add(id);
      const unit = unitPart?.trim().slice(unitPrefix.length).trim();
      if (unit !== undefined && unit !== want.unit) report(ctx, cctp.file, 'coherence.indicator-unit', { id, value: unit, other: ccap.file, expected: want.unit ?? '' });
      const m = /^(.+?)\s*\((\d{4})\)\s*$/u.exec(row[target] ?? '');
      if (m && Number.isFinite(firstYear)) {
        const year = `A${Number(m[2]) - firstYear + 1}`;
        const expected = want.targets.get(year);
        const v = parseNumber(m[1]!);
        if (expected !== undefined && !(Math.abs(v - expected) < 1e-9)) report(ctx, cctp.file, 'coherence.indicator-target', { id, year: m[2]!, value: String(v), other: ccap.file, expected: String(expected) });
      }
    }
    }
    for (const id of ref.keys()) if (!seen.has(id)) report(ctx, cctp.file, 'coherence.indicator-missing', { id, other: ccap.file });
  }
}

// ─── PSE ──────────────────────────────────────────────────────────────────────────────────────────────────────────

const PSE_CODE = /^PSE\d+$/u;
const PSE_ITEM = /^(PSE\d+) — (.+)$/u;

/**
 * The PSE of one lot (or of the tender) agree between the price schedule's PSE sheet, the AE's PSE lines and the
 * RC's list: the same codes, and each code the same title ("PSE1 — title" in the RC and the AE, code and label
 * columns in the workbook). The RC lists every lot's PSE: it must hold each code of the AE and the workbook, and,
 * without lots, exactly theirs.
 */
function checkPse(ctx: Ctx, view: readonly ParsedPiece[], lot?: number): void {
  const w = ctx.w;
  const sources: { file: string; pse: Map<string, string> }[] = [];
  for (const prix of view.filter((p) => p.id === 'prix' && p.text)) {
    const table = findTable(prix, [w('dce.prices.col.code'), w('dce.pse.col.required')]);
    const pse = new Map<string, string>();
    for (const row of table?.rows ?? []) if (PSE_CODE.test(row[0]?.trim() ?? '')) pse.set(row[0]!.trim(), (row[1] ?? '').trim());
    sources.push({ file: prix.file, pse });
  }
  for (const ae of view.filter((p) => p.id === 'ae')) {
    const pse = new Map<string, string>();
    // "Lot 1 — PSE1 — title" or "PSE1 — title": the first cell of the AE's PSE table.
    for (const table of ae.blocks.tables) for (const row of table.rows) {
      const m = PSE_ITEM.exec((row[0] ?? '').replace(new RegExp(`^${w('dce.lot')} \\d+ — `, 'u'), '').trim());
      if (m) pse.set(m[1]!, m[2]!.trim());
    }
    sources.push({ file: ae.file, pse });
  }
  const rc = view.find((p) => p.id === 'rc');
  const rcPse = new Map<string, string>();
  // The RC's item: "PSE1 — title. What it is…": its text starts with the title.
  if (rc) for (const text of rc.blocks.texts) {
    const m = PSE_ITEM.exec(text);
    if (m && !rcPse.has(m[1]!)) rcPse.set(m[1]!, m[2]!);
  }
  const [first, ...others] = sources;
  if (first) {
    for (const o of others) {
      for (const [code, title] of first.pse) {
        const mine = o.pse.get(code);
        if (mine === undefined) report(ctx, o.file, 'coherence.pse-missing', { code, other: first.file });
        else if (fold(mine) !== fold(title)) report(ctx, o.file, 'coherence.pse-label', { code, value: mine, other: first.file, expected: title });
      }
      for (const code of o.pse.keys()) if (!first.pse.has(code)) report(ctx, o.file, 'coherence.pse-extra', { code, other: first.file });
    }
  }
  if (!rc) return;
  for (const src of sources) {
    for (const [code, title] of src.pse) {
      const text = rcPse.get(code);
      if (text === undefined) report(ctx, src.file, 'coherence.pse-extra', { code, other: rc.file });
      else if (!fold(text).startsWith(fold(title))) report(ctx, src.file, 'coherence.pse-label', { code, value: title, other: rc.file, expected: text.split(/\. /u)[0]! });
    }
    // Without lots the RC's list is the tender's: every PSE it announces is priced.
    if (lot === undefined) for (const code of rcPse.keys()) if (!src.pse.has(code)) report(ctx, src.file, 'coherence.pse-missing', { code, other: rc.file });
  }
}

// ─── lots ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** The lots a piece names ("Lot 2 : Transport à la demande"), by number; "Lot unique" names none. */
function lotsOf(p: ParsedPiece, lotWord: string): Map<string, string> {
  const out = new Map<string, string>();
  // Case-sensitive: a lot is named "Lot 2 : …"; a running title ending "… — lot n° 1" (a page header) names none.
  const re = new RegExp(`\\b${lotWord}\\s+(?:n°\\s*|no\\.\\s*)?(\\d+)\\s*[:—–]\\s*([^;|\\n]+)`, 'gu');
  for (const text of p.blocks.texts) for (const m of text.matchAll(re)) if (!out.has(m[1]!)) out.set(m[1]!, fold(m[2]!).replace(/[.\s]+$/u, ''));
  return out;
}

/** A lot's title as one piece prints it may be cut short ("Lot 1 : Repas" then "Lot 1 : Repas des écoles — …"). */
const sameTitle = (a: string, b: string): boolean => a.startsWith(b.slice(0, 20)) || b.startsWith(a.slice(0, 20));

function checkLots(ctx: Ctx): void {
  const named = ctx.pieces.map((p) => ({ p, lots: lotsOf(p, ctx.w('dce.lot')) }));
  // The reference: the piece of the whole tender that names the most lots (a per-lot file names its own lot only).
  const shared = named.filter((x) => x.lots.size && x.p.lot === undefined);
  const ref = (shared.length ? shared : named.filter((x) => x.lots.size)).reduce<(typeof named)[number] | undefined>((a, b) => (!a || b.lots.size > a.lots.size ? b : a), undefined);
  if (!ref) return;
  const show = (m: ReadonlyMap<string, string>): string => [...m.keys()].sort().join(', ');
  for (const x of named) {
    if (x === ref || !x.lots.size) continue; // a piece that names no lot (a grid) says nothing against the lots
    const expected = x.p.lot === undefined ? ref.lots : new Map([...ref.lots].filter(([n]) => n === String(x.p.lot)));
    const differs = [...x.lots.keys()].sort().join() !== [...expected.keys()].sort().join() || [...x.lots].some(([n, title]) => !sameTitle(title, expected.get(n)!));
    if (differs) report(ctx, x.p.file, 'coherence.lots', { value: show(x.lots), other: ref.p.file, expected: show(expected) });
  }
  // Every lot has its file of each per-lot piece, and no file is for a lot the tender does not have.
  const ids = [...new Set(ctx.pieces.filter((p) => p.lot !== undefined).map((p) => p.id))];
  for (const id of ids) {
    const files = ctx.pieces.filter((p) => p.id === id);
    const got = new Map(files.flatMap((p) => (p.lot === undefined ? [] : [[String(p.lot), '']])));
    if ([...got.keys()].sort().join() !== [...ref.lots.keys()].sort().join()) report(ctx, files[0]!.file, 'coherence.lots', { value: show(got), other: ref.p.file, expected: show(ref.lots) });
  }
}
