import type { Block, Inline } from './document.js';

/**
 * The small markup the Handlebars templates write, parsed into document blocks:
 *   # / ## / ###   numbered headings        #! / ##!  unnumbered headings
 *   - item         bullet list              1. item   ordered list
 *   > text         note (small italic)      = text    formula line
 *   ::table NAME   a data table built by the composer     ::pagebreak
 *   **bold** and _italic_ inside text; a blank line ends a paragraph.
 * Keeping text in templates and structure in code lets buyers rewrite the wording without touching tables.
 *
 * Only the template's own characters are markup. The buyer's values arrive as opaque tokens (literal.ts) that no
 * rule below matches; `decode` turns them back into their text once the structure is known, in every text the
 * parser produces (headings, runs, list items, formulas, table names).
 */
export type TableBuilder = (name: string) => Block[] | undefined;

/** A markup directive the composer cannot honour (an unknown `::table`); the template loader adds file and line. */
export class MarkupError extends Error {
  constructor(message: string, readonly directive: string) {
    super(message);
    this.name = 'MarkupError';
  }
}

export function parseMarkup(text: string, tables: TableBuilder, decode: (s: string) => string = (s) => s): Block[] {
  const inline = (s: string): Inline[] => inlineRuns(s, decode);
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const flushPara = (): void => {
    if (para.length) blocks.push({ type: 'paragraph', runs: inline(para.join(' ')), align: 'justify' });
    para = [];
  };
  const flushList = (): void => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items });
    list = null;
  };
  const flush = (): void => {
    flushPara();
    flushList();
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const heading = /^(#{1,3})(!?)\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    const ordered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1]!.length as 1 | 2 | 3, text: decode(heading[3]!), numbered: heading[2] !== '!' });
    } else if (bullet || ordered) {
      flushPara();
      const isOrdered = Boolean(ordered);
      if (list && list.ordered !== isOrdered) flushList();
      list ??= { ordered: isOrdered, items: [] };
      list.items.push(inline((bullet ?? ordered)![1]!));
    } else if (line.startsWith('::table ')) {
      flush();
      const name = decode(line.slice(8)).trim();
      const built = tables(name);
      if (!built) throw new MarkupError(`unknown table "${name}" in "::table ${name}"`, line);
      blocks.push(...built);
    } else if (line === '::pagebreak') {
      flush();
      blocks.push({ type: 'pageBreak' });
    } else if (line.startsWith('::')) {
      throw new MarkupError(`unknown directive "${decode(line)}" (known: ::table NAME, ::pagebreak)`, line);
    } else if (line.startsWith('> ')) {
      flush();
      blocks.push({ type: 'paragraph', runs: inline(line.slice(2)), style: 'note' });
    } else if (line.startsWith('= ')) {
      flush();
      blocks.push({ type: 'paragraph', runs: [decode(line.slice(2))], style: 'formula' });
    } else {
      flushList();
      para.push(line);
    }
  }
  flush();
  return blocks;
}

/** **bold** and _italic_ spans; each span's text decoded afterwards, so a value's own `**` or `_` stay characters. */
export function inlineRuns(text: string, decode: (s: string) => string = (s) => s): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*(.+?)\*\*|(?<![\p{L}\d])_(.+?)_(?![\p{L}\d])/gu;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push(decode(text.slice(last, m.index)));
    out.push(m[1] !== undefined ? { text: decode(m[1]), bold: true } : { text: decode(m[2]!), italic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(decode(text.slice(last)));
  return out.length ? out : [''];
}
