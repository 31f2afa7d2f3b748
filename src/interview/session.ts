import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { Catalog } from '../load/catalog.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import { assertWritable, writeFileAtomic } from '../util/fs.js';
import { buildSpec, specYaml } from './build.js';
import { draftPathFor, readAnswersFile, saveDraft, type AnswersFile } from './draft.js';
import { fill, M, say } from './messages.js';
import { runQuestions, stageQuestionIds, type RunState } from './runner.js';
import { reviewSpec } from './review.js';
import type { Answers, Asker, Stage } from './types.js';

/**
 * One interview from start to written spec: resume or replay, questions, review screen (with revisions), then
 * the spec file. Interactive sessions keep a draft beside the output; replay sessions never prompt.
 */

export interface SessionOptions {
  readonly catalog: Catalog;
  readonly asker: Asker;
  /** Language asked for on the command line; otherwise the draft's or answers file's, otherwise French. */
  readonly lang?: Lang;
  /** false for --answers replay: no prompt, no draft, problems reported together. */
  readonly interactive: boolean;
  readonly output?: string;
  readonly resume?: string;
  readonly answersFile?: string;
  readonly force?: boolean;
}

export interface SessionResult {
  /** The spec file written, or undefined when the buyer left without writing. */
  readonly written?: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly review: string;
}

export class Session {
  readonly lang: Lang;
  readonly output: string;
  /** Where answers are saved as they come (interactive sessions only). */
  readonly draftPath?: string;
  private readonly loaded?: AnswersFile;

  constructor(private readonly o: SessionOptions) {
    const from = o.resume ?? o.answersFile;
    this.loaded = from ? readAnswersFile(from, o.lang ?? 'fr') : undefined;
    this.lang = o.lang ?? this.loaded?.fileLang ?? 'fr';
    this.output = o.output ?? this.loaded?.draft.output ?? 'spec.yaml';
    if (o.interactive) this.draftPath = o.resume ?? draftPathFor(this.output);
  }

  private save(state: RunState): void {
    if (this.draftPath) saveDraft(this.draftPath, { lang: this.lang, output: this.output, answers: state.answers, partial: state.partial });
  }

  async run(): Promise<SessionResult> {
    const { catalog, asker, interactive } = this.o;
    const lang = this.lang;
    if (!interactive) assertWritable([this.output], this.o.force ?? false, lang);
    let answers: Answers = { ...(this.loaded?.draft.answers ?? {}) };
    let partial = this.loaded?.draft.partial;
    if (interactive) {
      say(asker, M.intro, lang, { draft: this.draftPath! });
      if (!this.o.resume && this.draftPath && existsSync(this.draftPath) && (await asker.confirm({ key: 'resume-draft', message: fill(M.resumeFound[lang], { draft: this.draftPath }), default: true }))) {
        const d = readAnswersFile(this.draftPath, lang).draft;
        answers = { ...d.answers };
        partial = d.partial;
      }
    }
    const replay = !interactive && this.loaded ? { source: this.loaded.source, base: this.loaded.base } : undefined;
    const first = await runQuestions({ catalog, lang, asker, answers, partial, replay, save: (s) => this.save(s) });
    if (first.problems.length) throw new InputError(first.problems);
    answers = first.answers;

    for (;;) {
      const built = buildSpec(answers, lang, catalog);
      if (!built.ok) {
        const diags = built.issues.map((i) => ({ code: 'answer-invalid', severity: 'error' as const, message: `${i.path.join('.')}: ${i.message}` }));
        if (!interactive) throw new InputError(diags);
        say(asker, M.cannotBuild, lang, { problems: diags.map((d) => `  • ${d.message}`).join('\n') });
      }
      const yaml = built.ok ? specYaml(built.spec, lang, basename(this.output)) : '';
      const review = built.ok ? await reviewSpec(built.spec, yaml, this.output, catalog, lang) : { diagnostics: [], text: '' };
      if (!interactive) {
        writeFileAtomic(this.output, yaml, this.o.force ?? false, lang);
        return { written: this.output, diagnostics: review.diagnostics, review: review.text };
      }
      asker.say('\n' + review.text);
      if (review.diagnostics.length) say(asker, M.findings, lang, { list: review.diagnostics.map((d) => formatFinding(d, lang)).join('\n') });
      else if (built.ok) say(asker, M.noFindings, lang);
      const choice = await asker.select<string>({
        key: 'review',
        message: M.reviewChoice[lang],
        choices: [
          ...(built.ok ? [{ value: 'write', name: fill(M.write[lang], { file: this.output }) }] : []),
          ...([1, 2, 3, 4] as const).map((s) => ({ value: `stage-${s}`, name: fill(M.revise[lang], { n: String(s) }) })),
          { value: 'quit', name: M.quit[lang] },
        ],
        default: built.ok ? 'write' : 'stage-4',
      });
      if (choice === 'quit') {
        say(asker, M.leftDraft, lang, { draft: this.draftPath! });
        return { diagnostics: review.diagnostics, review: review.text };
      }
      if (choice === 'write') {
        const target = await this.confirmTarget();
        if (target) {
          writeFileAtomic(target, yaml, true, lang);
          if (this.draftPath && existsSync(this.draftPath)) rmSync(this.draftPath);
          say(asker, M.written, lang, { file: target });
          return { written: target, diagnostics: review.diagnostics, review: review.text };
        }
        continue;
      }
      const stage = Number(choice.slice('stage-'.length)) as Stage;
      answers = (await runQuestions({ catalog, lang, asker, answers, revise: stageQuestionIds(stage), save: (s) => this.save(s) })).answers;
    }
  }

  /** The output file, after confirmation when it exists (or another name chosen instead); undefined to go back. */
  private async confirmTarget(): Promise<string | undefined> {
    const { asker } = this.o;
    let target = this.output;
    while (existsSync(target) && !this.o.force) {
      const overwrite = await asker.confirm({ key: 'overwrite', message: fill(M.overwrite[this.lang], { file: target }), default: false });
      if (overwrite) return target;
      const other = (await asker.text({ key: 'other-output', message: M.otherName[this.lang], validate: () => true })).trim();
      if (!other) return undefined;
      target = other;
    }
    return target;
  }
}

function formatFinding(d: Diagnostic, lang: Lang): string {
  const mark = d.severity === 'error' ? '✖' : d.severity === 'warning' ? '⚠' : 'ℹ';
  const where = d.line ? ` (${lang === 'fr' ? 'ligne' : 'line'} ${d.line})` : '';
  return `  ${mark} ${d.message}${where} [${d.code}]` + (d.hint ? `\n      ${d.hint}` : '');
}
