import type { Lang } from '../model/common.js';
import { PRICE_JUSTIFICATIONS, REGULARITY_STATUSES, type ConsensusEntry, type PriceJustification, type RegularityEntry, type RegularityStatus } from '../model/committee.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import { didYouMean } from '../util/suggest.js';
import { getTerminalLang } from '../wording/lang.js';
import { foldHeader, headerIndex, missingColumns, parseCsvTable, type CsvTable } from './csv.js';
import { loadMessage } from './messages.js';
import { MARKS_COLUMNS } from './marks-csv.js';
import { readNumber } from './number.js';
import { readTextInput } from './text.js';

/**
 * The committee's two CSV files beside the marks (read through the one text reader and CSV parser, French or English
 * headers, `;` or `,`):
 * - regularity (`--regularity`): `bidder,status,reason[,regularised][,price_justification]`, one line per offer;
 * - consensus (`--consensus`): `bidder,criterion,mark,agreed_by,assessment`, one line per offer and sub-criterion.
 * Every problem is returned with its line; bidders are checked against the offers later, by the score core.
 */
export const REGULARITY_COLUMNS = {
  bidder: MARKS_COLUMNS.bidder,
  status: ['status', 'statut', 'régularité', 'regularity', 'état', 'etat'],
  reason: ['reason', 'reasons', 'motif', 'motifs', 'raison', 'justification', 'observations'],
  regularised: ['regularised', 'regularized', 'régularisée', 'régularisé', 'régularisation', 'regularisation'],
  priceJustification: ['price justification', 'price_justification', 'justification du prix', 'justification prix', 'offre anormalement basse', 'abnormally low'],
} as const;
export const CONSENSUS_COLUMNS = {
  bidder: MARKS_COLUMNS.bidder,
  criterion: MARKS_COLUMNS.criterion,
  mark: ['mark', 'consensus mark', 'note', 'note de consensus', 'note retenue', 'note consolidée'],
  agreedBy: ['agreed by', 'agreed_by', 'agreed', 'validée par', 'validé par', 'approuvée par', 'accord de', 'membres'],
  assessment: ['assessment', 'collegial assessment', 'appréciation', 'appréciation collégiale', 'appreciation', 'motivation', 'justification'],
} as const;

/** French and English words of each status, folded (lower case, no accents). */
const STATUS_WORDS: Readonly<Record<RegularityStatus, readonly string[]>> = {
  regular: ['regular', 'reguliere', 'regulier', 'conforme'],
  irregular: ['irregular', 'irreguliere', 'irregulier'],
  unacceptable: ['unacceptable', 'inacceptable'],
  inappropriate: ['inappropriate', 'inappropriee', 'inapproprie'],
};
const JUSTIFICATION_WORDS: Readonly<Record<PriceJustification, readonly string[]>> = {
  accepted: ['accepted', 'acceptee', 'accepte', 'admise', 'justifiee'],
  rejected: ['rejected', 'rejetee', 'rejete', 'non justifiee'],
  pending: ['pending', 'en attente', 'demandee', 'attendue'],
};
const YES = ['yes', 'oui', 'y', 'o', 'true', 'vrai', '1', 'x'];
const NO = ['no', 'non', 'n', 'false', 'faux', '0', ''];

const lookup = <K extends string>(raw: string, words: Readonly<Record<K, readonly string[]>>): K | undefined =>
  (Object.keys(words) as K[]).find((k) => words[k].includes(foldHeader(raw)));

export interface CommitteeCsvResult<T> {
  readonly entries: T[];
  readonly problems: Diagnostic[];
  readonly notes: Diagnostic[];
}

function readTable(file: string, lang: Lang): { table?: CsvTable; problems: Diagnostic[]; notes: Diagnostic[] } {
  try {
    const input = readTextInput(file, { kind: 'marks', lang });
    const table = parseCsvTable(input.text, file, lang);
    return { table, problems: [...table.problems], notes: [...input.notes] };
  } catch (e) {
    if (e instanceof InputError) return { problems: [...e.diagnostics], notes: [] };
    throw e;
  }
}

/** The table's header, or the problem of a file with no line, or with a header and no data line. */
function headerOrProblem(file: string, table: CsvTable, what: string, example: string, problems: Diagnostic[], lang: Lang): boolean {
  if (!table.header) {
    if (!problems.length) problems.push({ code: 'committee-file-empty', severity: 'error', file, line: 1, col: 1, message: loadMessage('csv-empty', { file }, lang), hint: example });
    return false;
  }
  if (table.rows.length === 0 && problems.length === 0) {
    problems.push({ code: 'committee-file-header-only', severity: 'error', file, line: table.header.line, col: 1, message: loadMessage('csv-header-only', { file, what }, lang) });
  }
  return true;
}

