import type { Catalog } from '../load/catalog.js';
import type { Lang } from '../model/common.js';
import { t } from '../wording/catalog.js';
import { showValue } from './format.js';
import { tr } from './prompts.js';
import { QUESTIONS, STAGES } from './questions/index.js';
import { runQuestions, type RunState } from './runner.js';
import { withStepBack } from './step-back.js';
import { GoBack, type Answers, type Asker, type QuestionDef, type ShowContext, type Stage } from './types.js';

/**
 * The review screen's "change" menu for one stage: every answer of the stage on one line, in the buyer's words;
 * a compound answer (indicators, actors, lists) one line per item. Picking a line changes that answer alone — or that
 * item alone — and returns to the review: nothing else is asked again, except questions the change makes relevant
 * (choosing bonus-malus asks its cap). Esc goes back one prompt inside a change, from a change's first prompt to this
 * menu, and from this menu to the summary.
 */

export interface EditStageOptions {
  readonly catalog: Catalog;
  readonly lang: Lang;
  readonly asker: Asker;
  readonly answers: Answers;
  readonly stage: Stage;
  readonly save?: (state: RunState) => void;
}

const applies = (q: QuestionDef, a: Readonly<Answers>): boolean => !q.when || q.when(a);

/** The lines of the menu: value "<id>" changes the answer, "<id>#<n>" its item n. */
export function stageLines(stage: Stage, answers: Readonly<Answers>, ctx: ShowContext): { value: string; name: string }[] {
  const lines: { value: string; name: string }[] = [];
  for (const q of QUESTIONS) {
    if (q.stage !== stage || !applies(q, answers) || !q.label) continue;
    const label = tr(q.label, ctx.lang);
    const value = answers[q.id];
    const items = q.items && q.editItem && value != null ? q.items(value, ctx) : [];
    items.forEach((item, i) => lines.push({ value: `${q.id}#${i}`, name: `${label} › ${item}` }));
    const shown = items.length ? t(ctx.lang, 'interview.edit.addOrReview') : q.show ? (value == null ? '—' : q.show(value, ctx)) : showValue(value, ctx.lang);
    lines.push({ value: q.id, name: `${label} : ${shown}` });
  }
  return lines;
}

export async function editStage(o: EditStageOptions): Promise<Answers> {
  const { catalog, lang, asker, stage } = o;
  const answers: Answers = { ...o.answers };
  const backBefore = asker.backEnabled;
  for (;;) {
    let choice: string;
    try {
      // Esc on this menu goes back to the summary, as its first line does.
      asker.backEnabled = true;
      choice = await asker.select<string>({
        key: `change.stage-${stage}`,
        message: t(lang, 'interview.edit.which', { stage: tr(STAGES[stage], lang) }),
        choices: [{ value: '', name: t(lang, 'interview.edit.back') }, ...stageLines(stage, answers, { lang, catalog, answers })],
        default: '',
      });
    } catch (err) {
      if (err instanceof GoBack) return o.answers;
      throw err;
    } finally {
      asker.backEnabled = backBefore;
    }
    if (!choice) return answers;
    const [id, item] = choice.split('#');
    const q = QUESTIONS.find((x) => x.id === id)!;
    try {
      if (item !== undefined && q.editItem) {
        // Esc inside the change goes back one prompt; at its first prompt, back to this stage's menu.
        asker.backEnabled = true;
        const edit = q.editItem;
        const changed = await withStepBack(asker, (a) => edit({ asker: a, lang, catalog, answers, previous: answers[q.id], progress: () => undefined }, answers[q.id], Number(item)));
        asker.backEnabled = backBefore;
        answers[q.id] = changed;
        o.save?.({ answers });
        // Questions the change makes relevant are asked; the others keep their answers.
        return (await runQuestions({ catalog, lang, asker, answers, save: o.save })).answers;
      }
      return (await runQuestions({ catalog, lang, asker, answers, revise: new Set([q.id]), save: o.save })).answers;
    } catch (err) {
      // Esc at the change's first prompt: back to this stage's menu, the answer as it was.
      if (err instanceof GoBack) continue;
      throw err;
    } finally {
      asker.backEnabled = backBefore;
    }
  }
}
