import type { Lang } from '../../model/common.js';
import { currencySymbol } from '../../wording/format.js';

/**
 * Number formats of the price schedule workbook (piece 06), after the spreadsheets' own "Comptabilité"/"Accounting"
 * format: thousands grouped, two decimals, the figure aligned on the right and a zero shown as "-" (an unpriced line
 * reads as empty, not as a price of nothing). A format code's "," and "." are placeholders that Excel and LibreOffice
 * show with the reader's separators (1 234 567,89 in French, 1,234,567.89 in English).
 *
 * - `amount`: line amounts and sheet totals, whose column header names the currency ("Montant HT (€)");
 * - `money`: the Offer sheet's totals and scored price, read on their own: with the currency symbol, after the figure
 *   in French ("1 234,56 €"), before it in English ("€1,234.56");
 * - `price` / `unitPrice`: what the bidder types (unit prices may have four decimals: 0,0325 €/kg);
 * - `quantity`: up to three decimals (the DQE's quantities), grouped, no trailing zeros; years of a DPGF line up to four
 *   (a 30-month contract is 2.5 years).
 */
export interface ScheduleFormats {
  readonly amount: string;
  readonly money: string;
  readonly price: string;
  readonly unitPrice: string;
  readonly quantity: string;
  readonly percent: string;
}

/** Excel's accounting layout: positive; negative; zero as a dash; text. `_-` pads like a minus sign, `* ` fills. */
const accounting = (figure: string): string => `_-* ${figure}_-;-* ${figure}_-;_-* "-"??_-;_-@_-`;

export function scheduleFormats(lang: Lang, currency: string): ScheduleFormats {
  const sym = `"${currencySymbol(currency).replace(/"/g, '')}"`;
  const money = lang === 'fr' ? `_-* #,##0.00 ${sym}_-;-* #,##0.00 ${sym}_-;_-* "-"?? ${sym}_-;_-@_-` : `_-${sym}* #,##0.00_-;-${sym}* #,##0.00_-;_-${sym}* "-"??_-;_-@_-`;
  return {
    amount: accounting('#,##0.00'),
    money,
    price: '#,##0.00',
    unitPrice: '#,##0.00##',
    quantity: '#,##0.####',
    percent: '0.0#%',
  };
}
