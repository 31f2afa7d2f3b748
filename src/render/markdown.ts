import { inlineText, type Block, type CellInput, type DocumentModel, type Inline } from '../compose/document.js';
import { typeset } from '../compose/typography.js';

/** Markdown writer for the document model (pandoc-flavoured pipe tables). Used for review diffs and the benchmark. */
export function renderMarkdown(doc: DocumentModel): string {
  doc = typeset(doc); // the language's typography (typography.ts), as in the DOCX
  const out: string[] = [`% ${doc.meta.title}`, `% ${doc.meta.creator}`, `% ${doc.meta.date}`, ''];
  for (const section of doc.sections) for (const block of section.blocks) out.push(...blockLines(block), '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * Text is data: every ASCII character pandoc's Markdown could read as syntax is escaped (a backslash makes any ASCII
 * punctuation literal), block markers at the start of a line too, and spaces are kept outside emphasis delimiters
 * (`** x **` is not bold). Runs of spaces are not Markdown's to keep.
 */
const esc = (s: string): string => s.replace(/([\\`*_|<>[\]#$~^@&])/g, '\\$1');
const lineStart = (s: string): string => s.trim().replace(/^([-+=:])(?=\s|$)/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
const span = (text: string, mark: string): string => {
  const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return core ? `${lead}${mark}${esc(core)}${mark}${trail}` : text;
};
function inlines(runs: readonly Inline[]): string {
  return runs.map((r) => (typeof r === 'string' ? esc(r) : r.bold ? span(r.text, '**') : r.italic ? span(r.text, '*') : esc(r.text))).join('');
}
function cell(c: CellInput): string {
  if (typeof c === 'string') return esc(c).replace(/\n/g, ' ');
  return [c.runs, ...(c.more ?? [])].map(inlines).join(' — ');
}

function blockLines(b: Block): string[] {
  switch (b.type) {
    case 'heading':
      return [`${'#'.repeat(b.level)} ${lineStart(esc(b.text))}`];
    case 'paragraph':
      return b.style === 'formula' ? ['```', inlineText(b.runs), '```'] : [b.style === 'note' ? `*${lineStart(inlines(b.runs))}*` : lineStart(inlines(b.runs))];
    case 'list':
      return b.items.map((item, k) => `${b.ordered ? `${k + 1}.` : '-'} ${lineStart(inlines(item))}`);
    case 'table': {
      const rows = [...b.rows, ...(b.footer ? [b.footer] : [])];
      return [
        `| ${b.columns.map((c) => esc(c.header)).join(' | ')} |`,
        `| ${b.columns.map((c) => (c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---')).join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
        ...(b.caption ? ['', `*${esc(b.caption)}*`] : []),
      ];
    }
    case 'toc':
      return [];
    case 'pageBreak':
      return ['\\newpage'];
    case 'image':
      return [`*[${esc(b.alt)}]*`, ...(b.caption ? ['', `*${esc(b.caption)}*`] : [])];
  }
}
