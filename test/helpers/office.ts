import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Real-client checks: convert a document with LibreOffice headless and read the result back independently.
 * Every call gets its own user profile, because two soffice processes sharing one profile collide.
 */
export function sofficeConvert(input: string, target: string, outDir?: string): string {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), 'efc-office-'));
  const profile = mkdtempSync(join(tmpdir(), 'efc-lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', dir, input], {
    stdio: 'pipe',
    timeout: 170_000,
  });
  const ext = target.split(':')[0]!;
  const stem = basename(input).replace(/\.[^.]+$/, '');
  // With a sheet number LibreOffice names a CSV <stem>-<SheetName>.csv; accept both forms.
  const out = readdirSync(dir).find((f) => f === `${stem}.${ext}` || (f.startsWith(`${stem}-`) && f.endsWith(`.${ext}`)));
  if (!out) throw new Error(`LibreOffice produced no ${ext} for ${input}`);
  return join(dir, out);
}

/** DOCX/XLSX → PDF → text, as a reader would see it (`layout: false` gives reading order, better for wrapped text). */
export function officeText(input: string, opts: { layout?: boolean } = {}): string {
  return pdfText(sofficeConvert(input, 'pdf'), opts);
}

export function pdfText(pdf: string, opts: { layout?: boolean } = {}): string {
  return execFileSync('pdftotext', [...(opts.layout === false ? [] : ['-layout']), pdf, '-'], { encoding: 'utf8' });
}

/** Number of pages of a PDF (pdfinfo). */
export function pdfPages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/**
 * Recalculate a workbook in LibreOffice and export one sheet as CSV (sheet index is 1-based).
 * The CSV filter options: comma, double quote, UTF-8, first line kept, formulas exported as values, sheet N.
 */
export function xlsxSheetCsv(xlsx: string, sheet: number): string {
  const out = sofficeConvert(xlsx, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`);
  return readFileSync(out, 'utf8');
}

export const hasSoffice = (): boolean => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};
