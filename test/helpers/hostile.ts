import { unzipSync } from 'fflate';
import { SpecSchema, type Spec } from '../../src/model/spec.js';

/**
 * Hostile text for the text-is-data tests (test/text-is-data*.test.ts): values that a reader of Markdown, Handlebars,
 * WordprocessingML or a spreadsheet would take for structure or code, put in every free-text field of a spec, and the
 * readers that find them back in the outputs.
 */
export const HOSTILE: readonly string[] = [
  '# Titre',
  '- x',
  '> y',
  '**g**',
  '_i_',
  '::table nope',
  '::pagebreak',
  '= f',
  '1. z',
  '{{x}}',
  '<w:p>',
  '&amp;',
  '   espaces autour   ',
  'ligne\nsuivante',
  '#! ## {{#if x}}y{{/if}} ::table criteria',
];
/**
 * What a spreadsheet or an office suite would run or read as structure (CSV/formula injection, WordprocessingML, RTL
 * and zero-width characters, XML-invalid control characters a YAML escape can carry, a word longer than a line).
 */
export const HOSTILE_OFFICE: readonly string[] = [
  '=HYPERLINK("http://x.invalid","clic")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '-2+3',
  '<w:t>faux</w:t>',
  '</w:t></w:r><w:r><w:t>injecté',
  'bip\u0007 nul\u0000 échap\u001b',
  'droite\u202Egauche zéro\u200Blargeur\u200D',
  'Anticonstitutionnellement'.repeat(12),
];
/** Field k gets a value starting and ending with a hostile string, and a number that tells the fields apart. */
export const hostile = (k: number, list: readonly string[] = HOSTILE): string => `${list[k % list.length]!} n°${k} ${list[(k + 3) % list.length]!}`;
/** What the document shows: a value's line breaks are folded into a space (literal.ts says why). */
export const shown = (value: string): string => value.replace(/[ \t]*(?:\n[ \t]*)+/g, ' ');
/** Characters XML 1.0 cannot hold: the writers drop them (a DOCX or XLSX holding one is corrupt). */
// eslint-disable-next-line no-control-regex
export const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** What a reader of the file finds for a value: its line breaks folded, the characters XML cannot hold dropped. */
export const visible = (value: string): string => shown(value).replace(XML_INVALID, '');

/** Replace every free-text string of the spec (the fields the schema accepts any text in) with a hostile value. */
export function hostileSpec(spec: Spec, list: readonly string[] = HOSTILE): { spec: Spec; values: Map<string, string> } {
  const values = new Map<string, string>();
  const copy = structuredClone(spec) as unknown as Record<string, unknown>;
  const accepts = (path: (string | number)[], value: string): boolean => {
    const probe = structuredClone(copy);
    let node = probe as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1]!] = value;
    return SpecSchema.safeParse(probe).success;
  };
  let k = 0;
  const walk = (node: Record<string | number, unknown>, path: (string | number)[]): void => {
    for (const key of Object.keys(node)) {
      const here = [...path, Array.isArray(node) ? Number(key) : key];
      const v = node[key];
      if (typeof v === 'string') {
        // Ids, dates and enumerations refuse free text: they are keys, not words.
        const value = hostile(k, list);
        if (accepts(here, value)) {
          node[key] = value;
          values.set(here.join('.'), value);
          k += 1;
        }
      } else if (v && typeof v === 'object') walk(v as Record<string | number, unknown>, here);
    }
  };
  walk(copy, []);
  return { spec: copy as unknown as Spec, values };
}

/** The text of a DOCX's body and headers, one paragraph a line, as a reader of the XML sees it. */
export function docxText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes, { filter: (f) => /^word\/(document|header\d*)\.xml$/.test(f.name) });
  const unescape = (s: string): string =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');
  return Object.values(parts)
    .map((p) => new TextDecoder().decode(p))
    .flatMap((xml) => xml.split(/<\/w:p>/).map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('')))
    .join('\n');
}

/** Typography may change which space stands before `: ; ! ?`, and Markdown does not keep runs of spaces. */
export const spaces = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

