import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import { installRenderBudget, MAX_TEMPLATE_OUTPUT } from './template-budget.js';

describe('template render budget', () => {
  it('stops nested loops as soon as the output passes the budget', () => {
    const hb = Handlebars.create();
    const run = installRenderBudget(hb);
    const items = Array.from({ length: 100 }, (_, i) => i);
    const tpl = hb.compile('{{#each a}}{{#each ../a}}{{#each ../../a}}{{#each ../../../a}}xxxxxxxxxx{{/each}}{{/each}}{{/each}}{{/each}}', { noEscape: true });
    let err: unknown;
    try {
      run('bomb.hbs', () => tpl({ a: items }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).diagnostics[0]).toMatchObject({ code: 'template-output-too-large', file: 'bomb.hbs' });
  });
  it('renders ordinary templates unchanged, each with a fresh budget', () => {
    const hb = Handlebars.create();
    const run = installRenderBudget(hb);
    const tpl = hb.compile('{{#each a}}[{{this}}{{#if @last}}.{{/if}}]{{else}}none{{/each}}', { noEscape: true });
    expect(run('a.hbs', () => tpl({ a: [1, 2] }))).toBe('[1][2.]');
    expect(run('a.hbs', () => tpl({ a: [] }))).toBe('none');
    const big = 'x'.repeat(MAX_TEMPLATE_OUTPUT / 2);
    for (let i = 0; i < 3; i++) expect(run('b.hbs', () => hb.compile('{{#each a}}{{this}}{{/each}}')({ a: [big] })).length).toBe(big.length);
  });
});
