import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import type { Block } from './document.js';
import { endSentence, loadTemplates } from './templates.js';

/** A template set whose French `spec/t.hbs` is `source`. */
function withTemplate(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'efc-tpl-'));
  mkdirSync(join(dir, 'fr', 'spec'), { recursive: true });
  writeFileSync(join(dir, 'fr', 'spec', 't.hbs'), source);
  return { t: loadTemplates('fr', dir), file: join(dir, 'fr', 'spec', 't.hbs') };
}
const noTables = (name: string): Block[] | undefined => (name === 'demo' ? [{ type: 'pageBreak' }] : undefined);
const caught = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('no error');
};

describe('templates: markup from the template, text from the data', () => {
  it('a value is one run of text, inside the markup the template puts around it', () => {
    const { t } = withTemplate('# Titre {{name}}\n\nAvant **{{name}}** après _{{name}}_.\n\n- {{name}}\n\n= {{name}}\n\n::table demo\n');
    const blocks = t.blocks('spec/t', { name: '**g** _i_ # x' }, noTables);
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: 'Titre **g** _i_ # x', numbered: true },
      { type: 'paragraph', align: 'justify', runs: ['Avant ', { text: '**g** _i_ # x', bold: true }, ' après ', { text: '**g** _i_ # x', italic: true }, '.'] },
      { type: 'list', ordered: false, items: [['**g** _i_ # x']] },
      { type: 'paragraph', style: 'formula', runs: ['**g** _i_ # x'] },
      { type: 'pageBreak' },
    ]);
  });

  it('helpers see the values, and what they print from them stays text', () => {
    const { t } = withTemplate('{{lower a}} {{join xs " ; "}} {{#if (eq b "TTC")}}oui{{/if}} {{sentence c}} {{sentence d}}\n');
    const [p] = t.blocks('spec/t', { a: 'Gérer', xs: ['# un', '- deux'], b: 'TTC', c: 'fin', d: 'déjà ?' }, noTables);
    expect(p).toEqual({ type: 'paragraph', align: 'justify', runs: ['gérer # un ; - deux oui fin. déjà ?'] });
  });

  it('a line break inside a value is a space, never a new block', () => {
    const { t } = withTemplate('{{a}}\n');
    expect(t.blocks('spec/t', { a: 'un\n# deux\n\n::pagebreak' }, noTables)).toEqual([{ type: 'paragraph', align: 'justify', runs: ['un # deux ::pagebreak'] }]);
  });

  it('an unknown table is an input error at the template line of its directive', () => {
    const { t, file } = withTemplate('# Titre\n\n{{#each xs}}\n::table levels:{{this}}\n{{/each}}\n');
    const err = caught(() => t.blocks('spec/t', { xs: ['nope'] }, noTables));
    expect(err.diagnostics).toEqual([expect.objectContaining({ code: 'template-markup', file, line: 4, message: expect.stringContaining('"levels:nope"') })]);
  });

  it('a missing template is an input error naming it', () => {
    const { t } = withTemplate('x');
    const err = caught(() => t.blocks('spec/absent', {}, noTables));
    expect(err.diagnostics[0]).toMatchObject({ code: 'template-missing', message: expect.stringContaining('fr/spec/absent.hbs') });
  });
});

describe('endSentence', () => {
  it.each([
    ['Une phrase', 'Une phrase.'],
    ['Une phrase.', 'Une phrase.'],
    ['Une question ?', 'Une question ?'],
    ['Un cri !', 'Un cri !'],
    ['Une suite…', 'Une suite…'],
    ['(voir l’annexe)', '(voir l’annexe).'],
    ['« Cité. »', '« Cité. »'],
    ['Espaces   ', 'Espaces.'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(endSentence(input)).toBe(expected));
});
