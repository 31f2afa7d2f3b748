/**
 * Drivers for interview tests: a scripted Asker (drives the runner without any terminal) and a key driver that
 * types into the real @inquirer/prompts through a fake terminal stream, answering each prompt by its key.
 */
import { PassThrough, Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { InquirerAsker, type PromptStarted } from '../../src/interview/inquirer-asker.js';
import type { Asker, ConfirmPrompt, SelectPrompt, TextPrompt } from '../../src/interview/types.js';

export const promptExit = (): Error => Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });

/**
 * Answers prompts from a script keyed by prompt key. Text answers may be a list of attempts: each is validated
 * as the terminal would, rejected ones are recorded. Unscripted prompts take their default (or fail).
 */
export class ScriptedAsker implements Asker {
  readonly asked: string[] = [];
  readonly rejected: { key: string; value: string; message: string }[] = [];
  readonly said: string[] = [];
  constructor(
    private readonly script: Readonly<Record<string, unknown>>,
    private readonly interruptAt?: string,
  ) {}

  private enter(key: string): void {
    if (key === this.interruptAt) throw promptExit();
    this.asked.push(key);
  }

  async text(p: TextPrompt): Promise<string> {
    this.enter(p.key);
    const s = this.script[p.key];
    const attempts = s === undefined ? [''] : Array.isArray(s) ? s.map(String) : [String(s)];
    for (const a of attempts) {
      const value = a === '' && p.default !== undefined ? p.default : a;
      const ok = p.validate(value);
      if (ok === true) return value;
      this.rejected.push({ key: p.key, value, message: ok });
    }
    throw new Error(`no valid answer scripted for ${p.key}`);
  }

  async select<T>(p: SelectPrompt<T>): Promise<T> {
    this.enter(p.key);
    const v = this.script[p.key] ?? p.default ?? p.choices[0]?.value;
    if (!p.choices.some((c) => c.value === v)) throw new Error(`${String(v)} is not a choice of ${p.key}`);
    return v as T;
  }

  async checkbox<T>(p: SelectPrompt<T>): Promise<T[]> {
    this.enter(p.key);
    const v = this.script[p.key];
    return v === undefined ? p.choices.filter((c) => c.checked).map((c) => c.value) : (v as T[]);
  }

  async confirm(p: ConfirmPrompt): Promise<boolean> {
    this.enter(p.key);
    const v = this.script[p.key];
    return v === undefined ? p.default : Boolean(v);
  }

  say(text: string): void {
    this.said.push(text);
  }
}

const DOWN = '\x1b[B';
const UP = '\x1b[A';

/** The keystrokes a person would type to give `want` to the prompt `p`. */
export function keysFor(p: PromptStarted, want: unknown): string {
  switch (p.kind) {
    case 'text':
      return want === undefined ? '\r' : `${String(want)}\r`;
    case 'confirm':
      return want === undefined ? '\r' : want ? 'y\r' : 'n\r';
    case 'select': {
      const choices = p.choices ?? [];
      const from = Math.max(0, choices.findIndex((c) => c.value === p.default));
      const to = want === undefined ? from : choices.findIndex((c) => c.value === want);
      if (to < 0) throw new Error(`${String(want)} is not a choice of ${p.key}`);
      return (to > from ? DOWN.repeat(to - from) : UP.repeat(from - to)) + '\r';
    }
    case 'checkbox': {
      if (want === undefined) return '\r';
      const set = new Set(want as unknown[]);
      return (p.choices ?? []).map((c) => (set.has(c.value) !== Boolean(c.checked) ? ' ' : '') + DOWN).join('') + '\r';
    }
  }
}

/** The streams of a fake terminal: an input flagged as a TTY, and an output that collects the screen. */
export function ttyStreams() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
  // Like process.stdout, the screen is never closed by a prompt that ends (inquirer pipes into it).
  let screen = '';
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      screen += chunk.toString();
      done();
    },
  });
  output.end = (() => output) as typeof output.end;
  return { input, output, screen: () => screen };
}

/** A fake terminal: input stream flagged as a TTY, output collected; `onPrompt` types each prompt's answer. */
export function fakeTerminal(script: Readonly<Record<string, unknown>>, interruptAt?: string) {
  const { input, output, screen } = ttyStreams();
  const asked: string[] = [];
  const onPrompt = (p: PromptStarted): void => {
    asked.push(p.key);
    const keys = p.key === interruptAt ? '\x03' : keysFor(p, script[p.key]);
    setImmediate(() => input.write(keys));
  };
  return { input, output, onPrompt, asked, screen };
}

/**
 * A terminal where each prompt (by key) gets the next of its planned key sequences, one keystroke at a time; a
 * prompt without a plan gets Enter. Every keystroke is counted.
 */
export function keyboard(plan: Record<string, string[][]>) {
  const { input, output, screen } = ttyStreams();
  const asked: string[] = [];
  let strokes = 0;
  const onPrompt = (p: PromptStarted): void => {
    asked.push(p.key);
    const keys = plan[p.key]?.shift() ?? ['\r'];
    strokes += keys.length;
    // One keystroke at a time, each after the prompt has drawn the previous one.
    const type = (i: number): void => {
      if (i < keys.length) setTimeout(() => (input.write(keys[i]!), type(i + 1)), 5);
    };
    type(0);
  };
  return { asker: new InquirerAsker({ input, output }, new Chalk({ level: 0 }), onPrompt), asked, strokes: () => strokes, screen };
}

