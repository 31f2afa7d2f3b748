// exceljs ships types for its package entry only; this is the Workbook class file that entry re-exports.
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
