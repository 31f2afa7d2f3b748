import { Packer, type Document } from 'docx';
import { deflateEntry, writeZip } from '../zip/write.js';
import { fixCoreDates, normalizeOoxmlZip } from '../zip/normalize.js';
import type { RawBody } from './ooxml.js';

const DOCUMENT = 'word/document.xml';

/** docx's part compiler: the package's parts by path, as XML text (or bytes for media), before zipping. */
export interface PartCompiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}

/**
 * docx's `Packer` deflates every part with a JavaScript deflate; we then had to re-open the zip to stamp fixed dates.
 * Its compiler, which `Packer` calls first, gives the parts unzipped: we fix them as text and zip them once (write.ts),
 * which saved about a third of the time of writing a document. The compiler is not in docx's typed API, so
 * it is looked up at run time and, should a docx release move it, the public `Packer` path is used instead (same
 * bytes, slower). A test checks that the fast path is the one taken with the locked docx version.
 */
export function partCompiler(): PartCompiler | undefined {
  const c = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler;
  return typeof c?.compile === 'function' ? (c as PartCompiler) : undefined;
}

export interface PackOptions {
  /** ISO date stamped on the zip entries and docProps/core.xml. */
  readonly date: string;
  /** Renumber bookmarks from 1 (docx's own table of contents draws them from a per-process counter). */
  readonly renumberBookmarks: boolean;
  /** Body fragments to put in place of their placeholders in word/document.xml. */
  readonly raw?: RawBody;
}

/**
 * Package a docx Document into deterministic DOCX bytes. `compiler` is docx's, when found; null takes the public
 * (slower) path, which tests check gives the same bytes.
 */
export async function packDocx(doc: Document, opts: PackOptions, compiler: PartCompiler | null = partCompiler() ?? null): Promise<Buffer> {
  if (!compiler) {
    return normalizeOoxmlZip(await Packer.toBuffer(doc), opts.date, (name, xml) => {
      if (!name.startsWith('word/')) return undefined;
      const before = xml();
      const after = fixPart(name, before, opts);
      return after === before ? undefined : after;
    });
  }
  const encoder = new TextEncoder();
  const entries = [...compiler.compile(doc)].map(([path, data]) => {
    if (typeof data !== 'string') return deflateEntry(path, data);
    const xml = path === 'docProps/core.xml' ? fixCoreDates(data, opts.date) : fixPart(path, data, opts);
    return deflateEntry(path, encoder.encode(xml));
  });
  return writeZip(entries, opts.date);
}

/** Our fixes to docx's parts: body fragments put in place, and (with docx's own table of contents) bookmarks renumbered. */
function fixPart(path: string, xml: string, opts: PackOptions): string {
  const expanded = path === DOCUMENT && opts.raw ? opts.raw.expand(xml) : xml;
  return opts.renumberBookmarks && path.startsWith('word/') && expanded.includes('<w:bookmarkStart') ? renumberBookmarks(expanded) : expanded;
}

/**
 * docx draws bookmark ids (and the table of contents' `_TocN` anchors) from one counter per process, so the second
 * document rendered in a process (batch generation, a worker thread) got other numbers than the first. Renumber them
 * from 1 in order of appearance, so the bytes depend on the document only.
 */
export function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  const idOf = (n: string): number => ids.get(n) ?? (ids.set(n, ids.size + 1), ids.size);
  for (const m of xml.matchAll(/<w:bookmarkStart\b[^>]*?\bw:id="(\d+)"/g)) idOf(m[1]!);
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, head: string, n: string) => `${head}${idOf(n)}"`)
    .replace(/\b_Toc(\d+)\b/g, (_, n: string) => `_Toc${idOf(n)}`);
}
