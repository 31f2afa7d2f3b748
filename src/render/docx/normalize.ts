import { rewriteZip, type ZipTransform } from '../zip/rewrite.js';

export interface NormalizeOptions {
  /** Patch a writer's own parts in the same pass. */
  readonly extra?: ZipTransform;
  /** Renumber the bookmarks of the word/ parts (needed when docx drew them from its per-process counter). */
  readonly renumberBookmarks?: boolean;
}

/**
 * Make an OOXML package made by a library byte-identical across runs: the libraries stamp the clock into
 * docProps/core.xml and into every zip entry, and docx numbers its own bookmarks from a per-process counter. Only the
 * parts that change are decompressed and compressed again.
 */
export function normalizeOoxmlZip(bytes: Uint8Array, isoDate: string, opts: NormalizeOptions = {}): Buffer {
  const extra = opts.extra ?? (() => undefined);
  return rewriteZip(bytes, isoDate, (name, content) => {
    const own = extra(name, content);
    const current = (): string => decode(own ?? content());
    if (name === 'docProps/core.xml') return encode(fixCoreDates(current(), isoDate));
    if (opts.renumberBookmarks && name.startsWith('word/') && name.endsWith('.xml')) {
      const xml = current();
      return xml.includes('<w:bookmarkStart') ? encode(renumberBookmarks(xml)) : own;
    }
    return own;
  });
}

const decode = (data: Uint8Array): string => new TextDecoder().decode(data);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Creation and modification dates of docProps/core.xml: the document's own date, never the clock. */
export function fixCoreDates(xml: string, isoDate: string): string {
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${isoDate}T00:00:00Z$2`);
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
