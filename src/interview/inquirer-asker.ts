import type { ChalkInstance } from 'chalk';
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { Asker, ConfirmPrompt, PromptBase, SelectPrompt, TextPrompt } from './types.js';

/** What a test driver learns when a prompt starts waiting for keys. */
export type PromptStarted = PromptBase & { readonly kind: 'text' | 'select' | 'checkbox' | 'confirm'; readonly choices?: SelectPrompt<unknown>['choices']; readonly default?: unknown };

export interface InquirerContext {
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  /** Aborting it (on SIGINT between prompts) cancels the prompt on screen. */
  readonly signal?: AbortSignal;
}

/**
 * The terminal asker, on @inquirer/prompts. Streams are injectable so tests can drive the real prompts through
 * a fake terminal; `onPrompt` tells a test driver which prompt (by key) is now waiting for keys.
 */
export class InquirerAsker implements Asker {
  private readonly out: NodeJS.WritableStream;

  constructor(
    private readonly context: InquirerContext = {},
    private readonly color: ChalkInstance,
    private readonly onPrompt?: (p: PromptStarted) => void,
  ) {
    this.out = context.output ?? process.stdout;
  }

  private started<T>(info: PromptStarted, p: Promise<T>): Promise<T> {
    this.onPrompt?.(info);
    return p;
  }

  text(p: TextPrompt): Promise<string> {
    if (p.help) this.say(this.color.dim(p.help));
    return this.started({ ...p, kind: 'text' }, input({ message: p.message, default: p.default, validate: p.validate }, this.context));
  }

  select<T>(p: SelectPrompt<T>): Promise<T> {
    if (p.help) this.say(this.color.dim(p.help));
    const choices = p.choices.map((c) => ({ value: c.value, name: c.name, description: c.description }));
    return this.started({ ...p, kind: 'select' }, select<T>({ message: p.message, choices, default: p.default, pageSize: 12, loop: false }, this.context));
  }

  checkbox<T>(p: SelectPrompt<T>): Promise<T[]> {
    if (p.help) this.say(this.color.dim(p.help));
    const choices = p.choices.map((c) => ({ value: c.value, name: c.name, description: c.description, checked: c.checked ?? false }));
    return this.started({ ...p, kind: 'checkbox' }, checkbox<T>({ message: p.message, choices, pageSize: 12, loop: false }, this.context));
  }

  confirm(p: ConfirmPrompt): Promise<boolean> {
    if (p.help) this.say(this.color.dim(p.help));
    return this.started({ ...p, kind: 'confirm' }, confirm({ message: p.message, default: p.default }, this.context));
  }

  say(text: string): void {
    this.out.write(text + '\n');
  }
}
