import type { FR_GENERATE_LAYOUT_DIAGNOSTICS } from '../fr/generate-layout.js';

/** English wording of `generate`'s output-layout options; same keys as fr/generate-layout.ts. */
export const EN_GENERATE_LAYOUT_DIAGNOSTICS: Readonly<Record<keyof typeof FR_GENERATE_LAYOUT_DIAGNOSTICS, string>> = {
  'diag.layout-conflict': '{{option}} asks for the {{asked}} layout, but --layout {{layout}} was given too',
  'diag.layout-conflict.hint': '--dce is the former name of --layout dce (the default layout): keep one or the other',
  'diag.option-needs-layout': '{{option}} only works with --layout {{needed}} (the layout asked for is {{layout}})',
  'diag.option-needs-layout.hint':
    'lint warnings are printed in the annex of the single specification document (--layout spec); the published pieces of a DCE never speak of the tool: read them on the terminal or with efc-tender lint',
};
