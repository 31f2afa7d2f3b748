import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import { checkOptions, rules } from './options.js';

describe('option checks', () => {
  it('real dates only: --date 2027-02-30 is refused, not rolled over', () => {
    expect(checkOptions({ date: '2028-02-29' }, [rules.date('date', '--date')])).toEqual({ date: '2028-02-29' });
    for (const bad of ['2027-02-29', '2027-02-30', '2027-13-01', '2027-3-15', '15/03/2027']) {
      expect(() => checkOptions({ date: bad }, [rules.date('date', '--date')]), bad).toThrow(InputError);
    }
  });

  it('converts numbers and reports every bad value at once, naming each option', () => {
    const list = [rules.int('jobs', '--jobs', 1, 200), rules.int('bidders', '--bidders', 1, 200), rules.lang()];
    expect(checkOptions({ jobs: '4', bidders: '12', lang: 'en' }, list)).toEqual({ jobs: 4, bidders: 12, lang: 'en' });
    try {
      checkOptions({ jobs: '0', bidders: 'abc', lang: 'de' }, list);
      expect.unreachable();
    } catch (err) {
      const diags = (err as InputError).diagnostics;
      expect(diags.map((d) => d.code)).toEqual(['bad-option-number', 'bad-option-number', 'bad-option-choice']);
      expect(diags.map((d) => d.args?.option)).toEqual(['--jobs', '--bidders', '--lang']);
    }
  });

  it('skips absent options and keeps defaults that are already numbers', () => {
    expect(checkOptions({ bidders: 5 }, [rules.int('bidders', '--bidders', 1, 200), rules.int('jobs', '--jobs', 1, 200)])).toEqual({ bidders: 5 });
  });
});
