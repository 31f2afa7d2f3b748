import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Catalog } from '../load/catalog.js';
import { loadSpecText } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Spec } from '../model/spec.js';
import { assertWritable, writeFileAtomic } from '../util/fs.js';
import { t } from '../wording/catalog.js';
import { buildSpec, specYaml } from './build.js';
import { draftPathFor, looksLikeSpec, readAnswersFile, saveDraft, type AnswersFile } from './draft.js';
import { editStage } from './edit-stage.js';
import { fill, M, say } from './messages.js';
import { writePreview } from './preview.js';
import { tr } from './prompts.js';
import { QUESTIONS, STAGES } from './questions/index.js';
import { runQuestions, type RunState } from './runner.js';
import { formatFinding, reviewSpec } from './review.js';
import { specToAnswers, mergeAnswers } from './spec-answers.js';
import { GoBack, type Answers, type Asker, type Stage } from './types.js';

/**
 * One interview from start to written spec: a new one, a resumed draft, a replayed answers file, or an existing spec
 * reopened for editing; then the review screen (change one answer, preview the documents) and the spec file.
 * A buyer's file is never overwritten without being asked: an existing spec is offered for editing instead, and an
 * edit writes the same file back only after the review, keeping the previous version beside it.
 */

export interface SessionOptions {
  readonly catalog: Catalog;
  readonly asker: Asker;
  /** Language asked for on the command line; otherwise the draft's, the spec's or the answers file's, otherwise French. */
  readonly lang?: Lang;
  /** false for --answers replay: no prompt, no draft, problems reported together. */
  readonly interactive: boolean;
  readonly output?: string;
  readonly resume?: string;
  readonly answersFile?: string;
  /** An existing spec to reopen (--edit): every answer pre-filled, written back after the review. */
  readonly edit?: string;
  readonly force?: boolean;
}

export interface SessionResult {
  /** The spec file written, or undefined when the buyer left without writing. */
  readonly written?: string;
  /** The previous version of an edited spec, kept beside it. */
  readonly backup?: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly review: string;
}

/** The spec text the answers make, and the spec it loads as (absent with the problems that prevent it). */
interface Composed {
  readonly text: string;
  readonly spec?: Spec;
  readonly problems: readonly string[];
}

/** Where an edited spec's previous version is kept: beside it, same stem. */
export const backupPathFor = (file: string): string => file.replace(/\.ya?ml$/i, '') + '.backup.yaml';

export class Session {
  lang: Lang;
  output: string;
  /** Where answers are saved as they come (interactive sessions only). */
  draftPath?: string;
  private loaded?: AnswersFile;
  /** The spec being edited: its file and text (the answers are written back into that text). */
  private original?: { readonly file: string; readonly text: string };
  /** --resume named a finished spec rather than a draft: offered for editing, never overwritten. */
  private reopen?: string;

  constructor(private readonly o: SessionOptions) {
    this.lang = o.lang ?? 'fr';
    if (o.edit) {
      this.openForEdit(o.edit);
    } else if (o.resume && looksLikeSpec(o.resume)) {
      this.reopen = o.resume;
    } else {
      const from = o.resume ?? o.answersFile;
      this.loaded = from ? readAnswersFile(from, o.lang ?? 'fr') : undefined;
      this.lang = o.lang ?? this.loaded?.fileLang ?? 'fr';
      if (this.loaded?.draft.edit) this.openForEdit(this.loaded.draft.edit);
    }
    this.output = this.original?.file ?? o.output ?? this.loaded?.draft.output ?? this.reopen ?? 'spec.yaml';
    if (o.interactive) this.draftPath = o.resume && !this.reopen ? o.resume : draftPathFor(this.output);
  }

  /** Read the spec to edit (a spec that does not load is refused with its problems, file:line:col). */
  private openForEdit(file: string): Spec {
    const text = readFileSync(file, 'utf8');
    const { spec } = loadSpecText(text, file);
    this.original = { file, text };
    this.lang = this.o.lang ?? spec.language;
    this.output = file;
    return spec;
  }

  private save(state: RunState): void {
    if (this.draftPath) saveDraft(this.draftPath, { lang: this.lang, output: this.output, edit: this.original?.file, answers: state.answers, partial: state.partial });
  }

