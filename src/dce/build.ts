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
import { lotsAlike, resolveLots, type ResolvedLot } from '../select/lots.js';
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

/** A piece's file name inside the DCE folder, e.g. "01-RC.docx", "02-AE-lot-1.docx" or "interne/grille-notation.xlsx". */
export function pieceFile(piece: DcePiece, ext: string, loaded?: LoadedSpec, lot?: number): string {
  const base = piece.fileFor && loaded ? piece.fileFor(loaded) : piece.file;
  const stem = lot === undefined ? base : `${base}-lot-${lot}`;
  return piece.publishable && piece.number !== undefined ? `${pieceNumber(piece.number)}-${stem}.${ext}` : `${INTERNAL_FOLDER}/${stem}.${ext}`;
}

const extOf = (piece: DcePiece, format: 'docx' | 'md'): string => (piece.kind === 'xlsx' ? 'xlsx' : format);

/** One file of the DCE: a piece of the registry, for the whole tender or for one lot. */
interface PieceFile {
  readonly piece: DcePiece;
  readonly lot?: ResolvedLot;
}

/** The files the registry gives for these lots, in registry order: a per-lot piece once per lot, in the lots' order. */
export function pieceFiles(registry: readonly DcePiece[], lots: readonly ResolvedLot[]): PieceFile[] {
  const alike = lotsAlike(lots);
  // A lot's pay article is computed on its own value: one shared CCAP would state the whole tender's amounts.
  const ownValues = lots.some((l) => l.lot.estimated_value_eur !== undefined);
  return registry.flatMap((piece): PieceFile[] => {
    const split =
      lots.length > 0 && (piece.perLot === 'always' || (piece.perLot === 'when-lots-differ' && !alike) || (piece.perLot === 'when-pay-differs' && (!alike || ownValues)));
    return split ? lots.map((lot) => ({ piece, lot })) : [{ piece }];
  });
}

/**
 * The whole DCE of one spec, in memory: every piece of the registry in `<name>/` (buyer-only ones in
 * `<name>/interne/`), per lot where the registry says so, and `<name>-DCE.zip` holding exactly the publishable pieces.
 * Throws InputError when the consultation block contradicts the procedure or a lot's criteria cannot be selected.
 * With --format md, documents are Markdown and the XLSX pieces are left out.
 */
export async function renderDce(loaded: LoadedSpec, grid: Grid, catalog: Catalog, opts: DceOptions = {}): Promise<DceFile[]> {
  const problems = checkConsultation(loaded);
  if (problems.length) throw new InputError(problems);
  const format = opts.format ?? 'docx';
  const registry = (opts.pieces ?? DCE_PIECES).filter((p) => !p.appliesTo || p.appliesTo(loaded));
  const t = loadTemplates(grid.lang, opts.templatesDir);
  const words = loadDocumentWords(grid.lang, opts.templatesDir);
  const lots = resolveLots(loaded, catalog, grid.lang);
  const files = pieceFiles(registry, lots);
  const published: PieceRef[] = publishedPieces(registry).flatMap((p) =>
    files
      .filter((f) => f.piece === p)
      .map((f) => ({
        id: p.id,
        number: pieceNumber(p.number!),
        title: t.label(p.titleKey),
        file: pieceFile(p, extOf(p, format), f.lot?.loaded ?? loaded, f.lot?.lot.number),
        ...(f.lot ? { lot: f.lot.lot.number } : {}),
      })),
  );
  const ctx: PieceContext = { loaded, grid, catalog, t, words, bidders: opts.bidders ?? DEFAULT_BIDDERS, published, lots };
  const isPublished = (p: DcePiece): boolean => p.publishable && p.number !== undefined;
  const ordered = [...publishedPieces(registry).flatMap((p) => files.filter((f) => f.piece === p)), ...files.filter((f) => !isPublished(f.piece))];
  const out: DceFile[] = [];
  const zipped: Zippable = {};
  const date = documentDate(loaded.spec);
  for (const { piece, lot } of ordered) {
    if (piece.kind === 'xlsx' && format === 'md') continue;
    const result = piece.compose(lot ? lotContext(ctx, lot) : ctx);
    const file = pieceFile(piece, extOf(piece, format), lot?.loaded ?? loaded, lot?.lot.number);
    const data = result.kind === 'xlsx' ? await result.data : format === 'md' ? renderMarkdown(result.doc) : await renderDocx(result.doc, { tocPageNumbers: opts.tocPageNumbers });
    out.push({ name: `${loaded.name}/${file}`, data });
    if (piece.publishable) zipped[file] = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  out.push({ name: `${loaded.name}-DCE.zip`, data: dceZip(zipped, date) });
  return out;
}

/** The context of a per-lot piece: the lot's view of the spec, its title naming the lot, and the lot's grid. */
function lotContext(ctx: PieceContext, lot: ResolvedLot): PieceContext {
  const { spec } = lot.loaded;
  const title = ctx.t.label('lots.pieceTitle', { title: spec.tender.title, n: lot.lot.number });
  return { ...ctx, loaded: { ...lot.loaded, spec: { ...spec, tender: { ...spec.tender, title } } }, grid: lot.grid, lot: lot.lot };
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
