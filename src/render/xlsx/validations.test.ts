import { describe, expect, it } from 'vitest';
import { dedupeDataValidations } from './validations.js';

const rule = (sqref: string, formula = '"0,1,2"') => `<dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>${formula}</formula1></dataValidation>`;

describe('dedupeDataValidations', () => {
  it('merges the overlapping ranges exceljs writes for one rule into disjoint column runs', () => {
    const xml = `<worksheet><sheetData/><dataValidations count="4">${rule('E10:E16')}${rule('E5:E16')}${rule('G10:G16')}${rule('G5:G16')}</dataValidations><pageMargins/></worksheet>`;
    expect(dedupeDataValidations(xml)).toBe(`<worksheet><sheetData/><dataValidations count="1">${rule('E5:E16 G5:G16')}</dataValidations><pageMargins/></worksheet>`);
  });
  it('keeps distinct rules apart, a cell staying with the first rule that names it', () => {
    const xml = `<x><dataValidations count="2">${rule('B6:B10', '0')}${rule('B10 C2', '1')}</dataValidations></x>`;
    expect(dedupeDataValidations(xml)).toBe(`<x><dataValidations count="2">${rule('B6:B10', '0')}${rule('C2', '1')}</dataValidations></x>`);
  });
  it('leaves a sheet without validations unchanged', () => {
    expect(dedupeDataValidations('<worksheet><sheetData/></worksheet>')).toBe('<worksheet><sheetData/></worksheet>');
  });
});
