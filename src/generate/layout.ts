/**
 * What `generate` writes for a spec, kept apart from the pipeline so that the CLI can check `--layout` without loading
 * the renderers (start-up time).
 *
 * - `dce` (the default): the tender file a buyer publishes — `<name>/NN-piece` (RC, AE, CCAP, CCTP, cadre de réponse,
 *   price schedule), the buyer-only `<name>/interne/` (scoring grids) and `<name>-DCE.zip` (src/dce).
 * - `spec`: the layout from before the DCE — one specification document (award rules + usage performance) and the
 *   committee's grids: `<name>-spec.docx`, `<name>-grid.docx`, `<name>-grid.xlsx`.
 */
export const OUTPUT_LAYOUTS = ['dce', 'spec'] as const;
export type OutputLayout = (typeof OUTPUT_LAYOUTS)[number];
export const DEFAULT_LAYOUT: OutputLayout = 'dce';

/** The layout options ask for: `layout`, else the deprecated `dce` flag (true: dce, false: spec), else the default. */
export function layoutOf(opts: { readonly layout?: OutputLayout; readonly dce?: boolean }): OutputLayout {
  return opts.layout ?? (opts.dce === undefined ? DEFAULT_LAYOUT : opts.dce ? 'dce' : 'spec');
}
