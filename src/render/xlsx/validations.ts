import { colLetter } from './layout.js';

/**
 * exceljs writes a sheet's data validations through an optimiser that can emit overlapping ranges for the same
 * rule (E5:E16 and E10:E16). Excel then "repairs" the file on opening and drops them; the OOXML schema wants each
 * cell under at most one rule. This rewrites a worksheet's <dataValidations>: each cell keeps the first rule that
 * names it, identical rules are merged, and each rule's cells are written as column runs (E5:E16 G5:G16).
 */
export function dedupeDataValidations(xml: string): string {
  const block = /<dataValidations\b[^>]*>([\s\S]*?)<\/dataValidations>/.exec(xml);
  if (!block) return xml;
  const rules: { key: string; cells: Set<string> }[] = [];
  const taken = new Set<string>();
  for (const m of block[1]!.matchAll(/<dataValidation\b([^>]*?)\s+sqref="([^"]*)"([^>]*)>([\s\S]*?)<\/dataValidation>|<dataValidation\b([^>]*?)\s+sqref="([^"]*)"([^>]*)\/>/g)) {
    const [attrsBefore, sqref, attrsAfter, body] = m[2] !== undefined ? [m[1]!, m[2], m[3]!, m[4]] : [m[5]!, m[6]!, m[7]!, undefined];
    const key = `${attrsBefore}${attrsAfter}\u0000${body ?? ''}`;
    const rule = rules.find((r) => r.key === key) ?? rules[rules.push({ key, cells: new Set() }) - 1]!;
    for (const cell of expand(sqref)) {
      if (taken.has(cell)) continue;
      taken.add(cell);
      rule.cells.add(cell);
    }
  }
  const kept = rules.filter((r) => r.cells.size > 0);
  const out = kept
    .map((r) => {
      const [attrs, body] = r.key.split('\u0000') as [string, string];
      const sq = compress(r.cells);
      return body === '' ? `<dataValidation${attrs} sqref="${sq}"/>` : `<dataValidation${attrs} sqref="${sq}">${body}</dataValidation>`;
    })
    .join('');
  const replacement = kept.length ? `<dataValidations count="${kept.length}">${out}</dataValidations>` : '';
  return xml.slice(0, block.index) + replacement + xml.slice(block.index + block[0].length);
}

const CELL = /^([A-Z]+)(\d+)$/;
const colNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function parse(ref: string): [number, number] {
  const m = CELL.exec(ref.replace(/\$/g, ''));
  if (!m) throw new RangeError(`not a cell reference: ${ref}`);
  return [colNumber(m[1]!), Number(m[2])];
}

/** "E5:E7 G5" → E5, E6, E7, G5 (as "col:row" keys). */
function expand(sqref: string): string[] {
  const cells: string[] = [];
  for (const part of sqref.trim().split(/\s+/)) {
    const [a, b = a] = part.split(':') as [string, string?];
    const [c1, r1] = parse(a);
    const [c2, r2] = parse(b!);
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) cells.push(`${c}:${r}`);
  }
  return cells;
}

/** Cells → column runs, by column then row: "E5:E16 G5:G16". */
function compress(cells: ReadonlySet<string>): string {
  const sorted = [...cells].map((k) => k.split(':').map(Number) as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const runs: string[] = [];
  let start: [number, number] | undefined;
  let prev: [number, number] | undefined;
  const flush = (): void => {
    if (!start || !prev) return;
    const a = `${colLetter(start[0])}${start[1]}`;
    runs.push(prev[1] === start[1] ? a : `${a}:${colLetter(prev[0])}${prev[1]}`);
  };
  for (const c of sorted) {
    if (prev && c[0] === prev[0] && c[1] === prev[1] + 1) prev = c;
    else {
      flush();
      start = c;
      prev = c;
    }
  }
  flush();
  return runs.join(' ');
}
