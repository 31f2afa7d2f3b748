import WorkbookClass from 'exceljs/lib/doc/workbook.js';

/**
 * exceljs's Workbook class, loaded from its own file. The package entry also loads exceljs's streaming reader and
 * writer, which we never use: importing the entry took 154 ms, the Workbook file 63 ms (Node 20, 2-core AMD EPYC) —
 * paid by every `generate` and `score` process and by every batch worker. The path is exceljs 4's layout (the version
 * is pinned by package-lock.json); src/util/exceljs.test.ts checks it is the very class the entry exports.
 */
export const Workbook = WorkbookClass;
