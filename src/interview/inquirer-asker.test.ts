import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { fakeTerminal } from '../../test/helpers/interview.js';
import { InquirerAsker } from './inquirer-asker.js';

const noColor = new Chalk({ level: 0 });

/** The real prompts, typed into through a fake terminal: their own words (key hints, yes/no) follow the language. */
async function screenOf(lang: 'fr' | 'en'): Promise<string> {
  const term = fakeTerminal({ mode: 'b', ok: true, many: ['x'] });
  const asker = new InquirerAsker({ input: term.input, output: term.output, lang }, noColor, term.onPrompt);
  const choices = [{ value: 'a', name: 'A' }, { value: 'b', name: 'B' }];
  expect(await asker.select({ key: 'mode', message: 'Mode', choices, default: 'a' })).toBe('b');
  expect(await asker.checkbox({ key: 'many', message: 'Many', choices: [{ value: 'x', name: 'X' }] })).toEqual(['x']);
  expect(await asker.confirm({ key: 'ok', message: 'Ok', default: false })).toBe(true);
  return term.screen();
}

describe('the prompts’ own words', () => {
  it('are French under a French interview: key hints under menus, yes/no', async () => {
    const screen = await screenOf('fr');
    expect(screen).toContain('naviguer');
    expect(screen).toContain('choisir');
    expect(screen).toContain('espace');
    expect(screen).toContain('valider');
    expect(screen).toContain('y/n ; Entrée : non');
    expect(screen).toContain('Oui');
    expect(screen).not.toMatch(/navigate|submit|\bYes\b/);
  });

  it('are English under an English interview', async () => {
    const screen = await screenOf('en');
    expect(screen).toContain('navigate');
    expect(screen).toContain('y/N');
    expect(screen).toContain('Yes');
  });
});