  /** The spec text of these answers: written into the buyer's own file when editing, else laid out anew. */
  private compose(answers: Answers): Composed {
    const { catalog } = this.o;
    if (this.original) {
      const text = mergeAnswers(this.original.text, answers, this.lang, catalog);
      try {
        return { text, spec: loadSpecText(text, this.original.file).spec, problems: [] };
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        return { text, problems: err.diagnostics.map((d) => d.message) };
      }
    }
    const built = buildSpec(answers, this.lang, catalog);
    if (!built.ok) return { text: '', problems: built.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
    const text = specYaml(built.spec, this.lang, basename(this.output));
    try {
      // What the schema cannot say alone (lots, for one) is checked by the loader: reported here, never a crash.
      loadSpecText(text, basename(this.output));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return { text, problems: err.diagnostics.map((d) => d.message) };
    }
    return { text, spec: built.spec, problems: [] };
  }

  async run(): Promise<SessionResult> {
    const { catalog, asker, interactive } = this.o;
    if (!interactive) assertWritable([this.output], this.o.force ?? false, this.lang);
    let answers: Answers = { ...(this.loaded?.draft.answers ?? {}) };
    let partial = this.loaded?.draft.partial;
    if (interactive) {
      const start = await this.start();
      if (start === 'leave') return { diagnostics: [], review: '' };
      if (start) answers = start;
      if (!this.o.resume && this.draftPath && existsSync(this.draftPath) && (await asker.confirm({ key: 'resume-draft', message: fill(M.resumeFound[this.lang], { draft: this.draftPath }), default: true }))) {
        const d = readAnswersFile(this.draftPath, this.lang).draft;
        answers = { ...d.answers };
        partial = d.partial;
      }
      if (this.o.resume && this.loaded) this.sayWhereItPicksUp(answers, partial);
    }
    const lang = this.lang;
    const replay = !interactive && this.loaded ? { source: this.loaded.source, base: this.loaded.base } : undefined;
    const first = await runQuestions({ catalog, lang, asker, answers, partial, replay, save: (s) => this.save(s) });
    if (first.problems.length) throw new InputError(first.problems);
    answers = first.answers;

    for (;;) {
      const composed = this.compose(answers);
      if (composed.problems.length) {
        const diags = composed.problems.map((message) => ({ code: 'answer-invalid', severity: 'error' as const, message }));
        if (!interactive) throw new InputError(diags);
        say(asker, M.cannotBuild, lang, { problems: composed.problems.map((p) => `  • ${p}`).join('\n') });
      }
      const review = composed.spec ? await reviewSpec(composed.spec, composed.text, this.output, catalog, lang) : { diagnostics: [], text: '' };
      if (!interactive) {
        writeFileAtomic(this.output, composed.text, this.o.force ?? false, lang);
        return { written: this.output, diagnostics: review.diagnostics, review: review.text };
      }
      asker.say('\n' + review.text);
      if (review.diagnostics.length) say(asker, M.findings, lang, { list: review.diagnostics.map(formatFinding).join('\n') });
      else if (composed.spec) say(asker, M.noFindings, lang);
      const ok = composed.spec !== undefined;
      const choice = await asker.select<string>({
        key: 'review',
        message: M.reviewChoice[lang],
        choices: [
          ...(ok ? [{ value: 'write', name: fill(M.write[lang], { file: this.output }) }] : []),
          ...([1, 2, 3, 4] as const).map((s) => ({ value: `stage-${s}`, name: t(lang, 'interview.review.change', { stage: tr(STAGES[s], lang) }) })),
          ...(ok ? [{ value: 'preview', name: t(lang, 'interview.review.preview') }] : []),
          { value: 'quit', name: M.quit[lang] },
        ],
        default: ok ? 'write' : 'stage-4',
      });
      if (choice === 'quit') {
        if (this.draftPath && existsSync(this.draftPath)) say(asker, M.leftDraft, lang, { draft: this.draftPath });
        else asker.say(t(lang, 'interview.edit.nothingWritten', { file: this.output }));
        return { diagnostics: review.diagnostics, review: review.text };
      }
      if (choice === 'preview') {
        // Esc on the format menu: back to the summary, nothing written.
        const backBefore = asker.backEnabled;
        asker.backEnabled = true;
        try {
          await writePreview({ asker, lang, catalog, text: composed.text, name: basename(this.output), dir: () => mkdtempSync(join(tmpdir(), 'efc-apercu-')) });
        } catch (err) {
          if (!(err instanceof GoBack)) throw err;
        } finally {
          asker.backEnabled = backBefore;
        }
        continue;
      }
      if (choice === 'write') {
        const done = await this.write(composed.text);
        if (!done) continue;
        if (this.draftPath && existsSync(this.draftPath)) rmSync(this.draftPath);
        if (done.unchanged) asker.say(t(lang, 'interview.edit.unchanged', { file: done.written }));
        else say(asker, M.written, lang, { file: done.written });
        if (done.backup) asker.say(t(lang, 'interview.edit.backup', { file: done.backup }));
        return { written: done.written, backup: done.backup, diagnostics: review.diagnostics, review: review.text };
      }
      const stage = Number(choice.slice('stage-'.length)) as Stage;
      answers = await editStage({ catalog, lang, asker, answers, stage, save: (s) => this.save(s) });
      this.save({ answers });
    }
  }

  /**
   * Before the first question: a finished spec named by --resume, or an existing file at -o, is offered for editing
   * (never overwritten). Returns the spec's answers when one is opened, 'leave' when the buyer declines everything.
   */
  private async start(): Promise<Answers | 'leave' | undefined> {
    const { asker, catalog } = this.o;
    if (this.reopen) {
      const open = await asker.confirm({ key: 'open-for-edit', message: t(this.lang, 'interview.edit.resumeIsSpec', { file: this.reopen }), default: true });
      if (!open) {
        asker.say(t(this.lang, 'interview.edit.nothingWritten', { file: this.reopen }));
        return 'leave';
      }
      return this.beginEdit(this.reopen);
    }
    if (this.original) {
      asker.say(t(this.lang, 'interview.edit.intro', { file: this.original.file, draft: this.draftPath! }));
      // Resuming an interrupted edit: the draft's answers are the buyer's latest, not the file's.
      if (this.loaded) return undefined;
      return specToAnswers(loadSpecText(this.original.text, this.original.file).spec, catalog);
    }
    say(asker, M.intro, this.lang, { draft: this.draftPath! });
    if (this.o.resume || this.o.force) return undefined;
    while (existsSync(this.output)) {
      if (looksLikeSpec(this.output)) {
        const open = await asker.confirm({ key: 'open-for-edit', message: t(this.lang, 'interview.edit.outputIsSpec', { file: this.output }), default: true });
        if (open) return this.beginEdit(this.output);
      } else {
        asker.say(t(this.lang, 'interview.edit.outputExists', { file: this.output }));
      }
      const other = (await asker.text({ key: 'other-output', message: t(this.lang, 'interview.edit.otherName'), validate: () => true })).trim();
      if (!other) {
        asker.say(t(this.lang, 'interview.edit.nothingWritten', { file: this.output }));
        return 'leave';
      }
      this.output = other;
      this.draftPath = draftPathFor(other);
    }
    return undefined;
  }

  private beginEdit(file: string): Answers {
    const spec = this.openForEdit(file);
    this.draftPath = draftPathFor(file);
    this.o.asker.say(t(this.lang, 'interview.edit.intro', { file, draft: this.draftPath }));
    return specToAnswers(spec, this.o.catalog);
  }

  /** On --resume: how many answers are kept and which question comes next (by its words, never its id). */
  private sayWhereItPicksUp(answers: Answers, partial: RunState['partial']): void {
    const lang = this.lang;
    const count = Object.values(answers).filter((v) => v !== null).length;
    const next = QUESTIONS.find((q) => !(q.id in answers) && (!q.when || q.when(answers)));
    const where = next ? `${tr(STAGES[next.stage], lang)} — « ${tr(next.label ?? STAGES[next.stage], lang)} »` : t(lang, 'interview.resume.review');
    const items = Array.isArray(partial?.value) ? partial.value.length : 0;
    this.o.asker.say(t(lang, 'interview.resume.where', { count, where }) + (items ? '\n' + t(lang, 'interview.resume.partial', { n: items }) : '') + (partial?.typing ? '\n' + t(lang, 'interview.resume.typing', { text: partial.typing }) : ''));
  }

  /** Write the spec: an edit goes back to its own file (previous version kept beside it); a new spec never replaces a file unasked. */
  private async write(text: string): Promise<{ written: string; backup?: string; unchanged?: boolean } | undefined> {
    if (this.original) {
      const file = this.original.file;
      if (text === readFileSync(file, 'utf8')) return { written: file, unchanged: true };
      const backup = backupPathFor(file);
      copyFileSync(file, backup);
      writeFileAtomic(file, text, true, this.lang);
      this.original = { file, text };
      return { written: file, backup };
    }
    const target = await this.confirmTarget();
    if (!target) return undefined;
    writeFileAtomic(target, text, true, this.lang);
    return { written: target };
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