/** Read the regularity of the offers: one line per offer. */
export function readRegularityCsv(file: string, lang: Lang = getTerminalLang()): CommitteeCsvResult<RegularityEntry> {
  const { table, problems, notes } = readTable(file, lang);
  const entries: RegularityEntry[] = [];
  if (!table || !headerOrProblem(file, table, loadMessage('what-regularity', {}, lang), 'bidder,status,reason,regularised,price_justification', problems, lang)) return { entries, problems, notes };
  const header = table.header!;
  const idx = headerIndex(header.fields, REGULARITY_COLUMNS);
  const missing = (['bidder', 'status'] as const).filter((c) => idx[c] === undefined);
  if (missing.length) return { entries, problems: [missingColumns(file, header, missing, ['bidder', 'status', 'reason', 'regularised', 'priceJustification'], 'regularity-header', lang), ...problems], notes };
  const err = (code: string, message: string, line: number, hint?: string): void => {
    problems.push({ code, severity: 'error', file, line, col: 1, message, ...(hint ? { hint } : {}) });
  };
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const get = (c: keyof typeof REGULARITY_COLUMNS): string => (idx[c] === undefined ? '' : (row.fields[idx[c]!] ?? '').trim());
    const bidder = get('bidder');
    const status = lookup(get('status'), STATUS_WORDS);
    const reason = get('reason');
    const regRaw = foldHeader(get('regularised'));
    const pjRaw = get('priceJustification');
    const pj = pjRaw === '' ? undefined : lookup(pjRaw, JUSTIFICATION_WORDS);
    let bad = false;
    if (!bidder) (err('regularity-no-bidder', loadMessage('marks-no-bidder', {}, lang), row.line), (bad = true));
    if (!status) (err('regularity-status', loadMessage('regularity-status', { value: get('status') }, lang), row.line, REGULARITY_STATUSES.join(', ')), (bad = true));
    const regularised = YES.includes(regRaw);
    if (!regularised && !NO.includes(regRaw)) (err('regularity-regularised', loadMessage('regularity-regularised', { value: get('regularised') }, lang), row.line), (bad = true));
    if (pjRaw !== '' && !pj) (err('regularity-price-justification', loadMessage('regularity-price-justification', { value: pjRaw }, lang), row.line, PRICE_JUSTIFICATIONS.join(', ')), (bad = true));
    if (status && status !== 'regular' && !reason) (err('regularity-no-reason', loadMessage('regularity-no-reason', { bidder }, lang), row.line), (bad = true));
    if (status && regularised && status !== 'regular') (err('regularity-regularised-status', loadMessage('regularity-regularised-status', { bidder }, lang), row.line), (bad = true));
    if (regularised && !reason) (err('regularity-no-reason', loadMessage('regularity-no-reason', { bidder }, lang), row.line), (bad = true));
    if (bidder && seen.has(bidder)) (err('regularity-duplicate', loadMessage('committee-duplicate', { key: bidder, other: seen.get(bidder)! }, lang), row.line), (bad = true));
    if (bad || !status) continue;
    seen.set(bidder, row.line);
    entries.push({ bidder, status, reason, regularised, ...(pj ? { priceJustification: pj } : {}), source: { file, line: row.line } });
  }
  return { entries, problems, notes };
}

/** Read the consensus marks: one whole mark of the scale per offer and sub-criterion, with who agreed and why. */
export function readConsensusCsv(file: string, grid: Grid, lang: Lang = getTerminalLang()): CommitteeCsvResult<ConsensusEntry> {
  const { table, problems, notes } = readTable(file, lang);
  const entries: ConsensusEntry[] = [];
  if (!table || !headerOrProblem(file, table, loadMessage('what-consensus', {}, lang), 'bidder,criterion,mark,agreed_by,assessment', problems, lang)) return { entries, problems, notes };
  const header = table.header!;
  const idx = headerIndex(header.fields, CONSENSUS_COLUMNS);
  const all = ['bidder', 'criterion', 'mark', 'agreedBy', 'assessment'] as const;
  const missing = all.filter((c) => idx[c] === undefined);
  if (missing.length) return { entries, problems: [missingColumns(file, header, missing, all, 'consensus-header', lang), ...problems], notes };
  const err = (code: string, message: string, line: number, hint?: string): void => {
    problems.push({ code, severity: 'error', file, line, col: 1, message, ...(hint ? { hint } : {}) });
  };
  const subs = grid.criteria.flatMap((c) => c.subCriteria);
  const byId = new Map(subs.flatMap((s) => [[s.id, s.id], [s.number, s.id]] as [string, string][]));
  const allowed = grid.scale.marks;
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const get = (c: (typeof all)[number]): string => (row.fields[idx[c]!] ?? '').trim();
    const bidder = get('bidder');
    const critRaw = get('criterion');
    const criterion = byId.get(critRaw) ?? byId.get(critRaw.toLowerCase());
    const markRaw = get('mark');
    const agreedBy = get('agreedBy').split(/[;,+]|\s+et\s+|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
    const assessment = get('assessment');
    let bad = false;
    if (!bidder) (err('consensus-no-bidder', loadMessage('marks-no-bidder', {}, lang), row.line), (bad = true));
    if (!criterion) {
      const guess = didYouMean(critRaw, subs.map((s) => s.id));
      err('unknown-criterion', loadMessage('unknown-criterion', { id: critRaw }, lang) + (guess ? loadMessage('did-you-mean', { guess }, lang) : ''), row.line, loadMessage('hint-sub-criteria', { ids: subs.map((s) => s.id).join(', ') }, lang));
      bad = true;
    }
    const read = readNumber(markRaw, { ...(table.locale ? { locale: table.locale } : {}), lang });
    if (!read.ok || !allowed.some((m) => Math.abs(m - read.value) < 1e-9)) {
      err('consensus-mark', loadMessage('consensus-mark', { mark: markRaw, marks: allowed.join(', ') }, lang), row.line);
      bad = true;
    }
    if (agreedBy.length === 0) (err('consensus-no-agreement', loadMessage('consensus-no-agreement', {}, lang), row.line), (bad = true));
    if (!assessment) (err('consensus-no-assessment', loadMessage('consensus-no-assessment', {}, lang), row.line), (bad = true));
    const key = `${bidder}\u0000${criterion}`;
    if (bidder && criterion && seen.has(key)) (err('consensus-duplicate', loadMessage('committee-duplicate', { key: `${bidder} / ${criterion}`, other: seen.get(key)! }, lang), row.line), (bad = true));
    if (bad || !read.ok || !criterion) continue;
    seen.set(key, row.line);
    entries.push({ bidder, criterion, mark: read.value, agreedBy, assessment, source: { file, line: row.line } });
  }
  return { entries, problems, notes };
}
