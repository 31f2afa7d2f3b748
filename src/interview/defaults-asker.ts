import { MissingAnswer, type Asker, type ConfirmPrompt, type SelectPrompt, type TextPrompt } from './types.js';

/**
 * The asker of `--answers` replay: it never prompts. Questions absent from the answers file take their
 * default when they have one; otherwise the answer is missing and the runner reports it with the others.
 */
export class DefaultsAsker implements Asker {
  readonly said: string[] = [];

  async text(p: TextPrompt): Promise<string> {
    const v = p.default ?? '';
    if (p.validate(v) === true) return v;
    throw new MissingAnswer(p.key);
  }

  async select<T>(p: SelectPrompt<T>): Promise<T> {
    if (p.default !== undefined) return p.default;
    throw new MissingAnswer(p.key);
  }

  async checkbox<T>(p: SelectPrompt<T>): Promise<T[]> {
    return p.choices.filter((c) => c.checked).map((c) => c.value);
  }

  async confirm(p: ConfirmPrompt): Promise<boolean> {
    return p.default;
  }

  say(text: string): void {
    this.said.push(text);
  }
}
