/**
 * A buyer's words are data, never markup. Templates are rendered by Handlebars and then parsed by a small markup
 * (`#` headings, `- ` lists, `**bold**`, `::table` …), so a value interpolated as such could turn into structure:
 * a territory description starting with `# ` would become a chapter. Handlebars cannot tell our markup apart from
 * text (its only escaping is HTML's, and a custom `escapeExpression` is not public API), so values are made opaque
 * before rendering instead:
 *
 *   1. every string in the view is replaced by a token `U+E000 index U+E001` (Private Use Area characters, which no
 *      markup rule matches and which are never whitespace, so a token is one inert word for the parser);
 *   2. the template is rendered and its markup parsed as usual: only the template's own characters can form markup;
 *   3. every text the parser produced is decoded, each token replaced by the value it stands for, character for
 *      character. A value inside a template's `**…**` is bold, but its own `**` stay two asterisks.
 *
 * The empty string stays empty, so `{{#if x}}` behaves as before. Helpers see decoded values (see `literalHelper`).
 * Line breaks inside a value are folded into one space when decoding, as YAML's `>` and Markdown do: a buyer's
 * wrapped lines never become structure, and one value is one piece of running text.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const TOKEN = /\uE000(\d+)\uE001/g;

export class Literals {
  private readonly values: string[] = [];

  /** The opaque token for one value. */
  encode(value: string): string {
    if (value === '') return '';
    this.values.push(value);
    return `${OPEN}${this.values.length - 1}${CLOSE}`;
  }

  /** Text with every token replaced by its value (line breaks in values folded into a space). */
  readonly decode = (text: string): string =>
    text.includes(OPEN) ? text.replace(TOKEN, (token, k: string) => fold(this.values[Number(k)] ?? token)) : text;

  /** A copy of the view where every string (at any depth, in objects and arrays) is a token; other values are kept. */
  encodeView<T>(view: T): T {
    const seen = new Map<object, unknown>();
    const walk = (x: unknown): unknown => {
      if (typeof x === 'string') return this.encode(x);
      if (x === null || typeof x !== 'object') return x;
      const done = seen.get(x);
      if (done !== undefined) return done;
      if (Array.isArray(x)) {
        const out: unknown[] = [];
        seen.set(x, out);
        for (const item of x) out.push(walk(item));
        return out;
      }
      // Only plain records are walked: Maps, Dates and class instances are not what templates read.
      const proto = Object.getPrototypeOf(x) as unknown;
      if (proto !== Object.prototype && proto !== null) return x;
      const out: Record<string, unknown> = {};
      seen.set(x, out);
      for (const [k, v] of Object.entries(x)) out[k] = walk(v);
      return out;
    };
    return walk(view) as T;
  }

  /** A value as the helpers must see it: tokens decoded, in strings and in arrays of strings. */
  readonly reveal = (x: unknown): unknown =>
    typeof x === 'string' ? this.decodeRaw(x) : Array.isArray(x) ? x.map((v: unknown) => (typeof v === 'string' ? this.decodeRaw(v) : v)) : x;

  private decodeRaw(text: string): string {
    return text.includes(OPEN) ? text.replace(TOKEN, (token, k: string) => this.values[Number(k)] ?? token) : text;
  }
}

const fold = (value: string): string => (/[\r\n]/.test(value) ? value.replace(/[ \t]*(?:\r?\n[ \t]*)+/g, ' ') : value);
