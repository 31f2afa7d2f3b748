import type { FR_GRIDS_DOCUMENT } from '../fr/grids-document.js';

/** English document words of the grid features of issue 15, same keys as fr/grids-document.ts; spread into EN_DOCUMENT. */
export const EN_GRIDS_DOCUMENT: Readonly<Record<keyof typeof FR_GRIDS_DOCUMENT, string>> = {
  'grid.threshold': 'Minimum threshold: {{min}} points; an offer that does not reach it is eliminated.',
  'grid.eliminated': 'eliminated',
} as const;
