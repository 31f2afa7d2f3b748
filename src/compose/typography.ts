import type { Block, Cell, CellInput, DocumentModel, Inline, Section } from './document.js';

/**
 * Typography of the document's language, applied once to a finished model by every writer (so the DOCX and the
 * Markdown say the same thing), never by the composers: templates, catalogues and buyers can then write either
 * spacing and the reader always sees the right one.
 *
 * French: a no-break space (U+00A0) before `:` and inside « », a narrow no-break space (U+202F) before `; ! ?` and
 * between a number and `%`. An
 * ordinary space already there is replaced; a missing one is added only where the text is clearly prose — the mark
 * follows a word and is followed by a space or the end — so `10:30`, `https://…`, `?id=3` or `::table` are left
 * alone, and so is the `;` of a character reference written out (`&amp;`). English: no space before `: ; ! ?` ("Contracting authority: …") nor between a number and `%`.
 *
 * A paragraph's runs are read as one text, so a space at the end of one run and a colon at the start of the next
 * are seen together; an added space goes into the run of the mark it belongs to.
 */
export function typeset(model: DocumentModel): DocumentModel {
  const lang = model.meta.lang;
  const text = (s: string): string => typesetTexts([s], lang)[0]!;
  const runs = (rs: readonly Inline[]): Inline[] => {
    const texts = typesetTexts(rs.map((r) => (typeof r === 'string' ? r : r.text)), lang);
    return rs.map((r, k) => (typeof r === 'string' ? texts[k]! : { ...r, text: texts[k]! }));
  };
  const cell = (c: CellInput): CellInput =>
    typeof c === 'string' ? text(c) : ({ ...c, runs: runs(c.runs), ...(c.more ? { more: c.more.map(runs) } : {}) } satisfies Cell);
  const block = (b: Block): Block => {
    switch (b.type) {
      case 'heading':
        return { ...b, text: text(b.text) };
      case 'paragraph':
        return { ...b, runs: runs(b.runs) };
      case 'list':
        return { ...b, items: b.items.map(runs) };
      case 'table':
        return {
          ...b,
          columns: b.columns.map((c) => ({ ...c, header: text(c.header) })),
          rows: b.rows.map((r) => r.map(cell)),
          ...(b.footer ? { footer: b.footer.map(cell) } : {}),
          ...(b.caption !== undefined ? { caption: text(b.caption) } : {}),
        };
      case 'toc':
        return { ...b, title: text(b.title) };
      case 'pageBreak':
        return b;
      case 'image':
        return { ...b, alt: text(b.alt), ...(b.caption !== undefined ? { caption: text(b.caption) } : {}) };
    }
  };
  const section = (s: Section): Section => ({ ...s, blocks: s.blocks.map(block), ...(s.header !== undefined ? { header: text(s.header) } : {}) });
  return { ...model, labels: { ...model.labels, tocHint: text(model.labels.tocHint) }, sections: model.sections.map(section) };
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** The French space before each mark. */
const FRENCH_BEFORE: Readonly<Record<string, string>> = { ':': NBSP, ';': NNBSP, '!': NNBSP, '?': NNBSP };
const isSpace = (c: string | undefined): boolean => c === ' ' || c === NBSP || c === NNBSP || c === '\t';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
/** What a mark of prose follows: a word, a number, a closing bracket or quote, a percent sign. */
const endsWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N})\]»"'’%…]/u.test(c);
/** What a mark of prose is followed by. */
const endsMark = (c: string | undefined): boolean => c === undefined || /[\s»"'’)\]!?.,]/u.test(c);

/**
 * A space between the groups of a number written the French way ("1 000", "28 000 000"): one to three digits not
 * glued to a letter or another digit before it, exactly three digits after it. "2025 100" (a year, then a count)
 * and "A1 000" are left alone.
 */
function isThousandsSpace(out: readonly Char[], chars: readonly Char[], k: number): boolean {
  for (let j = 1; j <= 3; j++) if (!isDigit(chars[k + j]?.c)) return false;
  if (isDigit(chars[k + 4]?.c)) return false;
  let n = 0;
  while (isDigit(out[out.length - 1 - n]?.c)) n++;
  if (n === 0) return false;
  const before = out[out.length - 1 - n]?.c;
  if (before === NNBSP) return n === 3;
  return n <= 3 && (before === undefined || !/[\p{L}\p{N}.,]/u.test(before));
}

/** `&amp;`, `&#39;`: a character reference written out, whose `;` is not punctuation. */
const isEntity = (out: readonly Char[]): boolean => /&(?:[a-z]+|#\d+|#x[\da-f]+)$/i.test(out.slice(-12).map((x) => x.c).join(''));

interface Char {
  c: string;
  /** The index of the run the character belongs to. */
  readonly run: number;
}

/** Typeset consecutive texts (the runs of one paragraph) as one text; the result has one text per input text. */
export function typesetTexts(texts: readonly string[], lang: 'fr' | 'en'): string[] {
  if (!texts.some((t) => /[:;!?«»%]|\d \d{3}/.test(t))) return [...texts];
  const chars: Char[] = texts.flatMap((t, run) => Array.from(t, (c) => ({ c, run })));
  const out: Char[] = [];
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k]!;
    const prev = out[out.length - 1];
    const next = chars[k + 1]?.c;
    const percent = ch.c === '%' && endsMark(next);
    if (lang === 'en') {
      // "authority : x" → "authority: x", "87 %" → "87%"; a space that opens the text or a line stays.
      if ((ch.c in FRENCH_BEFORE && endsMark(next)) || (percent && isSpace(prev?.c) && isDigit(out[out.length - 2]?.c))) {
        while (isSpace(out[out.length - 1]?.c) && endsWord(out[out.length - 2]?.c)) out.pop();
      }
      out.push(ch);
      continue;
    }
    if (ch.c === ' ' && isThousandsSpace(out, chars, k)) {
      // "1 000 foyers" typed with an ordinary space: a line must not break inside the number.
      out.push({ c: NNBSP, run: ch.run });
      continue;
    }
    if (percent) {
      // "87 %", "87%" → 87 and a narrow no-break space before %.
      if (prev && isSpace(prev.c) && isDigit(out[out.length - 2]?.c)) prev.c = NNBSP;
      else if (isDigit(prev?.c)) out.push({ c: NNBSP, run: ch.run });
      out.push(ch);
      continue;
    }
    const space = FRENCH_BEFORE[ch.c];
    if (space !== undefined) {
      if (prev && isSpace(prev.c) && out.length > 1 && !isSpace(out[out.length - 2]!.c) && endsMark(next)) prev.c = space;
      else if (endsWord(prev?.c) && endsMark(next) && !(ch.c === ';' && isEntity(out))) out.push({ c: space, run: ch.run });
      out.push(ch);
    } else if (ch.c === '«') {
      out.push(ch);
      if (isSpace(next)) chars[k + 1]!.c = NBSP;
      else if (next !== undefined) out.push({ c: NBSP, run: ch.run });
    } else if (ch.c === '»') {
      if (prev && isSpace(prev.c)) prev.c = NBSP;
      else if (prev) out.push({ c: NBSP, run: ch.run });
      out.push(ch);
    } else out.push(ch);
  }
  const result = texts.map(() => '');
  for (const ch of out) result[ch.run] += ch.c;
  return result;
}
