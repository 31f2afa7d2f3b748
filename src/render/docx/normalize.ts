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
    }
    out[name] = [content, { mtime, level: 6 }];
  }
  return Buffer.from(zipSync(out));
}
