import { b, type Block, type CellInput } from '../document.js';
import { formatShort } from '../../wording/format.js';
import { numberHeadings } from '../spec-document.js';
import { specTables } from '../spec-tables.js';
import { specView } from '../spec-view.js';
import type { PieceContext } from '../../dce/pieces.js';
import { dceDocument } from '../../dce/title-page.js';
import { glossaryTable } from './glossary.js';
import type { DocumentModel } from '../document.js';
import { cctpIndicators, cctpLotsTables, cctpLotsView } from './lots-cctp.js';

/**
 * The CCTP: the usage performance to reach (the specification's chapters on context, indicators, useful effects,
 * integrated solution and cooperation), without the award rules, which are the RC's; then the data annex. Pay is the
 * CCAP's. The specification's templates are reused where the text is the same; `cctp/` holds what differs.
 */
export const CCTP_SECTIONS = ['spec/01-context', 'cctp/02-object', 'spec/03-effects', 'spec/04-solution', 'spec/05-cooperation', 'cctp/annex-data', 'cctp/annex-glossary'] as const;

export function cctpView(ctx: PieceContext) {
  const { spec } = ctx.loaded;
  const base = specView(spec, ctx.grid, ctx.catalog, ctx.t);
  return {
    ...base,
    piece: Object.fromEntries(ctx.published.map((p) => [p.id, p])),
    /** Indicators whose baseline the spec leaves empty: measured in year 1, then targets are set relative to it. */
    noBaseline: base.indicators.filter((i) => i.baseline === undefined),
    ...cctpLotsView(ctx),
  };
}

export function composeCctp(ctx: PieceContext): DocumentModel {
  const t = ctx.t;
  const lang = t.lang;
  const { spec } = ctx.loaded;
  const base = specTables(spec, ctx.grid, t, []);
  const num = (x: number): string => formatShort(x, lang, 4);
  /** Every figure of the territory a criterion or an indicator refers to, with its source and year. */
  const data = (): Block[] => {
    const rows: CellInput[][] = [];
    if (spec.territory.population) rows.push([{ runs: [b(t.label('cctp.population'))] }, t.label('cctp.inhabitants', { n: num(spec.territory.population) }), t.label('cctp.noYear'), t.label('cctp.buyerData')]);
    if (spec.territory.communes) rows.push([{ runs: [b(t.label('cctp.communes'))] }, num(spec.territory.communes), t.label('cctp.noYear'), t.label('cctp.buyerData')]);
    for (const i of cctpIndicators(ctx)) {
      const source = i.data_source ?? t.label('notSet');
      rows.push([
        { runs: [b(i.label)], more: [[`${t.label('col.baseline')} (${i.unit})`]] },
        i.baseline === undefined ? t.label('cctp.baselineYear1') : num(i.baseline),
        i.baseline_year ? String(i.baseline_year) : t.label('cctp.noYear'),
        source,
      ]);
      if (i.target !== undefined) {
        rows.push([{ runs: [b(i.label)], more: [[`${t.label(i.horizon ? 'cctp.target' : 'col.target', { year: i.horizon ?? '' })} (${i.unit})`]] }, num(i.target), i.horizon ? String(i.horizon) : t.label('cctp.noYear'), source]);
      }
    }
    return [
      {
        type: 'table',
        columns: [
          { header: t.label('cctp.col.figure'), width: 40 },
          { header: t.label('cctp.col.value'), width: 16, align: 'right' },
          { header: t.label('cctp.col.year'), width: 10, align: 'center' },
          { header: t.label('cctp.col.source'), width: 34 },
        ],
        rows,
      },
    ];
  };
  const lotTables = cctpLotsTables(ctx);
  const view = cctpView(ctx);
  const body: Block[] = [];
  // The glossary lists the terms the pieces use: the CCTP's own body so far, and the other pieces (glossary.ts).
  const tables = (name: string): Block[] | undefined => (name === 'data' ? data() : name === 'glossary' ? glossaryTable(ctx, body) : lotTables(name) ?? base(name));
  for (const name of CCTP_SECTIONS) body.push(...t.blocks(name, view, tables));
  return dceDocument(ctx, 'cctp.title', 'cctp.short', numberHeadings(body));
}
