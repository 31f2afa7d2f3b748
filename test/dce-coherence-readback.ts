import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * A DOCX as LibreOffice reads it, in the text form the coherence check takes (src/dce/coherence-text.ts): LibreOffice
 * converts it to HTML (its own profile per call, see helpers/office.ts), and this keeps headings as `#` lines, tables
 * as `| a | b |` rows (a cell's paragraphs joined by " — ", as the Markdown renderer joins them) and paragraphs as lines.
 */
export function docxReadBack(docxs: readonly string[]): string[] {
  // One soffice call for all the files of a DCE (with its own profile): one start-up instead of one per piece.
  const dir = mkdtempSync(join(tmpdir(), 'efc-coherence-'));
  const profile = mkdtempSync(join(tmpdir(), 'efc-lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'html:HTML (StarWriter):UTF8', '--outdir', dir, ...docxs], { stdio: 'pipe', timeout: 170_000 });
  return docxs.map((f) => htmlToPieceText(readFileSync(join(dir, basename(f).replace(/\.docx$/u, '.html')), 'utf8')));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (m, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m,
  );
/** Inline HTML to one line of text: tags dropped, entities decoded, the source's line wraps folded. */
const inline = (s: string): string => decode(s.replace(/<br\s*\/?>/giu, ' ').replace(/<[^>]+>/gu, '')).replace(/\s+/gu, ' ').trim();

export function htmlToPieceText(html: string): string {
  let body = html.replace(/^[\s\S]*?<body[^>]*>/iu, '').replace(/<\/body>[\s\S]*$/iu, '');
  body = body.replace(/<(script|style)[\s\S]*?<\/\1>/giu, '');
  const BLOCK = '\u0001';
  body = body.replace(/<table[\s\S]*?<\/table>/giu, (table) => {
    const rows = [...table.matchAll(/<tr[\s\S]*?<\/tr>/giu)].map((tr) =>
      [...tr[0].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/giu)].map((td) =>
        td[1]!
          .split(/<\/p>|<br\s*\/?>/iu)
          .map(inline)
          .filter(Boolean)
          .join(' — ')
          .replace(/\|/gu, '\\|'),
      ),
    );
    return `${BLOCK}${rows.map((r) => `| ${r.join(' | ')} |`).join(BLOCK)}${BLOCK}`;
  });
  body = body.replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/giu, (_, n: string, text: string) => `${BLOCK}${'#'.repeat(Number(n))} ${inline(text)}${BLOCK}`);
  body = body.replace(/<\/?(?:p|li|div|ol|ul|pre|blockquote)\b[^>]*>/giu, BLOCK);
  return body
    .split(BLOCK)
    .map((b) => (b.startsWith('|') || b.startsWith('#') ? b : inline(b)))
    .filter((b) => b.trim())
    .join('\n');
}
