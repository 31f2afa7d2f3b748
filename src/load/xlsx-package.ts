import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

/**
 * A workbook's package as exceljs expects to find it, whichever program saved it. The OOXML standard lets a sheet's
 * relationships name their parts anywhere (absolute targets, any file name); exceljs looks for cell comments only at
 * xl/commentsN.xml, and a workbook saved by openpyxl (xl/comments/comment1.xml, absolute target) made it fail
 * with "Cannot read properties of undefined (reading 'comments')"; the same holds for the comments' VML drawings.
 * Moving those parts to the names exceljs reads, and writing their targets as exceljs reads them, is
 * a change of file names only: no cell, formula or comment text changes. A package that needs no move is returned
 * as it came, byte for byte.
 */
export function normaliseXlsxPackage(bytes: Uint8Array): Uint8Array {
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes);
  } catch {
    return bytes; // not a zip: exceljs reports it, with the reader's own message
  }
  const taken = new Set(Object.keys(parts));
  const freshName = (kind: PartKind): string => {
    let n = 1;
    while (taken.has(kind.name(n))) n++;
    taken.add(kind.name(n));
    return kind.name(n);
  };
  const moves = new Map<string, string>();
  const rewritten = new Map<string, string>();
  for (const relsName of Object.keys(parts).filter((p) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(p))) {
    const xml = strFromU8(parts[relsName]!);
    const out = xml.replace(/<Relationship\b[^>]*>/g, (rel) => {
      const type = /\bType="([^"]*)"/.exec(rel)?.[1] ?? '';
      const target = /\bTarget="([^"]*)"/.exec(rel)?.[1];
      const kind = KINDS.find((k) => type.endsWith(k.type));
      if (!kind || target === undefined) return rel;
      const part = resolveTarget('xl/worksheets', target);
      if (!parts[part]) return rel;
      // Already where exceljs looks, and named as it names it: nothing to move.
      if (kind.pattern.test(part) && target === `../${part.slice('xl/'.length)}`) return rel;
      const moved = kind.pattern.test(part) ? part : (moves.get(part) ?? freshName(kind));
      if (moved !== part) moves.set(part, moved);
      return rel.replace(/\bTarget="[^"]*"/, `Target="../${moved.slice('xl/'.length)}"`);
    });
    if (out !== xml) rewritten.set(relsName, out);
  }
  if (!moves.size && !rewritten.size) return bytes;
  const next: Unzipped = {};
  for (const [name, data] of Object.entries(parts)) {
    if (moves.has(name)) next[moves.get(name)!] = data;
    else if (rewritten.has(name)) next[name] = strToU8(rewritten.get(name)!);
    else if (name === '[Content_Types].xml') next[name] = strToU8(movedContentTypes(strFromU8(data), moves));
    else next[name] = data;
  }
  return zipSync(next);
}

/** The sheet parts exceljs reads only under fixed names, each with the name it expects. */
interface PartKind {
  readonly type: string;
  readonly pattern: RegExp;
  readonly name: (n: number) => string;
}
const KINDS: readonly PartKind[] = [
  { type: '/comments', pattern: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  { type: '/vmlDrawing', pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n) => `xl/drawings/vmlDrawing${n}.vml` },
];

/** A relationship's target as a part name: absolute ("/xl/comments/comment1.xml") or relative to the source's folder. */
function resolveTarget(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const path = folder.split('/');
  for (const seg of target.split('/')) {
    if (seg === '..') path.pop();
    else if (seg !== '.') path.push(seg);
  }
  return path.join('/');
}

const movedContentTypes = (xml: string, moves: ReadonlyMap<string, string>): string =>
  xml.replace(/\bPartName="\/([^"]*)"/g, (all, part: string) => (moves.has(part) ? `PartName="/${moves.get(part)!}"` : all));
