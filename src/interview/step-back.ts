import { GoBack, type Asker, type ConfirmPrompt, type SelectPrompt, type TextPrompt } from './types.js';

/**
 * Esc inside a compound question (an indicator's target then its baseline, a list's lines, a lot's title then its
 * object…) goes back one prompt, not the whole question. A question is a deterministic function of its prompts'
 * answers, so going back is a replay: the question runs again, the prompts before the one to revise are answered
 * silently from what the buyer gave, and that one is asked again with its earlier answer as the default. Esc at the
 * question's first prompt goes back to the previous question, as before.
 */

interface Step {
  readonly key: string;
  readonly value: unknown;
}

/** Replays `replay` (all but the last silently, the last asked again with its answer as default), records every answer. */
class StepAsker implements Asker {
  readonly steps: Step[] = [];

  constructor(
    private readonly inner: Asker,
    private readonly replay: readonly Step[],
  ) {}

  get backEnabled(): boolean | undefined {
    return this.inner.backEnabled;
  }

  set backEnabled(v: boolean | undefined) {
    this.inner.backEnabled = v;
  }

  /** While true, the prompts replayed are not shown again, nor what the question says between them. */
  private get replaying(): boolean {
    return this.steps.length < this.replay.length - 1;
  }

  /** The earlier answer of the prompt about to be asked, when it is the same prompt (by key) as then. */
  private earlier(key: string): Step | undefined {
    const s = this.replay[this.steps.length];
    return s && s.key === key ? s : undefined;
  }

  private async step<T>(key: string, silent: () => T | undefined, ask: (earlier: Step | undefined) => Promise<T>): Promise<T> {
    const earlier = this.earlier(key);
    let value: T | undefined;
    if (this.replaying && earlier) value = silent();
    if (value === undefined) value = await ask(earlier);
    this.steps.push({ key, value });
    return value;
  }

  text(p: TextPrompt): Promise<string> {
    return this.step(
      p.key,
      () => {
        const v = this.earlier(p.key)!.value;
        return typeof v === 'string' && p.validate(v) === true ? v : undefined;
      },
      (e) => this.inner.text(e && typeof e.value === 'string' && e.value ? { ...p, default: e.value } : p),
    );
  }

  select<T>(p: SelectPrompt<T>): Promise<T> {
    const known = (v: unknown): v is T => p.choices.some((c) => c.value === v);
    return this.step(
      p.key,
      () => {
        const v = this.earlier(p.key)!.value;
        return known(v) ? v : undefined;
      },
      (e) => this.inner.select(e && known(e.value) ? { ...p, default: e.value } : p),
    );
  }

  checkbox<T>(p: SelectPrompt<T>): Promise<T[]> {
    return this.step(
      p.key,
      () => {
        const v = this.earlier(p.key)!.value;
        return Array.isArray(v) ? (v as T[]) : undefined;
      },
      (e) => this.inner.checkbox(e && Array.isArray(e.value) ? { ...p, choices: p.choices.map((c) => ({ ...c, checked: (e.value as unknown[]).includes(c.value) })) } : p),
    );
  }

  confirm(p: ConfirmPrompt): Promise<boolean> {
    return this.step(
      p.key,
      () => {
        const v = this.earlier(p.key)!.value;
        return typeof v === 'boolean' ? v : undefined;
      },
      (e) => this.inner.confirm(e && typeof e.value === 'boolean' ? { ...p, default: e.value } : p),
    );
  }

  say(text: string): void {
    if (!this.replaying) this.inner.say(text);
  }

  interruptedLine(): string | undefined {
    return this.inner.interruptedLine?.();
  }
}

/**
 * Run one question (`run` asks through the asker it is given) so that Esc goes back one prompt inside it. GoBack
 * escapes only from the question's first prompt. Without Esc enabled (replay, defaults), the question runs once, as is.
 */
export async function withStepBack<T>(asker: Asker, run: (asker: Asker) => Promise<T>): Promise<T> {
  if (!asker.backEnabled) return run(asker);
  let replay: Step[] = [];
  for (;;) {
    const stepper = new StepAsker(asker, replay);
    try {
      return await run(stepper);
    } catch (err) {
      if (!(err instanceof GoBack) || stepper.steps.length === 0) throw err;
      // Back one prompt: replay those answered before it, and ask the last one answered again.
      replay = stepper.steps;
    }
  }
}
