import type { Lang } from '../model/common.js';
import { DOCUMENT_WORDS } from '../wording/catalog.js';
import type { DceFile } from './build.js';
import type { CoherenceInput, PieceText } from './coherence.js';
import { DCE_PIECES, pieceNumber, type DcePiece } from './pieces.js';

/**
 * The coherence check's input from the files `renderDce` wrote with `format: 'md'` (or any text form of them with
 * the same names): each document of the registry becomes a PieceText, matched by its file name without extension.
 * The XLSX grid is not in a Markdown DCE; a caller that has its CSV read-back passes it as `gridCsv`.
 */
export function coherenceInput(files: readonly DceFile[], lang: Lang, opts: { registry?: readonly DcePiece[]; gridCsv?: CoherenceInput['gridCsv'] } = {}): CoherenceInput {
  const pieces: PieceText[] = [];
  for (const piece of opts.registry ?? DCE_PIECES) {
    if (piece.kind !== 'document') continue;
    const stem = piece.publishable && piece.number !== undefined ? `${pieceNumber(piece.number)}-${piece.file}` : `interne/${piece.file}`;
    const file = files.find((f) => f.name.replace(/\.[^./]+$/u, '').endsWith(`/${stem}`) && typeof f.data === 'string');
    if (!file) continue;
    pieces.push({
      id: piece.id,
      number: piece.publishable && piece.number !== undefined ? pieceNumber(piece.number) : undefined,
      title: DOCUMENT_WORDS[lang][piece.titleKey],
      file: file.name.slice(file.name.indexOf('/') + 1),
      text: file.data as string,
    });
  }
  return { lang, pieces, gridCsv: opts.gridCsv };
}
