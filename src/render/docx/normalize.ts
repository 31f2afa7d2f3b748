import { rewriteZip, type ZipTransform } from '../zip/rewrite.js';

/**
 * Make an OOXML package byte-identical across runs: the libraries stamp the clock into docProps/core.xml and
 * into every zip entry, and docx numbers bookmarks from a per-process counter. `extra` lets a writer patch its
 * own parts in the same pass. Only the parts that change are decompressed and compressed again.
 */
export function normalizeOoxmlZip(bytes: Uint8Array, isoDate: string, extra: ZipTransform = () => undefined): Buffer {
  const stamp = `${isoDate}T00:00:00Z`;
  return rewriteZip(bytes, isoDate, (name, content) => {
    const own = extra(name, content);
    const current = (): Uint8Array => own ?? content();
    if (name === 'docProps/core.xml') {
      const xml = decode(current()).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
      return encode(xml);
    }
    if (name.startsWith('word/') && name.endsWith('.xml')) return renumberBookmarks(current()) ?? own;
    return own;
  });
}

const decode = (data: Uint8Array): string => new TextDecoder().decode(data);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * docx draws bookmark ids (and the table of contents' `_TocN` anchors) from one counter per process, so the second
 * document rendered in a process (batch generation, a worker thread) got other numbers than the first. Renumber them
 * from 1 in order of appearance, so the bytes depend on the document only. Undefined when the part has no bookmark.
 */
function renumberBookmarks(data: Uint8Array): Uint8Array | undefined {
  const xml = decode(data);
  if (!xml.includes('<w:bookmarkStart')) return undefined;
  const ids = new Map<string, number>();
  const idOf = (n: string): number => ids.get(n) ?? (ids.set(n, ids.size + 1), ids.size);
  for (const m of xml.matchAll(/<w:bookmarkStart\b[^>]*?\bw:id="(\d+)"/g)) idOf(m[1]!);
  const out = xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, head: string, n: string) => `${head}${idOf(n)}"`)
    .replace(/\b_Toc(\d+)\b/g, (_, n: string) => `_Toc${idOf(n)}`);
  return encode(out);
}
