import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

/** The main XML part of a DOCX, read without any external tool (no `unzip` on a fresh machine). */
export function documentXml(docx: string): string {
  const part = unzipSync(readFileSync(docx), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
  if (!part) throw new Error(`${docx} has no word/document.xml`);
  return new TextDecoder().decode(part);
}
