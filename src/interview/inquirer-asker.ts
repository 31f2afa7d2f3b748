import type { ChalkInstance } from 'chalk';
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { Lang } from '../model/common.js';
import { t, type MessageKey } from '../wording/catalog.js';
import { getTerminalLang } from '../wording/lang.js';
import { GoBack, type Asker, type ConfirmPrompt, type PromptBase, type SelectPrompt, type TextPrompt } from './types.js';

/** What a test driver learns when a prompt starts waiting for keys. */
export type PromptStarted = PromptBase & { readonly kind: 'text' | 'select' | 'checkbox' | 'confirm'; readonly choices?: SelectPrompt<unknown>['choices']; readonly default?: unknown };

export interface InquirerContext {
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  /** Aborting it (on SIGINT between prompts) cancels the prompt on screen. */
  readonly signal?: AbortSignal;
  /** Language of the key hints under menus and of yes/no; the terminal language when not given. */
  readonly lang?: Lang;
}

/** The English actions @inquirer/prompts names in its key hints, and their catalog keys. */
const KEY_ACTIONS: Readonly<Record<string, MessageKey>> = {
  navigate: 'interview.keys.navigate',
  select: 'interview.keys.select',
  submit: 'interview.keys.submit',
  all: 'interview.keys.all',
  invert: 'interview.keys.invert',
};

/**
 * The prompts' own words through their public options (theme.style.keysHelpTip, transformer,
 * theme.style.defaultAnswer): the key hints under menus ("↑↓ naviguer • ⏎ choisir") and yes/no in the catalog's
 * language. Typing y or n still answers a yes/no question (that is what the prompt reads), so the French hint says so.
 */
function promptWords(lang: Lang, color: ChalkInstance) {
  const word = (action: string): string => (KEY_ACTIONS[action] ? t(lang, KEY_ACTIONS[action]) : action);
  const key = (k: string): string => (k === 'space' ? t(lang, 'interview.keys.space') : k);
  const keysHelpTip = (keys: [string, string][]): string => keys.map(([k, a]) => `${color.bold(key(k))} ${color.dim(word(a))}`).join(color.dim(' • '));
  // While questions are asked, the legend also says how to go back (Esc).
  const withBack = (keys: [string, string][]): string => keysHelpTip([...keys, [t(lang, 'interview.keys.esc'), t(lang, 'interview.keys.back')]]);
  return {
    keysTheme: { style: { keysHelpTip } },
    keysThemeBack: { style: { keysHelpTip: withBack } },
    confirmTheme: { style: { defaultAnswer: (text: string) => color.dim(t(lang, text === 'y/N' ? 'interview.confirmDefaultNo' : 'interview.confirmDefaultYes')) } },
    yesNo: (v: boolean): string => t(lang, v ? 'interview.yes' : 'interview.no'),
  };
}

/**
 * The terminal asker, on @inquirer/prompts. Streams are injectable so tests can drive the real prompts through
 * a fake terminal; `onPrompt` tells a test driver which prompt (by key) is now waiting for keys.
 */
export class InquirerAsker implements Asker {
  private readonly out: NodeJS.WritableStream;
  private readonly words: ReturnType<typeof promptWords>;
  /** What inquirer takes as its context: the streams and the signal. */
  private readonly io: Omit<InquirerContext, 'lang'>;

  constructor(
    private readonly context: InquirerContext = {},
    private readonly color: ChalkInstance,
    private readonly onPrompt?: (p: PromptStarted) => void,
  ) {
    this.out = context.output ?? process.stdout;
    const { lang, ...io } = context;
    this.io = io;
    this.words = promptWords(lang ?? getTerminalLang(), color);
  }

  /** Set by the runner while questions are asked: Esc then goes back to the previous question. */
  backEnabled = false;

  /**
   * Run one prompt. While going back is allowed, Esc aborts the prompt through its public `signal` option and the
   * asker throws GoBack; Ctrl-C and the session's own signal behave as before.
   */
  private started<T>(info: PromptStarted, run: (io: Omit<InquirerContext, 'lang'>) => Promise<T>): Promise<T> {
    if (!this.backEnabled) {
      this.onPrompt?.(info);
      return run(this.io);
    }
    const back = new AbortController();
    const outer = this.io.signal;
    const onOuter = (): void => back.abort(outer?.reason);
    outer?.addEventListener('abort', onOuter);
    let escaped = false;
    const input = (this.io.input ?? process.stdin) as NodeJS.ReadableStream & { on: NodeJS.EventEmitter['on']; off: NodeJS.EventEmitter['off'] };
    const onKey = (_s: string, key?: { name?: string }): void => {
      if (key?.name === 'escape') {
        escaped = true;
        back.abort();
      }
    };
    input.on('keypress', onKey);
    const p = run({ ...this.io, signal: back.signal });
    this.onPrompt?.(info);
    return p
      .catch((err: unknown) => {
        if (escaped && err instanceof Error && err.name === 'AbortPromptError') throw new GoBack();
        throw err;
      })
      .finally(() => {
        input.off('keypress', onKey);
        outer?.removeEventListener('abort', onOuter);
      });
  }

  /** The line on screen in the current text prompt, as the prompt last rendered it (kept for Ctrl-C). */
  private line = '';

  text(p: TextPrompt): Promise<string> {
    if (p.help) this.say(this.color.dim(p.help));
    this.line = '';
    // The prompt hands every rendering of the line to `transformer` (its public option): that is how a line typed
    // when Ctrl-C comes is kept, without reading the prompt's internals.
    const transformer = (value: string, { isFinal }: { isFinal: boolean }): string => {
      if (!isFinal) this.line = value;
      return value;
    };
    return this.started({ ...p, kind: 'text' }, (io) => input({ message: p.message, default: p.default, validate: p.validate, transformer }, io));
  }

  interruptedLine(): string | undefined {
    return this.line.trim() || undefined;
  }

  select<T>(p: SelectPrompt<T>): Promise<T> {
    if (p.help) this.say(this.color.dim(p.help));
    const choices = p.choices.map((c) => ({ value: c.value, name: c.name, description: c.description }));
    const theme = { ...(this.backEnabled ? this.words.keysThemeBack : this.words.keysTheme), indexMode: 'number' as const };
    return this.started({ ...p, kind: 'select' }, (io) => select<T>({ message: p.message, choices, default: p.default, pageSize: 12, loop: false, theme }, io));
  }

  checkbox<T>(p: SelectPrompt<T>): Promise<T[]> {
    if (p.help) this.say(this.color.dim(p.help));
    const choices = p.choices.map((c) => ({ value: c.value, name: c.name, description: c.description, checked: c.checked ?? false }));
    const theme = this.backEnabled ? this.words.keysThemeBack : this.words.keysTheme;
    return this.started({ ...p, kind: 'checkbox' }, (io) => checkbox<T>({ message: p.message, choices, pageSize: 12, loop: false, theme }, io));
  }

  confirm(p: ConfirmPrompt): Promise<boolean> {
    if (p.help) this.say(this.color.dim(p.help));
    return this.started({ ...p, kind: 'confirm' }, (io) => confirm({ message: p.message, default: p.default, transformer: this.words.yesNo, theme: this.words.confirmTheme }, io));
  }

  say(text: string): void {
    this.out.write(text + '\n');
  }
}
