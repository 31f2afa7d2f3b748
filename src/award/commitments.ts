import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readNumber } from '../load/number.js';
import { readYamlFile } from '../load/yaml.js';
import type { ResolvedPay } from '../pay/index.js';
import { didYouMean } from '../util/suggest.js';
import { cellDiagnostic, say } from '../monitor/locate.js';
import { readTable, type Raw } from '../monitor/table.js';

/** The headers of the commitments table, as the response framework prints them (French and English) and short forms. */
export const COMMITMENT_COLUMNS = {
  indicator: ['indicateur', 'indicator', 'id', 'identifiant'],
  year: ['année', 'annee', 'year', 'an', 'année du marché', 'contract year'],
  commitment: ['engagement', 'commitment', 'cible engagée', 'committed target', 'engagement du candidat', "bidder's commitment"],
} as const;

/** Per indicator id, the committed target of each contract year (undefined where the bidder left the cell blank). */
export type CommitmentTable = Map<string, (number | undefined)[]>;

export interface CommitmentsRead {
  readonly commitments: CommitmentTable;
  readonly problems: Diagnostic[];
}

/** "A2", "Y2", "2", "Année 2", "Year 2" → 2. */
export function contractYear(raw: Raw): number | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : undefined;
  const m = /^(?:a|y|annee|année|year|an)?\s*(\d{1,2})$/i.exec(raw.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * Read the bidder's commitments: a CSV or XLSX copy of the response framework's commitments table (indicator, year,
 * commitment), or YAML `{ indicator-id: value | [year 1, year 2, …] }`. The indicator cell may hold its id or its
 * label (the framework prints the label on the first year). Every problem is returned, each at its cell.
 */
export async function readCommitments(file: string, pay: ResolvedPay, labels: ReadonlyMap<string, string>, lang: Lang): Promise<CommitmentsRead> {
  if (/\.ya?ml$/i.test(file)) return readCommitmentsYaml(file, pay, lang);
  const table = await readTable(file, COMMITMENT_COLUMNS, ['indicator', 'year', 'commitment'], lang);
  const problems: Diagnostic[] = [...table.problems];
  const commitments: CommitmentTable = new Map();
  if (problems.length) return { commitments, problems };
  const ids = pay.indicators.map((i) => i.id);
  const byLabel = new Map([...labels].map(([id, label]) => [label.trim().toLowerCase(), id]));
  const seen = new Map<string, number>();
  let last: string | undefined;
  for (const r of table.rows) {
    const cell = (k: string) => r.cells[k];
    const rawId = cell('indicator');
    // A blank indicator cell continues the indicator above (a merged or unrepeated first column).
    const text = rawId === undefined ? last : String(rawId).trim();
    const id = text === undefined ? undefined : ids.includes(text) ? text : byLabel.get(text.toLowerCase());
    if (id === undefined) {
      const near = text ? didYouMean(text, ids) : undefined;
      problems.push(cellDiagnostic(table, r.row, 'indicator', 'award/unknown-indicator', lang, say(lang, 'award.unknownIndicator', { id: text ?? '', ids: ids.join(', ') }), near ? { hint: say(lang, 'monitor.didYouMean', { id: near }) } : {}));
      continue;
    }
    last = id;
    const year = contractYear(cell('year'));
    if (year === undefined || year < 1 || year > pay.years) {
      problems.push(cellDiagnostic(table, r.row, 'year', 'award/year-outside', lang, say(lang, 'award.yearOutside', { year: String(cell('year') ?? ''), years: pay.years })));
      continue;
    }
    const key = `${id}/${year}`;
    if (seen.has(key)) {
      problems.push(cellDiagnostic(table, r.row, 'indicator', 'award/duplicate', lang, say(lang, 'award.duplicate', { id, year, row: seen.get(key) as number })));
      continue;
    }
    seen.set(key, r.row);
    const raw = cell('commitment');
    let value: number | undefined;
    if (typeof raw === 'number') value = raw;
    else if (raw !== undefined) {
      const n = readNumber(raw, { ...(table.locale ? { locale: table.locale } : {}), lang });
      if (!n.ok) {
        problems.push(cellDiagnostic(table, r.row, 'commitment', n.code === 'number-ambiguous' ? 'number-ambiguous' : 'award/not-a-number', lang, n.message, n.hint ? { hint: n.hint } : {}));
        continue;
      }
      value = n.value;
    }
    const list = commitments.get(id) ?? Array<number | undefined>(pay.years).fill(undefined);
    list[year - 1] = value;
    commitments.set(id, list);
  }
  return { commitments, problems };
}

function readCommitmentsYaml(file: string, pay: ResolvedPay, lang: Lang): CommitmentsRead {
  const src = readYamlFile(file, 'answers');
  const problems: Diagnostic[] = [];
  const commitments: CommitmentTable = new Map();
  const ids = pay.indicators.map((i) => i.id);
  const data = src.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ code: 'award/commitments-shape', severity: 'error', ...src.positionOf([]), message: say(lang, 'award.yamlShape') });
    return { commitments, problems };
  }
  for (const [id, v] of Object.entries(data as Record<string, unknown>)) {
    if (!ids.includes(id)) {
      const near = didYouMean(id, ids);
      problems.push({ code: 'award/unknown-indicator', severity: 'error', ...src.positionOf([id]), path: [id], message: say(lang, 'award.unknownIndicator', { id, ids: ids.join(', ') }), ...(near ? { hint: say(lang, 'monitor.didYouMean', { id: near }) } : {}) });
      continue;
    }
    const list = Array.isArray(v) ? v : [v];
    if (list.length > pay.years) problems.push({ code: 'award/year-outside', severity: 'error', ...src.positionOf([id, pay.years]), path: [id, pay.years], message: say(lang, 'award.yearOutside', { year: pay.years + 1, years: pay.years }) });
    const values = Array<number | undefined>(pay.years).fill(undefined);
    list.slice(0, pay.years).forEach((x, k) => {
      const path = Array.isArray(v) ? [id, k] : [id];
      const n = typeof x === 'number' ? { ok: true as const, value: x } : typeof x === 'string' ? readNumber(x, { lang }) : { ok: false as const, code: 'number-invalid' as const, message: say(lang, 'award.notANumber', { value: String(x) }) };
      if (!n.ok) problems.push({ code: 'award/not-a-number', severity: 'error', ...src.positionOf(path), path, message: n.message });
      else values[k] = n.value;
    });
    // One value for every year; a shorter list's last value holds for later years (as targets_by_year).
    if (list.length < pay.years) for (let k = list.length; k < pay.years; k++) values[k] = values[list.length - 1];
    commitments.set(id, values);
  }
  return { commitments, problems };
}
