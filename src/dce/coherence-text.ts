/**
 * A piece's text as the coherence check reads it: headings, running texts (paragraphs, list items, table cells) and
 * tables. The input is Markdown-like: `#` headings, `| a | b |` table rows, anything else a paragraph; this is what
 * the Markdown renderer writes and what the LibreOffice read-back of a DOCX gives (test/dce-coherence-readback.ts).
 */
export interface TextTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The last heading above the table: the RC heads each lot's criteria table "Lot n° 2 : …". */
  readonly heading?: string;
}

export interface PieceBlocks {
  readonly headings: readonly { readonly level: number; readonly text: string }[];
  /** Every paragraph, list item and table cell, in reading order: where references are looked for. */
  readonly texts: readonly string[];
  readonly tables: readonly TextTable[];
}

/** Undo Markdown's inline marks and escapes ("1\\.", "**bold**"), and fold the spaces LibreOffice or French typography put. */
export function plain(s: string): string {
  return s
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/gu, '$1')
    .replace(/\*\*|__/gu, '')
    .replace(/[\u00a0\u202f\t]/gu, ' ')
    .replace(/ {2,}/gu, ' ')
    .trim();
}

/** The cells of a `| a | b |` row; a `\|` inside a cell is not a separator. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split(/(?<!\\)\|/u).map(plain);
}

const isSeparator = (line: string): boolean => /^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/u.test(line.trim());

export function parsePieceText(text: string): PieceBlocks {
  const headings: { level: number; text: string }[] = [];
  const texts: string[] = [];
  const tables: TextTable[] = [];
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^(#{1,6})\s+(.+)$/u.exec(line);
    if (h) {
      headings.push({ level: h[1]!.length, text: plain(h[2]!) });
      continue;
    }
    if (line.trim().startsWith('|')) {
      const header = cells(line);
      const rows: string[][] = [];
      let j = i + 1;
      if (j < lines.length && isSeparator(lines[j]!)) j++;
      for (; j < lines.length && lines[j]!.trim().startsWith('|'); j++) rows.push(cells(lines[j]!));
      i = j - 1;
      const heading = headings[headings.length - 1]?.text;
      tables.push({ header, rows, ...(heading !== undefined ? { heading } : {}) });
      texts.push(...header, ...rows.flat());
      continue;
    }
    const p = plain(line.replace(/^\s*(?:[-*•]|\d+\.)\s+/u, ''));
    if (p) texts.push(p);
  }
  return { headings, texts, tables };
}
