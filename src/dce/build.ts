import { zipSync, type Zippable } from 'fflate';
import type { Catalog } from '../load/catalog.js';
import type { LoadedSpec } from '../load/spec.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import { documentDate } from '../model/spec.js';
import { loadTemplates } from '../compose/templates.js';
import { renderDocx } from '../render/docx/index.js';
import { renderMarkdown } from '../render/markdown.js';
import { loadDocumentWords } from '../wording/overrides.js';
import { DEFAULT_BIDDERS } from '../render/xlsx/layout.js';
import { checkConsultation } from './check.js';
import { DCE_PIECES, pieceNumber, publishedPieces, type DcePiece, type PieceContext, type PieceRef } from './pieces.js';

/** Buyer-only files of a DCE: never in the upload zip. */
export const INTERNAL_FOLDER = 'interne';

export interface DceOptions {
  readonly templatesDir?: string;
  readonly format?: 'docx' | 'md';
  readonly tocPageNumbers?: boolean;
  readonly bidders?: number;
  /** The registry to build from (tests pass their own); the bundled one by default. */
  readonly pieces?: readonly DcePiece[];
}

export interface DceFile {
  /** Relative name inside the output folder: "<name>/01-RC.docx", "<name>/interne/…", "<name>-DCE.zip". */
  readonly name: string;
  readonly data: Buffer | string;
}

/** A piece's file name inside the DCE folder, e.g. "01-RC.docx" or "interne/grille-notation.xlsx". */
export function pieceFile(piece: DcePiece, ext: string, loaded?: LoadedSpec): string {
  const stem = piece.fileFor && loaded ? piece.fileFor(loaded) : piece.file;
  return piece.publishable && piece.number !== undefined ? `${pieceNumber(piece.number)}-${stem}.${ext}` : `${INTERNAL_FOLDER}/${stem}.${ext}`;
}

const extOf = (piece: DcePiece, format: 'docx' | 'md'): string => (piece.kind === 'xlsx' ? 'xlsx' : format);

/**
 * The whole DCE of one spec, in memory: every piece of the registry in `<name>/` (buyer-only ones in
 * `<name>/interne/`), and `<name>-DCE.zip` holding exactly the publishable pieces. Throws InputError when the
 * consultation block contradicts the procedure. With --format md, documents are Markdown and the XLSX pieces are left out.
 */
export async function renderDce(loaded: LoadedSpec, grid: Grid, catalog: Catalog, opts: DceOptions = {}): Promise<DceFile[]> {
  const problems = checkConsultation(loaded);
  if (problems.length) throw new InputError(problems);
  const format = opts.format ?? 'docx';
  const registry = (opts.pieces ?? DCE_PIECES).filter((p) => !p.appliesTo || p.appliesTo(loaded));
  const t = loadTemplates(grid.lang, opts.templatesDir);
  const words = loadDocumentWords(grid.lang, opts.templatesDir);
  const published: PieceRef[] = publishedPieces(registry).map((p) => ({
    id: p.id,
    number: pieceNumber(p.number!),
    title: t.label(p.titleKey),
    file: pieceFile(p, extOf(p, format), loaded),
  }));
  const ctx: PieceContext = { loaded, grid, catalog, t, words, bidders: opts.bidders ?? DEFAULT_BIDDERS, published };
  const ordered = [...publishedPieces(registry), ...registry.filter((p) => !(p.publishable && p.number !== undefined))];
  const files: DceFile[] = [];
  const zipped: Zippable = {};
  const date = documentDate(loaded.spec);
  for (const piece of ordered) {
    if (piece.kind === 'xlsx' && format === 'md') continue;
    const out = piece.compose(ctx);
    const file = pieceFile(piece, extOf(piece, format), loaded);
    const data = out.kind === 'xlsx' ? await out.data : format === 'md' ? renderMarkdown(out.doc) : await renderDocx(out.doc, { tocPageNumbers: opts.tocPageNumbers });
    files.push({ name: `${loaded.name}/${file}`, data });
    if (piece.publishable) zipped[file] = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  files.push({ name: `${loaded.name}-DCE.zip`, data: dceZip(zipped, date) });
  return files;
}

/**
 * The upload zip: entries sorted by name, every one dated the spec's document date at noon, the same compression
 * level: the same pieces always give the same bytes. fflate reads the date with local-time getters, so the Date is
 * built from local fields and reads back as that day at noon in any time zone.
 */
export function dceZip(entries: Zippable, isoDate: string): Buffer {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const sorted: Zippable = {};
  for (const name of Object.keys(entries).sort()) sorted[name] = [entries[name] as Uint8Array, { mtime, level: 6 }];
  return Buffer.from(zipSync(sorted, { mtime, level: 6 }));
}
