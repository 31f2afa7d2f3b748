/**
 * The intermediate document model: what every composer produces and every writer consumes.
 * It knows nothing of DOCX, XLSX or Markdown (pandoc's lesson: one model, one writer per format).
 */

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}
export type Inline = string | Run;

export interface Cell {
  readonly runs: readonly Inline[];
  /** Extra paragraphs in the same cell (e.g. a descriptor under a label). */
  readonly more?: readonly (readonly Inline[])[];
  readonly bold?: boolean;
  /** Hex colour without '#', e.g. "E8F0FE": input cells and header bands. */
  readonly shade?: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly colSpan?: number;
}
export type CellInput = string | Cell;

export interface Column {
  readonly header: string;
  /** Relative width; widths are normalised to the page width. */
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly numbered: boolean }
  | { readonly type: 'paragraph'; readonly runs: readonly Inline[]; readonly style?: 'normal' | 'title' | 'subtitle' | 'note' | 'formula'; readonly align?: 'left' | 'center' | 'right' | 'justify' }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  | { readonly type: 'table'; readonly columns: readonly Column[]; readonly rows: readonly (readonly CellInput[])[]; readonly caption?: string; readonly footer?: readonly CellInput[] }
  | { readonly type: 'toc'; readonly title: string }
  | { readonly type: 'pageBreak' }
  /** A picture (PNG bytes) drawn from the data, e.g. monitor's charts; `width`/`height` in pixels at 96 dpi, `alt` read by screen readers. */
  | { readonly type: 'image'; readonly png: Uint8Array; /** 1-based number of the picture in its document: its drawing id, unique and the same on every run. */ readonly number: number; readonly width: number; readonly height: number; readonly alt: string; readonly caption?: string };

export interface Section {
  readonly orientation: 'portrait' | 'landscape';
  readonly blocks: readonly Block[];
  /** Running header text; the footer always carries "page X / Y". */
  readonly header?: string;
  /** The title page has no header or footer. */
  readonly titlePage?: boolean;
}

export interface DocumentModel {
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly creator: string;
    readonly keywords?: string;
    /** ISO date from the spec (never the clock) so documents are byte-identical across runs. */
    readonly date: string;
    readonly lang: 'fr' | 'en';
  };
  /** Labels the writer needs ("Page", "sur"…), supplied by the composer in the document's language. */
  readonly labels: { readonly page: string; readonly of: string; readonly tocHint: string };
  readonly sections: readonly Section[];
}

/** Small constructors so composers read declaratively. */
export const h = (level: 1 | 2 | 3, text: string, numbered = true): Block => ({ type: 'heading', level, text, numbered });
export const p = (...runs: Inline[]): Block => ({ type: 'paragraph', runs });
export const b = (text: string): Run => ({ text, bold: true });
export const i = (text: string): Run => ({ text, italic: true });
export const ul = (items: readonly (string | readonly Inline[])[]): Block => ({ type: 'list', ordered: false, items: items.map((x) => (typeof x === 'string' ? [x] : x)) });
export const inlineText = (runs: readonly Inline[]): string => runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
