import ExcelJS from 'exceljs';

/**
 * exceljs's Workbook class, from the package's public entry. Loading only its Workbook file (exceljs/lib/doc/…) saved
 * some 90 ms of start-up for `generate` and `score`, but that path is exceljs's private layout, which any release may
 * move: the public entry is what exceljs supports. The entry is CommonJS: its default export holds the classes.
 */
export const Workbook = ExcelJS.Workbook;
