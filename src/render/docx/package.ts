import { Packer, type Document } from 'docx';
import { deflateEntry, writeZip } from '../zip/write.js';
import { fixCoreDates, normalizeOoxmlZip, renumberBookmarks } from './normalize.js';
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
    const bytes = await Packer.toBuffer(doc);
    const { raw } = opts;
    const extra = raw ? (name: string, content: () => Uint8Array) => (name === DOCUMENT ? new TextEncoder().encode(raw.expand(new TextDecoder().decode(content()))) : undefined) : undefined;
    return normalizeOoxmlZip(bytes, opts.date, { renumberBookmarks: opts.renumberBookmarks, extra });
  }
  const encoder = new TextEncoder();
  const entries = [...compiler.compile(doc)].map(([path, data]) => {
    if (typeof data !== 'string') return deflateEntry(path, data);
    let xml = data;
    if (path === DOCUMENT && opts.raw) xml = opts.raw.expand(xml);
    if (path === 'docProps/core.xml') xml = fixCoreDates(xml, opts.date);
    else if (opts.renumberBookmarks && path.startsWith('word/') && xml.includes('<w:bookmarkStart')) xml = renumberBookmarks(xml);
    return deflateEntry(path, encoder.encode(xml));
  });
  return writeZip(entries, opts.date);
}
