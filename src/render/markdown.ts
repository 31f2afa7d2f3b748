import type { Block, CellInput, DocumentModel, Inline } from '../compose/document.js';

/** Markdown writer for the document model (pandoc-flavoured pipe tables). Used for review diffs and the benchmark. */
export function renderMarkdown(doc: DocumentModel): string {
  const out: string[] = [`% ${doc.meta.title}`, `% ${doc.meta.creator}`, `% ${doc.meta.date}`, ''];
  for (const section of doc.sections) for (const block of section.blocks) out.push(...blockLines(block), '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

const esc = (s: string): string => s.replace(/([*_`|\\])/g, '\\$1');
function inlines(runs: readonly Inline[]): string {
  return runs.map((r) => (typeof r === 'string' ? esc(r) : r.bold ? `**${esc(r.text)}**` : r.italic ? `*${esc(r.text)}*` : esc(r.text))).join('');
}
function cell(c: CellInput): string {
  if (typeof c === 'string') return esc(c).replace(/\n/g, ' ');
  return [c.runs, ...(c.more ?? [])].map(inlines).join(' — ');
}

function blockLines(b: Block): string[] {
  switch (b.type) {
    case 'heading':
      return [`${'#'.repeat(b.level)} ${esc(b.text)}`];
    case 'paragraph':
      return b.style === 'formula' ? ['```', inlines(b.runs), '```'] : [b.style === 'note' ? `*${inlines(b.runs)}*` : inlines(b.runs)];
    case 'list':
      return b.items.map((item, k) => `${b.ordered ? `${k + 1}.` : '-'} ${inlines(item)}`);
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
  }
}
