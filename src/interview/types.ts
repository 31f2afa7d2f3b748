import type { z } from 'zod';
import type { Catalog } from '../load/catalog.js';
import type { Lang, LText } from '../model/common.js';
import type { Spec } from '../model/spec.js';

/** Answers accumulate by question id ("buyer.name", "usage_performance"…); values are plain YAML-able data. */
export type Answers = Record<string, unknown>;

export interface Choice<T> {
  readonly value: T;
  readonly name: string;
  readonly description?: string;
  readonly checked?: boolean;
}

/** What every prompt carries: a stable key (for replay and tests), the question and an optional help text. */
export interface PromptBase {
  /** Stable key of this prompt, e.g. "tender.title" or "actors[1].role". */
  readonly key: string;
  readonly message: string;
  readonly help?: string;
}

export interface TextPrompt extends PromptBase {
  readonly default?: string;
  /** Returns true, or the message to show while the answer is invalid. */
  readonly validate: (s: string) => true | string;
}

export interface SelectPrompt<T> extends PromptBase {
  readonly choices: readonly Choice<T>[];
  readonly default?: T;
}

export interface ConfirmPrompt extends PromptBase {
  readonly default: boolean;
}

/**
 * The only way the interview talks to a person. One implementation drives @inquirer/prompts on a terminal,
 * another answers from defaults without prompting (replay), tests script their own: the flow never needs a TTY.
 */
export interface Asker {
  text(p: TextPrompt): Promise<string>;
  select<T>(p: SelectPrompt<T>): Promise<T>;
  checkbox<T>(p: SelectPrompt<T>): Promise<T[]>;
  confirm(p: ConfirmPrompt): Promise<boolean>;
  /** Show information (stage headings, help, tables). */
  say(text: string): void;
  /** After an interruption (Ctrl-C): what was typed in the text prompt on screen, if anything. */
  interruptedLine?(): string | undefined;
  /** While true, the buyer may go back to the previous question (the asker then throws GoBack). */
  backEnabled?: boolean;
}

/** Thrown by a non-interactive asker when a prompt has no default: the replayed answers lack that question. */
export class MissingAnswer extends Error {
  constructor(readonly key: string) {
    super(`no answer for "${key}"`);
    this.name = 'MissingAnswer';
  }
}

/** Everything a question may look at while it is asked. */
export interface AskContext {
  readonly asker: Asker;
  readonly lang: Lang;
  readonly catalog: Catalog;
  /** Answers so far (read-only for questions: the runner records). */
  readonly answers: Readonly<Answers>;
  /** The previous answer when a stage is revised, or the partial value of an interrupted compound question. */
  readonly previous?: unknown;
  /** True when `previous` is the part of this question done before an interruption: carry on from there. */
  readonly resumed?: boolean;
  /** What was being typed when this question was interrupted (a list offers it as the next item's default). */
  readonly typing?: string;
  /** Compound questions report each finished item, so a crash in the middle loses nothing. */
  readonly progress: (partial: unknown) => void;
}

export type Stage = 1 | 2 | 3 | 4;

export interface QuestionDef {
  /** Answer key; for simple questions also the dotted path of the spec field it fills. */
  readonly id: string;
  readonly stage: Stage;
  /** Sub-heading shown once before the first question of a section. */
  readonly section?: LText;
  readonly when?: (a: Readonly<Answers>) => boolean;
  /**
   * The id of the "more details?" question this one hides behind: when the buyer declines the details, it takes its
   * default without being asked (and can still be changed from the review screen).
   */
  readonly detail?: string;
  /** Schema of the answer value: checks answers replayed from a file or a draft with the loader's own rules. */
  readonly schema: (ctx: { catalog: Catalog; answers: Readonly<Answers> }) => z.ZodType;
  /** Ask interactively; returns the answer value (undefined = no answer for an optional question). */
  readonly ask: (ctx: AskContext) => Promise<unknown>;
  /** What the review screen calls this answer (the question in a few words; never its id). */
  readonly label?: LText;
  /** The answer as the review screen shows it (default: the value itself, lists counted). */
  readonly show?: (value: unknown, ctx: ShowContext) => string;
  /** The answer read back from an existing spec (default: the spec field at the question's id). */
  readonly fromSpec?: (spec: Spec, catalog: Catalog) => unknown;
  /** Items of a compound answer the review screen lets the buyer change one by one (an indicator, an actor, a line). */
  readonly items?: (value: unknown, ctx: ShowContext) => readonly string[];
  /** Change one item (its index) of the answer; returns the whole new answer. */
  readonly editItem?: (ctx: AskContext, value: unknown, index: number) => Promise<unknown>;
}

/** What the review screen knows when it shows an answer. */
export interface ShowContext {
  readonly lang: Lang;
  readonly catalog: Catalog;
  readonly answers: Readonly<Answers>;
}

/** Thrown by an asker when the buyer asks to go back to the previous question (Esc). */
export class GoBack extends Error {
  constructor() {
    super('back to the previous question');
    this.name = 'GoBack';
  }
}
