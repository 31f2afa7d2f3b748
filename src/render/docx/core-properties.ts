import type { DocumentModel } from '../../compose/document.js';

/**
 * docProps/core.xml as docx writes it, but dated with the document's own date rather than the clock (docx takes no
 * date). Handed to `Packer.toBuffer` as a part override, its public way to replace a part.
 */
export function corePropertiesXml(meta: DocumentModel['meta']): string {
  const date = `${meta.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(meta.title)}</dc:title><dc:subject>${xml(meta.subject)}</dc:subject><dc:creator>${xml(meta.creator)}</dc:creator>` +
    (meta.keywords ? `<cp:keywords>${xml(meta.keywords)}</cp:keywords>` : '') +
    `<cp:lastModifiedBy>${xml(meta.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * The document's title and subject come from the buyer: escaped as XML text, as docx escapes them, and without the
 * characters XML 1.0 cannot hold (a YAML escape such as "\a" puts them in a spec's text): docx drops them from the
 * body, so they are dropped here too, or Word would call the file corrupt.
 */
// eslint-disable-next-line no-control-regex
const xml = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
