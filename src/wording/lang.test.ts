import { describe, expect, it } from 'vitest';
import { localeLang, terminalLang } from './lang.js';

describe('terminal language', () => {
  it.each([
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'en' }, 'en'],
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'C.UTF-8' }, 'fr'],
    [{}, 'fr'],
    [{ LANG: 'de_DE.UTF-8' }, 'fr'],
    [{ LANG: 'fr_FR.UTF-8', LC_ALL: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: '' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' }, 'fr'],
  ] as const)('locale %o → %s', (env, lang) => {
    expect(localeLang(env)).toBe(lang);
  });

  it('--lang wins over the spec, the spec over the locale', () => {
    expect(terminalLang({ option: 'en', spec: 'fr', env: { LANG: 'fr_FR' } })).toBe('en');
    expect(terminalLang({ spec: 'fr', env: { LANG: 'en_GB' } })).toBe('fr');
    expect(terminalLang({ env: { LANG: 'en_GB' } })).toBe('en');
  });
});
