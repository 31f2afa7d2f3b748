import type { Lang } from '../../model/common.js';
import type { Grid } from '../../model/grid.js';
import { Workbook } from '../../util/exceljs.js';
import { normalizeOoxmlZip, type TextPatch } from '../zip/normalize.js';
import { addPricesSheet, addSummarySheet } from './calc-sheets.js';
import { addPriceDefinition } from './price-definition.js';
import { documentWords, type DocumentWords } from '../../wording/catalog.js';
import { xlsxLabels } from './labels.js';
import { gridLayout } from './layout.js';
import { addMarksSheet, marksColumnBreaks } from './marks-sheet.js';
import { addCriteriaSheet, addMetaSheet, type SheetCtx } from './reference-sheets.js';
import { dedupeDataValidations } from './validations.js';
import { parseTieBreak } from '../../score/ranking.js';

export interface GridXlsxContext {
  /** Tender title (spec tender.title). */
  readonly title: string;
  /** Tender reference (spec tender.reference): printed, and part of the hidden fingerprint. */
  readonly reference: string;
  /** ISO date (the spec's documentDate): workbook dates, never the clock. */
  readonly date: string;
  /** Number of bidder columns (--bidders, default 5). */
  readonly bidders: number;
  readonly lang: Lang;
  /** The document words (with --templates overrides); default: the bundled catalog of `lang`. */
  readonly words?: DocumentWords;
  /** The spec's scoring.tie_break: the Summary sheet's rank applies it when it names criteria or the price. */
  readonly tieBreak?: string;
  /** The scored price's definition as the RC words it (a tender file's grid): printed on the price sheet. */
  readonly priceDefinition?: { readonly heading: string; readonly sentences: readonly string[] };
}

/**
 * The committee's XLSX scoring grid: Criteria (locked reference), Marks, Prices, Summary (formulas), plus a hidden
 * metadata sheet. Every weight comes from `grid`, every price formula from PRICE_FORMULA_INFO. Same inputs → same
 * bytes. Cell positions are those of layout.ts, which `score` uses to read a filled grid back.
 */
export async function renderGridXlsx(grid: Grid, ctx: GridXlsxContext): Promise<Buffer> {
  const layout = gridLayout(grid, ctx.bidders, ctx.lang);
  const words = ctx.words ?? documentWords(ctx.lang);
  const t = xlsxLabels(words);
  const tieBreak = ctx.tieBreak ? parseTieBreak(ctx.tieBreak, grid) : undefined;
  const sheetCtx: SheetCtx = { grid, layout, t, title: ctx.title, reference: ctx.reference, date: ctx.date, words, ...(tieBreak ? { tieBreak } : {}) };
  const wb = new Workbook();
  const when = new Date(`${ctx.date}T00:00:00Z`);
  wb.creator = 'efc-tender';
  wb.lastModifiedBy = 'efc-tender';
  wb.title = `${t.gridTitle} — ${ctx.title}`;
  wb.subject = ctx.reference;
  wb.created = when;
  wb.modified = when;
  // Excel recomputes everything on opening; LibreOffice computes the formula cells that carry no cached value.
  wb.calcProperties = { fullCalcOnLoad: true };
  await addCriteriaSheet(wb, sheetCtx);
  await addMarksSheet(wb, sheetCtx);
  await addPricesSheet(wb, sheetCtx);
  if (ctx.priceDefinition && grid.price) addPriceDefinition(wb.getWorksheet(layout.sheets.prices)!, ctx.priceDefinition.heading, ctx.priceDefinition.sentences);
  await addSummarySheet(wb, sheetCtx);
  await addMetaSheet(wb, sheetCtx);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  // Stored, not deflated: the package is rewritten below and each part is compressed once, there.
  const raw = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<typeof wb.xlsx.writeBuffer>[0]));
  return normalizeOoxmlZip(raw, ctx.date, patchPart(marksColumnBreaks(ctx.bidders)));
}

/** The Marks sheet's part: exceljs numbers worksheets in the order they are added (Criteria is sheet1). */
const MARKS_PART = 'xl/worksheets/sheet2.xml';

/**
 * Three things exceljs cannot write, patched into its package:
 * - it draws every cell note as a small 2×4-cell box, too small for six level descriptors: widen the boxes in the
 *   VML drawings (the anchor is "left col, dx, top row, dy, right col, dx, bottom row, dy");
 * - it has no column page breaks: add the Marks sheet's (after headerFooter, where the schema puts colBreaks);
 * - it claims to be Excel in app.xml;
 * - its data-validation optimiser can write overlapping ranges, which Excel repairs away (validations.ts).
 */
function patchPart(colBreaks: readonly number[]): TextPatch {
  return (name, text) => {
    if (/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(name)) {
      return text()
        .replace(/<x:Anchor>([^<]*)<\/x:Anchor>/g, (_m, a: string) => {
          const [l, lf, t, tf] = a.split(',').map((x) => Number(x.trim()));
          return `<x:Anchor>${[l, lf, t, tf, l! + 3, 0, t! + 14, 0].join(', ')}</x:Anchor>`;
        })
        .replace(/width:97\.8pt;height:59\.1pt/g, 'width:300pt;height:260pt');
    }
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      let xml = dedupeDataValidations(text());
      if (name === MARKS_PART && colBreaks.length) {
        const brks = colBreaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join('');
        xml = xml.replace(/(<\/headerFooter>(?:<rowBreaks.*?<\/rowBreaks>)?)/, `$1<colBreaks count="${colBreaks.length}" manualBreakCount="${colBreaks.length}">${brks}</colBreaks>`);
      }
      return xml;
    }
    if (name === 'docProps/app.xml') {
      // Name the real producer; LibreOffice then treats the cached values as untrusted and recomputes.
      return text().replace(/<Application>[^<]*<\/Application>/, '<Application>efc-tender</Application>');
    }
    return undefined;
  };
}
