import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** A writer's own fix to one part of its package, as text: the new text, or undefined to leave the part as it is. */
export type TextPatch = (name: string, xml: () => string) => string | undefined;

/**
 * The one post-step after a library (docx, exceljs) has written an OOXML package: the libraries stamp the clock into
 * docProps/core.xml and into every zip entry, and their APIs take no date for either. So the package is unzipped,
 * core.xml's dates set to the document's own date, and zipped again with every entry dated that day at noon.
 * fflate is pure JavaScript (Node's zlib differs between the zlib builds Node releases bundle), so the bytes are the
 * same on every Node. `patch` lets a writer fix a part of its own in the same pass (exceljs, see grid-workbook.ts).
 */
export function normalizeOoxmlZip(bytes: Uint8Array, isoDate: string, patch: TextPatch = () => undefined): Buffer {
  const files: Zippable = {};
  // unzipSync keeps the entries' order, and zipSync writes them in the order of the object's (non-numeric) keys.
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    const xml = (): string => strFromU8(content);
    const own = patch(name, xml);
    if (name === 'docProps/core.xml') files[name] = strToU8(fixCoreDates(own ?? xml(), isoDate));
    else files[name] = own === undefined ? content : strToU8(own);
  }
  return Buffer.from(zipSync(files, { level: 6, mtime: noonOf(isoDate) }));
}

/**
 * Noon of the given day in local time: fflate writes an entry's date from the local fields of `mtime` (zip dates carry
 * no time zone), so a local date gives the same fields, and the same bytes, in every time zone.
 */
function noonOf(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0);
}

/** Creation and modification dates of docProps/core.xml: the document's own date, never the clock. */
export function fixCoreDates(xml: string, isoDate: string): string {
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${isoDate}T00:00:00Z$2`);
}
