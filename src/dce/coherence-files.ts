import type { LoadedSpec } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import { DOCUMENT_WORDS } from '../wording/catalog.js';
import type { DceFile } from './build.js';
import type { CoherenceInput, PieceText } from './coherence.js';
import type { WorkbookText } from './coherence-workbook.js';
import { DCE_PIECES, pieceNumber, type DcePiece } from './pieces.js';

/**
 * The coherence check's input from the files `renderDce` wrote with `format: 'md'` (or any text form of them with
 * the same names): each document of the registry becomes a PieceText, matched by its file name without extension,
 * once per lot for a per-lot piece (`02-AE-lot-1`). The publishable workbooks of the registry (the price schedule,
 * piece 06) are pieces of the file too, with no text: Markdown leaves them out, but the RC still cites them.
 * The XLSX grids are not in a Markdown DCE; a caller that has their CSV read-back passes them as `gridCsv`.
 * `loaded` gives the workbooks their spec-dependent names (06-BPU-DQE) and drops pieces the spec does not get;
 * `workbooks` gives their cells as text (dceWorkbookTexts), so the price schedule is checked too.
 */
export function coherenceInput(
  files: readonly DceFile[],
  lang: Lang,
  opts: { registry?: readonly DcePiece[]; gridCsv?: CoherenceInput['gridCsv']; loaded?: LoadedSpec; workbooks?: readonly WorkbookText[] } = {},
): CoherenceInput {
  const pieces: PieceText[] = [];
  const strip = (name: string): string => name.replace(/\.[^./]+$/u, '');
  for (const piece of opts.registry ?? DCE_PIECES) {
    if (opts.loaded && piece.appliesTo && !piece.appliesTo(opts.loaded)) continue;
    const published = piece.publishable && piece.number !== undefined;
    const number = published ? pieceNumber(piece.number!) : undefined;
    const base = piece.fileFor && opts.loaded ? piece.fileFor(opts.loaded) : piece.file;
    const stem = published ? `${number}-${base}` : `interne/${base}`;
    const title = DOCUMENT_WORDS[lang][piece.titleKey];
    if (piece.kind === 'xlsx') {
      if (!published) continue;
      // A workbook read as text (coherence-workbook.ts): its cells are checked like a document's tables.
      const read = opts.workbooks?.filter((w) => w.file.startsWith(`${number}-`)) ?? [];
      if (read.length) {
        for (const w of read) pieces.push({ id: piece.id, number, title, file: w.file, text: w.text, workbook: true, ...lotOf(strip(w.file)) });
        continue;
      }
      // A workbook: present for references ("pièce n° 06") and its title, whether or not its bytes are here.
      const found = files.filter((f) => new RegExp(`/${number}-[^/]+\\.xlsx$`, 'u').test(f.name));
      const names = found.length ? found.map((f) => f.name.slice(f.name.indexOf('/') + 1)) : [`${stem}.xlsx`];
      for (const file of names) pieces.push({ id: piece.id, number, title, file, text: '', workbook: true, ...lotOf(strip(file)) });
      continue;
    }
    for (const file of files) {
      if (typeof file.data !== 'string') continue;
      const name = strip(file.name);
      const whole = name.endsWith(`/${stem}`);
      const lot = new RegExp(`/${stem.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}-lot-(\\d+)$`, 'u').exec(name);
      if (!whole && !lot) continue;
      pieces.push({ id: piece.id, number, title, file: file.name.slice(file.name.indexOf('/') + 1), text: file.data, ...(lot ? { lot: Number(lot[1]) } : {}) });
    }
  }
  return { lang, pieces, gridCsv: opts.gridCsv };
}

const lotOf = (stem: string): { lot?: number } => {
  const m = /-lot-(\d+)$/u.exec(stem);
  return m ? { lot: Number(m[1]) } : {};
};
