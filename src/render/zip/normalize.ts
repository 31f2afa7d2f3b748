import { rewriteZip } from './rewrite.js';

/** A writer's own fix to one part of its package, as text: the new text, or undefined to leave the part as it is. */
export type TextPatch = (name: string, xml: () => string) => string | undefined;

/**
 * Make an OOXML package made by a library byte-identical across runs: the libraries stamp the clock into
 * docProps/core.xml and into every zip entry. `patch` lets a writer fix its own parts in the same pass. Only the parts
 * that change are decompressed and compressed again.
 */
export function normalizeOoxmlZip(bytes: Uint8Array, isoDate: string, patch: TextPatch = () => undefined): Buffer {
  return rewriteZip(bytes, isoDate, (name, content) => {
    const xml = (): string => new TextDecoder().decode(content());
    const own = patch(name, xml);
    if (name === 'docProps/core.xml') return encode(fixCoreDates(own ?? xml(), isoDate));
    return own === undefined ? undefined : encode(own);
  });
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Creation and modification dates of docProps/core.xml: the document's own date, never the clock. */
export function fixCoreDates(xml: string, isoDate: string): string {
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${isoDate}T00:00:00Z$2`);
}
