/**
 * Esc inside compound questions and in the review's menus (issue 17's residuals), typed key by key into the real
 * prompts: one prompt back inside an indicator or a list, the earlier answer offered again; from a change's first
 * prompt back to the stage menu, from the stage menu back to the summary.
 */
import { describe, expect, it } from 'vitest';
import { keyboard } from '../../test/helpers/interview.js';
import { loadCatalog } from '../load/catalog.js';
import { loadSpec } from '../load/spec.js';
import { editStage } from './edit-stage.js';
import { specToAnswers } from './spec-answers.js';
import { USES_QUESTIONS } from './questions/uses.js';
import { withStepBack } from './step-back.js';
import { GoBack, type Answers } from './types.js';

const catalog = loadCatalog();
const ESC = '\x1b';
const ANSWERS: Answers = { life_function: 'gerer-dechets', 'tender.consultation_start': '2027-03-01', 'tender.duration_months': 48 };
const indicators = USES_QUESTIONS.find((q) => q.id === 'usage_performance')!;
type Ind = { id: string; target?: number; baseline?: number };

describe('Esc inside a compound question goes back one prompt', { timeout: 30_000 }, () => {
  it('in an indicator: Esc at its baseline asks its target again, the typed value offered; the rest goes on', async () => {
    const kb = keyboard({
      'usage_performance[0].target': [[...'450', '\r'], ['\r']],
      'usage_performance[0].baseline': [[ESC], [...'590', '\r']],
      'usage_performance[2].target': [[...'95', '\r']],
    });
    kb.asker.backEnabled = true;
    const value = (await withStepBack(kb.asker, (asker) => indicators.ask({ asker, lang: 'fr', catalog, answers: ANSWERS, progress: () => undefined }))) as Ind[];
    expect(kb.asked.slice(0, 5)).toEqual(['usage_performance.pick', 'usage_performance[0].target', 'usage_performance[0].baseline', 'usage_performance[0].target', 'usage_performance[0].baseline']);
    // The proposals' menu was answered again silently: shown once only.
    expect(kb.asked.filter((k) => k === 'usage_performance.pick')).toHaveLength(1);
    expect(kb.screen()).toMatch(/\(450\)/);
    expect(value[0]).toMatchObject({ target: 450, baseline: 590 });
    expect(value).toHaveLength(3);
  });

  it('in a list: Esc on the next line goes back to the line just typed, which can be corrected', async () => {
    const effects = USES_QUESTIONS.find((q) => q.id === 'useful_effects.social')!;
    // A life function without proposals: the lines are typed from the first.
    const answers = { ...ANSWERS, life_function: 'habiter' };
    const plan = keyboard({
      'useful_effects.social[0]': [[...'Des logements mieux chauffés', '\r'], ['\r']],
      'useful_effects.social[1]': [[ESC], ['\r']],
    });
    plan.asker.backEnabled = true;
    const value = await withStepBack(plan.asker, (asker) => effects.ask({ asker, lang: 'fr', catalog, answers, progress: () => undefined }));
    expect(plan.asked).toEqual(['useful_effects.social[0]', 'useful_effects.social[1]', 'useful_effects.social[0]', 'useful_effects.social[1]']);
    expect(plan.screen()).toContain('(Des logements mieux chauffés)');
    expect(value).toEqual(['Des logements mieux chauffés']);
  });

  it('at the question’s first prompt, Esc leaves the question (back to the previous one)', async () => {
    const kb = keyboard({ 'usage_performance.pick': [[ESC]] });
    kb.asker.backEnabled = true;
    await expect(withStepBack(kb.asker, (asker) => indicators.ask({ asker, lang: 'fr', catalog, answers: ANSWERS, progress: () => undefined }))).rejects.toBeInstanceOf(GoBack);
  });
});

describe('Esc in the review’s menus', { timeout: 30_000 }, () => {
  // A finished spec reopened: every answer given, so a change asks nothing else afterwards.
  const answers = specToAnswers(loadSpec('examples/sicoval-waste.yaml').spec, catalog);

  it('from a change’s first prompt back to the stage menu, then from the stage menu back to the summary, nothing changed', async () => {
    const kb = keyboard({ 'change.stage-2': [['2', '\r'], [ESC]], 'indicator.field': [[ESC]] });
    const out = await editStage({ catalog, lang: 'fr', asker: kb.asker, answers, stage: 2 });
    expect(kb.asked).toEqual(['change.stage-2', 'indicator.field', 'change.stage-2']);
    expect(out).toEqual(answers);
    expect(kb.screen()).toContain('échap');
  });

  it('inside a change, one prompt back: Esc at the new target returns to the choice of field', async () => {
    const kb = keyboard({ 'change.stage-2': [['2', '\r']], 'indicator.field': [['\r'], ['\r']], 'usage_performance[0].target': [[ESC], [...'450', '\r']] });
    const out = await editStage({ catalog, lang: 'fr', asker: kb.asker, answers, stage: 2 });
    expect(kb.asked.slice(0, 5)).toEqual(['change.stage-2', 'indicator.field', 'usage_performance[0].target', 'indicator.field', 'usage_performance[0].target']);
    expect((out['usage_performance'] as Ind[])[0]!.target).toBe(450);
  });
});
