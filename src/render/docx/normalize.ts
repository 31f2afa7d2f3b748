import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Make an OOXML package byte-identical across runs: the libraries stamp the clock into docProps/core.xml and
 * into every zip entry. We replace both with the document's own date, and keep the entry order.
 */
export function normalizeOoxmlZip(bytes: Uint8Array, isoDate: string): Buffer {
  const files = unzipSync(bytes);
  const stamp = `${isoDate}T00:00:00Z`;
  const mtime = new Date(`${isoDate}T12:00:00Z`);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    let content = data;
    if (name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
      content = new TextEncoder().encode(xml);
    } else if (name.startsWith('word/') && name.endsWith('.xml')) {
      content = renumberBookmarks(data);
    }
    out[name] = [content, { mtime, level: 6 }];
  }
  return Buffer.from(zipSync(out));
}

/**
 * docx draws bookmark ids (and the table of contents' `_TocN` anchors) from one counter per process, so the second
 * document rendered in a process (batch generation, a worker thread) got other numbers than the first. Renumber them
 * from 1 in order of appearance, so the bytes depend on the document only.
 */
function renumberBookmarks(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const xml = new TextDecoder().decode(data);
  if (!xml.includes('<w:bookmarkStart')) return new Uint8Array(data);
  const ids = new Map<string, number>();
  const idOf = (n: string): number => ids.get(n) ?? (ids.set(n, ids.size + 1), ids.size);
  for (const m of xml.matchAll(/<w:bookmarkStart\b[^>]*?\bw:id="(\d+)"/g)) idOf(m[1]!);
  const out = xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, head: string, n: string) => `${head}${idOf(n)}"`)
    .replace(/\b_Toc(\d+)\b/g, (_, n: string) => `_Toc${idOf(n)}`);
  return new TextEncoder().encode(out);
}
