import type { Catalog } from '../load/catalog.js';
import type { YamlPath, YamlSource } from '../load/yaml.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { didYouMean } from '../util/suggest.js';
import { tr } from './prompts.js';
import { QUESTIONS, QUESTION_IDS, STAGES } from './questions/index.js';
import { GoBack, MissingAnswer, type Answers, type AskContext, type Asker, type QuestionDef, type Stage } from './types.js';
import { DefaultsAsker } from './defaults-asker.js';
import { withStepBack } from './step-back.js';
import type { DraftPartial } from './draft.js';
import { issueText } from './validate.js';
import { t } from '../wording/catalog.js';

/**
 * Runs the ordered questions. Answers given beforehand (a draft being resumed, or an answers file replayed) are
 * checked with the question's schema and skipped; the others are asked. After every answer — and every finished
 * item of a list — `save` receives the state, so an interruption never loses what was typed.
 * An optional question answered with nothing is recorded as null: answered, so a resumed interview skips it.
 */

export interface RunState {
  readonly answers: Answers;
  readonly partial?: DraftPartial;
}

export interface RunOptions {
  readonly catalog: Catalog;
  readonly lang: Lang;
  readonly asker: Asker;
  readonly answers?: Answers;
  readonly partial?: RunState['partial'];
  readonly save?: (state: RunState) => void;
  /** Questions to ask again, their current answer as default (revising a stage from the review screen). */
  readonly revise?: ReadonlySet<string>;
  /** Replay: report bad or missing answers (with their place in the file) instead of asking again. */
  readonly replay?: { readonly source: YamlSource; readonly base: YamlPath };
}

export interface RunResult {
  readonly answers: Answers;
  readonly problems: readonly Diagnostic[];
}

export async function runQuestions(o: RunOptions): Promise<RunResult> {
  const { catalog, lang, asker } = o;
  const answers: Answers = { ...(o.answers ?? {}) };
  const problems: Diagnostic[] = [];
  const where = (id: string): Partial<Diagnostic> => (o.replay ? o.replay.source.positionOf([...o.replay.base, id]) : {});

  if (o.replay) {
    for (const key of Object.keys(answers).filter((k) => !QUESTION_IDS.has(k))) {
      const guess = didYouMean(key, QUESTION_IDS);
      problems.push({ code: 'answer-unknown-question', severity: 'error', message: `"${key}" is not a question of the interview` + (guess ? `; did you mean "${guess}"?` : ''), path: [key], ...where(key) });
      delete answers[key];
    }
  }

  let stage: Stage | 0 = 0;
  /** Questions asked in this run, in order: Esc goes back along it. */
  const history: number[] = [];
  /** Questions to ask again with their answer as default (gone back to, or opened by a "more details?" yes). */
  const again = new Set<string>();
  const backBefore = asker.backEnabled;
  if (!o.replay) asker.backEnabled = true;
  try {
  for (let index = 0; index < QUESTIONS.length; index++) {
    const q = QUESTIONS[index]!;
    if (q.when && !q.when(answers)) continue;
    const revising = (o.revise?.has(q.id) ?? false) || again.has(q.id);
    if (q.id in answers && !revising) {
      if (answers[q.id] === null) continue;
      const r = q.schema({ catalog, answers }).safeParse(answers[q.id], { reportInput: true });
      if (r.success) continue;
      const why = issueText(r.error.issues[0] as never, o.replay ? 'en' : lang);
      const path = r.error.issues[0]!.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (o.replay) {
        problems.push({ code: 'answer-invalid', severity: 'error', message: `answer to "${q.id}" is not valid: ${why}`, path: [q.id, ...path], ...o.replay.source.positionOf([...o.replay.base, q.id, ...path]) });
        continue;
      }
      asker.say(t(lang, 'interview.reAsk', { id: tr(q.label ?? STAGES[q.stage], lang), why }));
      delete answers[q.id];
    }
    if (q.detail && answers[q.detail] !== true && !revising) {
      // Behind a declined "more details?": the question takes its default, silently.
      answers[q.id] = await defaultAnswer(q, { asker: new DefaultsAsker(), lang, catalog, answers, progress: () => undefined });
      continue;
    }
    if (q.stage !== stage) {
      stage = q.stage;
      asker.say(`\n${tr(STAGES[q.stage], lang)}\n${'─'.repeat(tr(STAGES[q.stage], lang).length)}`);
    }
    if (q.section) asker.say(`\n» ${tr(q.section, lang)}`);
    const resumed = !revising && o.partial?.id === q.id ? o.partial : undefined;
    // An interrupted simple question offers back what was being typed; a list gets its finished items.
    const previous = revising ? answers[q.id] : resumed ? (resumed.value ?? resumed.typing) : undefined;
    let sofar: unknown = resumed?.value;
    try {
      // Esc inside the question goes back one prompt in it; at its first prompt, to the previous question.
      const value = await withStepBack(asker, (stepAsker) => q.ask({
        asker: stepAsker,
        lang,
        catalog,
        answers,
        previous,
        typing: resumed?.typing,
        resumed: resumed !== undefined,
        progress: (partial) => {
          sofar = partial;
          o.save?.({ answers: { ...answers }, partial: { id: q.id, value: partial } });
        },
      }));
      answers[q.id] = value === undefined ? null : value;
      history.push(index);
      again.delete(q.id);
      // "More details?" answered yes again: the questions behind it are asked, their current answers as defaults.
      if (value === true) for (const d of QUESTIONS) if (d.detail === q.id && d.id in answers) again.add(d.id);
      o.save?.({ answers: { ...answers } });
    } catch (err) {
      if (err instanceof GoBack) {
        const previousIndex = history.pop();
        if (previousIndex === undefined) {
          // Nothing asked before in this run: a single change from the review goes back there; else stay here.
          if (o.revise) throw err;
          asker.say(t(lang, 'interview.back.first'));
          index--;
          continue;
        }
        again.add(QUESTIONS[previousIndex]!.id);
        index = previousIndex - 1;
        stage = 0;
        continue;
      }
      // Ctrl-C: keep the line being typed too, so --resume offers it again.
      const typing = isInterrupt(err) ? asker.interruptedLine?.() : undefined;
      if (typing) o.save?.({ answers: { ...answers }, partial: { id: q.id, value: sofar, typing } });
      if (!(err instanceof MissingAnswer)) throw err;
      const sub = err.key === q.id ? '' : ` (prompt "${err.key}")`;
      problems.push({ code: 'answer-missing', severity: 'error', message: `no answer to "${q.id}"${sub}, and it has no default`, path: [q.id], ...where(q.id) });
    }
  }
  } finally {
    asker.backEnabled = backBefore;
  }
  return { answers, problems };
}

/** The answer a question gives itself from its defaults (null when it has none). */
async function defaultAnswer(q: QuestionDef, ctx: AskContext): Promise<unknown> {
  try {
    const v = await q.ask(ctx);
    return v === undefined ? null : v;
  } catch (err) {
    if (err instanceof MissingAnswer) return null;
    throw err;
  }
}

const isInterrupt = (err: unknown): boolean => err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');

/** Ids of the questions of a stage, for revising it. */
export function stageQuestionIds(stage: Stage): Set<string> {
  return new Set(QUESTIONS.filter((q) => q.stage === stage).map((q) => q.id));
}
