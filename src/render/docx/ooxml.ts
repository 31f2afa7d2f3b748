import { BaseXmlComponent, type IXmlableObject } from 'docx';
import type { Inline } from '../../compose/document.js';
import { xmlOf } from './serialize.js';

/**
 * Paragraphs and runs as data in docx's XML object form (`{ 'w:p': [...] }`), and the two ways they reach the file:
 * serialised by us in one pass (RawBody, the default) or handed to docx as components (Prebuilt, when docx must read
 * the body to lay the pages out). docx's Paragraph and TextRun classes build a property object for every option of
 * every run, and for documents made of hundreds of short paragraphs that generic path was most of the rendering time.
 * The WordprocessingML is what docx itself writes for the same options (ECMA-376 §17.3).
 */

const on = {} as const;
const BOLD = { 'w:rPr': [{ 'w:b': on }, { 'w:bCs': on }] };
const ITALIC = { 'w:rPr': [{ 'w:i': on }, { 'w:iCs': on }] };
const BOLD_ITALIC = { 'w:rPr': [{ 'w:b': on }, { 'w:bCs': on }, { 'w:i': on }, { 'w:iCs': on }] };
/** Spaces in text and field instructions are kept as written. */
export const PRESERVE = { _attr: { 'xml:space': 'preserve' } };

/** A run of text; `bold` is the paragraph's default, which a run's own `bold` overrides. */
export function run(inline: Inline, bold = false): IXmlableObject {
  const text = typeof inline === 'string' ? inline : inline.text;
  const b = typeof inline === 'string' ? bold : (inline.bold ?? bold);
  const i = typeof inline !== 'string' && inline.italic === true;
  const rPr = b ? (i ? BOLD_ITALIC : BOLD) : i ? ITALIC : undefined;
  const t = { 'w:t': [PRESERVE, text] };
  return { 'w:r': rPr ? [rPr, t] : [t] };
}

export interface ParagraphProps {
  readonly style?: string;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  /** Every run bold unless it says otherwise (header cells, bold labels). */
  readonly bold?: boolean;
  /** Space after, in twips, overriding the style's. */
  readonly spacingAfter?: number;
  readonly pageBreakBefore?: boolean;
}

const JC = { center: 'center', right: 'right', justify: 'both' } as const;

/** A paragraph; left alignment is the default and is not written. */
export function paragraph(runs: readonly Inline[], props: ParagraphProps = {}): IXmlableObject {
  const pPr: IXmlableObject[] = [];
  if (props.style) pPr.push({ 'w:pStyle': { _attr: { 'w:val': props.style } } });
  if (props.pageBreakBefore) pPr.push({ 'w:pageBreakBefore': on });
  if (props.spacingAfter !== undefined) pPr.push({ 'w:spacing': { _attr: { 'w:after': props.spacingAfter } } });
  if (props.align && props.align !== 'left') pPr.push({ 'w:jc': { _attr: { 'w:val': JC[props.align] } } });
  const out: IXmlableObject[] = pPr.length ? [{ 'w:pPr': pPr }] : [];
  for (const r of runs) out.push(run(r, props.bold));
  return { 'w:p': out };
}

/** A body-level docx component that writes the given object, built when the document is written. */
export class Prebuilt extends BaseXmlComponent {
  constructor(
    rootKey: string,
    private readonly build: () => IXmlableObject,
  ) {
    super(rootKey);
  }

  prepForXml(): IXmlableObject {
    return this.build();
  }
}

/**
 * Body fragments serialised by us (serialize.ts) rather than by docx: docx is given a one-element placeholder for
 * each, and the package writer puts the fragments in their place in word/document.xml. Used whenever docx does not
 * need to read the body, that is unless it lays the pages out for the table of contents' page numbers.
 */
export class RawBody {
  private readonly fragments: string[] = [];

  /** A docx component standing for `node`, which is serialised now. */
  slot(node: IXmlableObject): BaseXmlComponent {
    return new Placeholder(this.fragments.push(xmlOf(node)) - 1);
  }

  /** The document part with every placeholder replaced by its fragment. */
  expand(xml: string): string {
    // Split and join rather than a replace callback: a document has hundreds of placeholders, and this is 3× faster.
    const pieces = xml.split(PLACEHOLDER);
    // split() puts each captured number between the pieces around its placeholder.
    for (let k = 1; k < pieces.length; k += 2) pieces[k] = this.fragments[Number(pieces[k])]!;
    return pieces.join('');
  }
}

// Text is escaped (`<` is `&lt;`), so no text can look like a placeholder.
const PLACEHOLDER = /<efc-raw n="(\d+)"\/>/;

class Placeholder extends BaseXmlComponent {
  constructor(private readonly n: number) {
    super('efc-raw');
  }

  prepForXml(): IXmlableObject {
    return { 'efc-raw': { _attr: { n: this.n } } };
  }
}
