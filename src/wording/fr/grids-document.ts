/**
 * French document words of the grid features of issue 15 (minimum thresholds). Spread into FR_DOCUMENT
 * (document.ts); the English file en/grids-document.ts has the same keys. Overridable with --templates like any word.
 */
export const FR_GRIDS_DOCUMENT = {
  'grid.threshold': 'Seuil minimal : {{min}} points ; une offre qui ne l’atteint pas est éliminée.',
  'grid.eliminated': 'éliminée',
} as const;
