import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './date.js';

describe('isCalendarDate', () => {
  it('accepts real days only, written YYYY-MM-DD', () => {
    expect(['2027-02-28', '2028-02-29', '2027-12-31', '2027-01-01', '2000-02-29'].every(isCalendarDate)).toBe(true);
    for (const bad of ['2027-02-30', '2027-02-29', '1900-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '2027-1-1', '27-01-01', '15/03/2027', '2027-03-15T00:00', '']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });
});
